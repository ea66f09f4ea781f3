package com.csdesk.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.settings.Settings;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Old runs are pruned by the retention setting, with their snapshot partitions. */
@DeskIntegrationTest
class RfmRetentionTests {

    @Autowired
    RfmManagement rfm;

    @Autowired
    Settings settings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsOnlyTheNewestRuns() {
        settings.set("rfm.retention.runs", "2");
        try {
            long first = rfm.runNow(LocalDate.of(1999, 1, 1), 30, "MANUAL");
            long second = rfm.runNow(LocalDate.of(1999, 2, 1), 30, "MANUAL");
            long third = rfm.runNow(LocalDate.of(1999, 3, 1), 30, "MANUAL");
            assertThat(rfm.runs(10)).extracting(RunView::id).containsExactly(third, second);
            List<String> partitions = jdbc.sql("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid "
                    + "where i.inhparent = 'rfm.member_score'::regclass").query(String.class).list();
            assertThat(partitions).containsExactlyInAnyOrder("member_score_" + second, "member_score_" + third)
                    .doesNotContain("member_score_" + first);
        } finally {
            settings.set("rfm.retention.runs", "60");
        }
    }
}
