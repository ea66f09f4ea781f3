-- A run's partition now holds the values of the members who purchased in its window, written once;
-- the run's view rfm.member_result_<run> adds the scores and segments from the run's constants.
-- Runs written before this keep their stored scores: their views read them, leaving out the rows of
-- members stored as 无购买 (a member without a row had no purchase, as for the new runs).
alter table rfm.member_score alter column value_segment drop not null, alter column grid_segment drop not null;
-- the members a run covers: those with an id up to this one (ids only grow), the 无购买 ones included
alter table rfm.run add column last_member_id bigint;

do $$
declare
    p record;
begin
    for p in select c.relname, substring(c.relname from 'member_score_([0-9]+)$') as run_id
             from pg_inherits i join pg_class c on c.oid = i.inhrelid
             where i.inhparent = 'rfm.member_score'::regclass
    loop
        execute format('create view rfm.member_result_%s as select run_id, member_id, recency_days, frequency, monetary, '
                           || 'r, f, m, value_segment, grid_segment from rfm.%I where value_segment <> %L',
                       p.run_id, p.relname, 'NO_PURCHASE');
    end loop;
end $$;
