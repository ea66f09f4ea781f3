package com.csdesk.web.ops;

import com.csdesk.orders.OrderImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Order history import (ADMIN): the request body is read line by line and the report is written
 * back while the import runs, one NDJSON line per input line and a summary line at the end, so
 * neither side holds the file.
 */
@RestController
@RequestMapping("/api/ops/v1/import")
@Tag(name = "Ops")
@SecurityRequirement(name = "basic")
class OrderImportController {

    static final String NDJSON = "application/x-ndjson";

    private final OrderImport imports;
    private final ObjectMapper json;

    OrderImportController(OrderImport imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = "/orders", consumes = {NDJSON, "application/json", "text/plain"})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import order history (NDJSON, one order a line); streams a per-line report",
            description = "Answers application/x-ndjson: one line per input line {line, orderNo, outcome "
                    + "IMPORTED|ALREADY_IMPORTED|REJECTED, code, reason}, then {\"summary\": {lines, imported, "
                    + "alreadyImported, rejected, millis}}. With report=rejected only rejected lines and the summary.")
    void importOrders(@RequestParam(defaultValue = "all") String report, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        boolean all = !"rejected".equals(report);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream out = response.getOutputStream();
        OrderImport.ImportSummary summary = imports.importOrders(request.getInputStream(), line -> {
            if (all || line.outcome() == OrderImport.Outcome.REJECTED) {
                write(out, line);
            }
        });
        write(out, Map.of("summary", summary));
        out.flush();
    }

    private void write(OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
