package com.csdesk.web.ops;

import com.csdesk.rfm.RfmManagement;
import com.csdesk.rfm.Target;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Writes a target list as a CSV download, for the ops API and the desk page alike. */
public final class RfmCsv {

    private RfmCsv() {
    }

    public static void write(RfmManagement rfm, Target target, HttpServletResponse response) throws IOException {
        write(rfm, target, null, response);
    }

    /** With a locale, both segment names are written in its language; without, as stored. */
    public static void write(RfmManagement rfm, Target target, @Nullable Locale locale, HttpServletResponse response)
            throws IOException {
        // checks the run and the segment before the answer is committed, so bad input is still a 4xx
        rfm.members(target, 0, 1);
        String name = "rfm-run" + target.runId() + (target.isMovementCell() ? "-from" + target.fromRunId() + "-"
                + target.fromSegment() : "") + "-" + target.segment() + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        rfm.exportCsv(target, response.getOutputStream(), locale);
    }
}
