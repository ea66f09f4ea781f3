-- Orders (订单): the order with its lines, payments, shipments and tracking, notes, status history,
-- warehouse tasks and refunds; the shipping rate table; and the purchases view other modules read.
create schema if not exists orders;

-- Hibernate allocates ids 50 at a time from these, so an order and its lines insert in batches
create sequence orders.sales_order_seq increment by 50;
create sequence orders.order_line_seq increment by 50;
create sequence orders.order_no_seq;

create table orders.shipping_rate (
    carrier           text          not null,
    region            text          not null,
    first_kg_fee      numeric(8, 2) not null check (first_kg_fee >= 0),
    additional_kg_fee numeric(8, 2) not null check (additional_kg_fee >= 0),
    primary key (carrier, region)
);
insert into orders.shipping_rate values
    ('ZTO', 'A', 6, 0), ('ZTO', 'B', 8, 0), ('ZTO', 'REMOTE', 15, 10),
    ('SF', 'A', 12, 2), ('SF', 'B', 12, 2), ('SF', 'REMOTE', 20, 8), ('SF', 'HK_MO_TW', 30, 10),
    ('EMS', 'A', 20, 6), ('EMS', 'B', 20, 6), ('EMS', 'REMOTE', 20, 6), ('EMS', 'HK_MO_TW', 40, 10),
    ('EMS', 'OVERSEAS', 150, 50);

create table orders.sales_order (
    id                    bigint primary key default nextval('orders.sales_order_seq'),
    order_no              text           not null,
    member_id             bigint         not null,
    member_nickname       text           not null,
    status                text           not null check (status in ('WAITING_PAYMENT', 'PAID', 'SHIPPED', 'COMPLETED', 'CLOSED')),
    -- receiving address (收货地址)
    receiver              text           not null,
    receiver_phone        text           not null,
    province              text           not null,
    region                text           not null,
    city                  text,
    district              text,
    address_detail        text           not null,
    carrier               text           not null,
    overseas_forwarding   boolean        not null default false,
    in_stock_first        boolean        not null default false,
    buyer_message         text,
    -- money (金额), as priced when placed or when an agent last applied the member price
    goods_total           numeric(12, 2) not null,
    member_discount       numeric(12, 2) not null,
    goods_payable         numeric(12, 2) not null,
    shipping_fee          numeric(12, 2) not null,
    shipping_deduction    numeric(12, 2) not null default 0,
    payable               numeric(12, 2) not null check (payable >= 0),
    paid_amount           numeric(12, 2) not null default 0,
    refunded_amount       numeric(12, 2) not null default 0,
    refunded_goods_amount numeric(12, 2) not null default 0,
    shipping_rule         text           not null,
    quote                 jsonb          not null,
    -- 3-day accumulation (3天内累计): the order this one ships with, and the order whose payable
    -- took this order's shipping as a deduction (so it is deducted once)
    ship_together_with    text,
    shipping_deducted_by  text,
    flag                  text           not null default 'GREY' check (flag in ('RED', 'BLUE', 'GREY')),
    late_shipment         boolean        not null default false,
    open_after_sales      integer        not null default 0 check (open_after_sales >= 0),
    idempotency_key       text,
    request_hash          text,
    urged_at              timestamptz,
    urged_by              text,
    invoice_title         text,
    invoice_tax_id        text,
    invoice_requested_at  timestamptz,
    shipping_refunded_at  timestamptz,
    created_at            timestamptz    not null,
    paid_at               timestamptz,
    shipped_at            timestamptz,
    completed_at          timestamptz,
    closed_at             timestamptz,
    close_reason          text,
    version               bigint         not null default 0,
    constraint sales_order_no_uk unique (order_no),
    constraint sales_order_idempotency_uk unique (idempotency_key),
    constraint refunds_within_payment check (refunded_amount <= paid_amount)
);
-- the desk's searches and the jobs' scans
create index sales_order_member_idx on orders.sales_order (member_id, created_at desc);
create index sales_order_nickname_idx on orders.sales_order (member_nickname text_pattern_ops);
create index sales_order_status_created_idx on orders.sales_order (status, created_at desc);
create index sales_order_created_idx on orders.sales_order (created_at desc);
create index sales_order_paid_idx on orders.sales_order (paid_at) where status = 'PAID';
create index sales_order_shipped_idx on orders.sales_order (shipped_at) where status = 'SHIPPED';
create index sales_order_unpaid_idx on orders.sales_order (created_at) where status = 'WAITING_PAYMENT';
create index sales_order_flag_idx on orders.sales_order (flag, created_at desc) where flag <> 'GREY';

create table orders.order_line (
    id               bigint primary key default nextval('orders.order_line_seq'),
    order_id         bigint         not null references orders.sales_order (id) on delete cascade,
    line_no          integer        not null,
    sku              text           not null,
    product_name     text           not null,
    attributes       text           not null,
    kind             text           not null,
    special_price    boolean        not null,
    unit_price       numeric(12, 2) not null,
    unit_weight_kg   numeric(8, 3)  not null,
    quantity         integer        not null check (quantity > 0),
    shipped_quantity integer        not null default 0 check (shipped_quantity >= 0),
    cancelled        boolean        not null default false,
    cancel_reason    text,
    unique (order_id, line_no)
);
create index order_line_order_idx on orders.order_line (order_id);
create index order_line_sku_idx on orders.order_line (sku);
create index order_line_name_trgm_idx on orders.order_line using gin (product_name gin_trgm_ops);

create table orders.payment (
    id          bigint generated by default as identity primary key,
    order_id    bigint         not null references orders.sales_order (id) on delete cascade,
    payment_id  text           not null,
    method      text           not null,
    amount      numeric(12, 2) not null,
    outcome     text           not null check (outcome in ('ACCEPTED', 'DUPLICATE', 'REJECTED')),
    reason      text,
    received_at timestamptz    not null,
    refunded_at timestamptz,
    constraint payment_id_uk unique (payment_id)
);
create index payment_order_idx on orders.payment (order_id);
create index payment_refund_due_idx on orders.payment (received_at) where outcome <> 'ACCEPTED' and refunded_at is null;

create table orders.shipment (
    id           bigint generated by default as identity primary key,
    order_id     bigint      not null references orders.sales_order (id) on delete cascade,
    carrier      text        not null,
    waybill_no   text        not null,
    shipped_at   timestamptz not null,
    delivered_at timestamptz,
    constraint shipment_waybill_uk unique (waybill_no)
);
create index shipment_order_idx on orders.shipment (order_id);

create table orders.shipment_line (
    shipment_id   bigint  not null references orders.shipment (id) on delete cascade,
    order_line_id bigint  not null references orders.order_line (id) on delete cascade,
    quantity      integer not null check (quantity > 0),
    primary key (shipment_id, order_line_id)
);

create table orders.tracking_event (
    id          bigint generated by default as identity primary key,
    shipment_id bigint      not null references orders.shipment (id) on delete cascade,
    kind        text        not null,
    at          timestamptz not null,
    location    text,
    description text,
    received_at timestamptz not null,
    unique (shipment_id, kind, at)
);
create index tracking_event_shipment_idx on orders.tracking_event (shipment_id, at);

create table orders.order_note (
    id         bigint generated by default as identity primary key,
    order_id   bigint      not null references orders.sales_order (id) on delete cascade,
    text       text        not null,
    author     text        not null,
    at         timestamptz not null,
    reserved_goods boolean not null default false,
    cleared_at timestamptz
);
create index order_note_order_idx on orders.order_note (order_id, at desc);

create table orders.status_change (
    id          bigint generated by default as identity primary key,
    order_id    bigint      not null references orders.sales_order (id) on delete cascade,
    from_status text,
    to_status   text        not null,
    at          timestamptz not null,
    actor       text        not null,
    reason      text
);
create index status_change_order_idx on orders.status_change (order_id, at);

create table orders.refund (
    id           bigint generated by default as identity primary key,
    order_id     bigint         not null references orders.sales_order (id) on delete cascade,
    amount       numeric(12, 2) not null check (amount > 0),
    goods_amount numeric(12, 2) not null check (goods_amount >= 0),
    reason       text           not null,
    reference    text,
    at           timestamptz    not null,
    actor        text           not null
);
create index refund_order_idx on orders.refund (order_id);

-- What RFM and other readers may use: one row per paid order, dated by payment, with the goods
-- amount as cumulative spend counts it (list price of lines, shipping excluded) and refunds of goods.
create view orders.purchase as
select o.id as order_id, o.order_no, o.member_id, o.paid_at, o.goods_total as goods_amount,
       o.refunded_goods_amount, o.status = 'CLOSED' as closed
from orders.sales_order o
where o.paid_at is not null;
