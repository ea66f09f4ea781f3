package com.csdesk.aftersales.internal;

import com.csdesk.orders.PaymentsElsewhere;
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
    public Optional<String> paidWith(String paymentId) {
        return tickets.ticketPaidBy(paymentId).map(ticketNo -> "售后单 " + ticketNo + " 的补差价 (ticket " + ticketNo
                + " price difference)");
    }
}
