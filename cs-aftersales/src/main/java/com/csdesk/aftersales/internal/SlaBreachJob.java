package com.csdesk.aftersales.internal;

import com.csdesk.aftersales.AfterSales;
import com.csdesk.jobs.JobRun;
import com.csdesk.jobs.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes: tickets past their first-response or resolution deadline are flagged and escalated. */
@Component
public class SlaBreachJob {

    static final String NAME = "aftersales-sla-breaches";

    private final AfterSales tickets;
    private final JobRuns runs;

    SlaBreachJob(AfterSales tickets, JobRuns runs) {
        this.tickets = tickets;
        this.runs = runs;
    }

    @Scheduled(cron = "${desk.jobs.aftersales-sla.cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = NAME, lockAtMostFor = "PT10M")
    void scheduled() {
        run();
    }

    /** Flags and escalates the breaches now, recording the run. */
    public JobRun run() {
        return runs.run(NAME, tickets::flagBreaches);
    }
}
