package com.csdesk.rfm.internal;

import com.csdesk.rfm.RfmManagement;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly run (每日 RFM 计算), as of yesterday (the last whole day) over the default window.
 * ShedLock makes it run once however many instances are up.
 */
@Component
public class RfmNightlyJob {

    private static final Logger log = LoggerFactory.getLogger(RfmNightlyJob.class);

    private final RfmManagement rfm;
    private final Clock clock;

    RfmNightlyJob(RfmManagement rfm, Clock clock) {
        this.rfm = rfm;
        this.clock = clock;
    }

    @Scheduled(cron = "${rfm.schedule.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "rfm-nightly", lockAtMostFor = "PT3H")
    public void runNightly() {
        LocalDate asOf = RfmWindow.shopDate(clock.instant()).minusDays(1);
        try {
            rfm.runNow(asOf, RfmRunService.DEFAULT_WINDOW_DAYS, "SCHEDULED");
        } catch (RuleViolationException e) {
            log.warn("nightly RFM run skipped: {}", e.getMessage());
        }
    }
}
