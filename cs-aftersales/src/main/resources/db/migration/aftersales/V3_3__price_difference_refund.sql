-- A price difference (补差价) the buyer paid for an exchange that was then not made (the returned goods
-- failed inspection and the ticket closed without a reship) is the buyer's money: it is listed for
-- finance to give back, and giving it back is recorded once.
create table aftersales.price_difference_refund (
    ticket_id   bigint primary key references aftersales.ticket (id),
    payment_id  text           not null unique,
    amount      numeric(12, 2) not null check (amount > 0),
    due_at      timestamptz    not null,
    refunded_at timestamptz,
    reference   text,
    refunded_by text
);
create index price_difference_refund_due_idx on aftersales.price_difference_refund (due_at) where refunded_at is null;
