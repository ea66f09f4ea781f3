package com.csdesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads many rows fast: a table's secondary indexes are dropped for the load and rebuilt after it,
 * which for a million rows is several times faster than maintaining them row by row (trigram
 * indexes most of all). The definitions are read from the catalogue, so they never drift from the
 * migrations. Runs in the caller's transaction: readers wait until it commits.
 */
public final class BulkLoad {

    /** Below this many rows, maintaining the indexes is cheaper than rebuilding them. */
    public static final int THRESHOLD = 50_000;

    private BulkLoad() {
    }

    /**
     * Inserts {@code count} rows by {@code insert} (given the count, returning how many it added):
     * directly below {@link #THRESHOLD}, else with the secondary indexes of {@code tables} rebuilt
     * afterwards and, with {@code withoutForeignKeys}, their foreign keys checked once at the end.
     */
    public static int insert(JdbcClient jdbc, int count, List<String> tables, boolean withoutForeignKeys,
            IntUnaryOperator insert) {
        if (count <= 0) {
            return 0;
        }
        if (count < THRESHOLD) {
            return insert.applyAsInt(count);
        }
        int[] inserted = new int[1];
        Runnable load = () -> inserted[0] = insert.applyAsInt(count);
        withoutSecondaryIndexes(jdbc, tables, withoutForeignKeys ? () -> withoutForeignKeys(jdbc, tables, load) : load);
        return inserted[0];
    }

    /**
     * Runs {@code load} with the foreign keys of {@code tables} dropped and added back afterwards:
     * adding a key checks all rows in one join, where keeping it checks millions of rows one by one.
     */
    public static void withoutForeignKeys(JdbcClient jdbc, List<String> tables, Runnable load) {
        List<String[]> keys = jdbc.sql("""
                select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
                from pg_constraint c where c.contype = 'f' and c.conrelid = any(cast(? as regclass[]))""")
                .param(tables.toArray(String[]::new))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        for (String[] key : keys) {
            jdbc.sql("alter table " + key[0] + " drop constraint " + key[1]).update();
        }
        load.run();
        for (String[] key : keys) {
            jdbc.sql("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]).update();
        }
    }

    /** Runs {@code load} with the secondary (non-unique) indexes of {@code tables} rebuilt afterwards. */
    public static void withoutSecondaryIndexes(JdbcClient jdbc, List<String> tables, Runnable load) {
        List<String> definitions = new ArrayList<>();
        for (String table : tables) {
            List<String[]> indexes = jdbc.sql("""
                    select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                    from pg_index i where i.indrelid = cast(? as regclass) and not i.indisunique and not i.indisprimary""")
                    .param(table)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .list();
            for (String[] index : indexes) {
                jdbc.sql("drop index " + index[0]).update();
                definitions.add(index[1]);
            }
        }
        load.run();
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        for (String definition : definitions) {
            jdbc.sql(definition).update();
        }
        for (String table : tables) {
            jdbc.sql("analyze " + table).update();
        }
    }
}
