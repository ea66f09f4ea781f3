package com.csdesk.aftersales.internal;

import com.csdesk.orders.ShipmentExceptionReported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** A carrier's exception (破损, 丢件, 退回) opens an after-sales ticket once the tracking event is stored. */
@Component
class ShipmentExceptionListener {

    private final TicketService tickets;

    ShipmentExceptionListener(TicketService tickets) {
        this.tickets = tickets;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ShipmentExceptionReported event) {
        tickets.openForShipmentException(event);
    }
}
