-- An imported order (历史订单) kept its amounts but was never priced by the desk: it has no quote.
-- Its row said so with a JSON null; once the desk changed it (shipping it, a note), the entity wrote
-- an SQL null, which the column refused. Both mean "no price breakdown" to every reader.
alter table orders.sales_order alter column quote drop not null;
