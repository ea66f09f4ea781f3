package com.csdesk.aftersales;

/**
 * Generates after-sales tickets at scale for load tests and demos: a set of real orders (placed,
 * paid, shipped, received through the orders module), then tickets on them with set-based inserts,
 * so a million tickets take seconds. Generated tickets say so in their description.
 */
public interface TicketGenerator {

    /**
     * Adds {@code tickets} tickets spread over {@code orders} newly placed orders.
     *
     * @return what was generated and how long it took
     */
    Generated generate(int tickets, int orders);

    record Generated(int orders, int tickets, long orderMillis, long ticketMillis) {
    }
}
