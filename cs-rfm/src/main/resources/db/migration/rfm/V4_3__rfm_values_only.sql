-- A run's table holds only what the run computed per member: the three values, spend in whole fen.
-- Scores and segments come from the run's view (V4_2), which also shows spend in yuan, so the parent's
-- empty score columns go (every row carried them, as nulls, through the run's one write), and spend is
-- summed and kept as an integer: the run's parallel aggregate passes integers between its processes
-- instead of decimal states. The tables of earlier runs leave the parent first and stay as they are,
-- read through their own views as before; pruning drops them by name like any run's table.
do $$
declare
    p record;
begin
    for p in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
             where i.inhparent = 'rfm.member_score'::regclass
    loop
        execute format('alter table rfm.member_score detach partition rfm.%I', p.relname);
    end loop;
end $$;
alter table rfm.member_score
    drop column r, drop column f, drop column m, drop column value_segment, drop column grid_segment,
    drop column monetary, add column monetary_fen bigint;
