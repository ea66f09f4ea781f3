-- Every index is paid by every order placed and by every change that moves the order's row (paying,
-- shipping): two were repeats.
-- A line is found by its order through its key (order_id, line_no); an index on order_id alone repeated it.
drop index orders.order_line_order_idx;
-- One index on order numbers serves uniqueness, equality and prefix search: text_pattern_ops answers both
-- = and like 'prefix%' under any collation. It replaces the unique constraint and the prefix index.
create unique index sales_order_no_key on orders.sales_order (order_no text_pattern_ops);
alter table orders.sales_order drop constraint sales_order_no_uk;
drop index orders.sales_order_no_prefix_idx;
