package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.PriceDifferencePayment;
import com.csdesk.orders.PaymentsElsewhere;
import com.csdesk.shared.Text;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The payment ids of price differences, for the orders module to refuse as order payments. */
@Component
class PriceDifferencePayments implements PaymentsElsewhere {

    private final TicketStore tickets;

    PriceDifferencePayments(TicketStore tickets) {
        this.tickets = tickets;
    }

    @Override
    public Optional<Text> paidWith(String paymentId) {
        return tickets.priceDifferencePaidWith(paymentId).map(PriceDifferencePayment::ticketNo)
                .map(ticketNo -> Text.of("售后单 " + ticketNo + " 的补差价", "the price difference of ticket " + ticketNo));
    }
}
