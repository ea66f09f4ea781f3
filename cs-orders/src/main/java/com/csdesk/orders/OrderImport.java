package com.csdesk.orders;

import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Order history import (历史订单导入): a shop adopting the desk brings its past orders as
 * newline-delimited JSON, one {@link HistoricalOrder} a line. The import streams: it reads a batch
 * of lines, writes it in one transaction, reports each line, and forgets it, so a file of ten
 * million lines needs no more memory than one of ten.
 */
public interface OrderImport {

    /**
     * Imports every line of {@code ndjson} (UTF-8), calling {@code report} once per non-blank line,
     * in file order, after the line's batch committed. Idempotent by order number: a line whose order
     * is already there changes nothing and is reported {@link Outcome#ALREADY_IMPORTED}.
     */
    ImportSummary importOrders(InputStream ndjson, Consumer<LineResult> report);

    /** What happened to one line. */
    enum Outcome { IMPORTED, ALREADY_IMPORTED, REJECTED }

    /** One line's result; {@code code} and {@code reason} say why a line was rejected. */
    record LineResult(long line, @Nullable String orderNo, Outcome outcome, @Nullable String code,
            @Nullable String reason) {
    }

    /** The whole import: lines read, and how many of them had each outcome. */
    record ImportSummary(long lines, long imported, long alreadyImported, long rejected, long millis) {
    }
}
