-- A payment id names one payment: it pays the price difference (补差价) of one ticket at most.
create unique index ticket_price_difference_payment_uk on aftersales.ticket (price_difference_payment)
    where price_difference_payment is not null;
