package com.csdesk.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.rfm.scoring.CutPoints;
import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.MemberRfm;
import com.csdesk.rfm.scoring.PaidOrder;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmCalculator;
import com.csdesk.rfm.scoring.RfmResult;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.rfm.scoring.RfmWindow;
import com.csdesk.settings.Settings;
import com.csdesk.shared.Money;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * RFM runs on a small hand-checked dataset, as of 2001-06-30 (so only this test's imported history
 * falls in the window): every member's values, scores and segments, the run record, the same result
 * as the reference calculator, movement, export, bulk tags, care tasks and one run at a time.
 */
@DeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RfmRunTests {

    static final LocalDate AS_OF = LocalDate.of(2001, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberManagement members;

    @Autowired
    Settings settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.csdesk.rfm.internal.RfmNightlyJob nightly;

    @Autowired
    RfmManagement rfm;

    final String id = UUID.randomUUID().toString().substring(0, 6);
    final Map<String, Long> ids = new LinkedHashMap<>();
    final List<PaidOrder> paid = new ArrayList<>();
    final StringBuilder file = new StringBuilder();
    long quintileRun;
    long frequencyThresholdRun;

    String nick(String letter) {
        return "rfm" + letter + "-" + id;
    }

    @BeforeAll
    void importHistoryAndRun() throws Exception {
        // created one by one, so member ids ascend A → I (ids break ties)
        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I")) {
            ids.put(letter, members.ensure(nick(letter)));
        }
        order("A", "2001-06-30T10:00:00+08:00", "COMPLETED", 100, 0);
        order("B", "2001-06-20T10:00:00+08:00", "COMPLETED", 300, 0);
        order("B", "2001-01-10T10:00:00+08:00", "COMPLETED", 200, 0);
        order("C", "2001-05-31T10:00:00+08:00", "COMPLETED", 1000, 400);
        order("C", "2000-12-01T10:00:00+08:00", "COMPLETED", 1000, 0);
        order("C", "2000-08-01T10:00:00+08:00", "PAID", 1000, 0);
        order("D", "2000-07-01T00:00:00+08:00", "COMPLETED", 5000, 0);
        // late in the evening of the as-of date in Shanghai, still the same day
        order("E", "2001-06-30T23:30:00+08:00", "PAID", 50, 0);
        order("E", "2001-03-01T10:00:00+08:00", "COMPLETED", 50, 0);
        order("F", "2001-06-10T10:00:00+08:00", "COMPLETED", 100, 0);
        // H: closed after a full refund, and completed but fully refunded: no purchase
        order("H", "2001-06-01T10:00:00+08:00", "CLOSED", 800, 800);
        order("H", "2001-06-02T10:00:00+08:00", "COMPLETED", 800, 800);
        // I: a day before the window and a day after the as-of date
        order("I", "2000-06-30T23:59:00+08:00", "COMPLETED", 900, 0);
        order("I", "2001-07-01T00:00:30+08:00", "COMPLETED", 900, 0);
        mvc.perform(post("/api/ops/v1/import/orders").with(httpBasic("admin", "demo"))
                        .contentType("application/x-ndjson").content(file.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());

        quintileRun = runToTheEnd("{\"asOf\": \"2001-06-30\", \"windowDays\": 365}");
        settings.set("rfm.thresholds.frequency", "2,3,5,10");
        try {
            frequencyThresholdRun = runToTheEnd("{\"asOf\": \"2001-06-30\"}");
        } finally {
            settings.set("rfm.thresholds.frequency", "quintiles");
        }
    }

    private void order(String letter, String paidAt, String status, int goods, int refunded) {
        String no = "RFM-" + id + "-" + file.toString().lines().count();
        String times = "\"paidAt\": \"" + paidAt + "\""
                + (status.equals("COMPLETED") ? ", \"shippedAt\": \"" + paidAt + "\", \"completedAt\": \"" + paidAt + "\"" : "")
                + (status.equals("CLOSED") ? ", \"closedAt\": \"" + paidAt + "\"" : "");
        file.append("{\"orderNo\": \"").append(no).append("\", \"member\": \"").append(nick(letter))
                .append("\", \"createdAt\": \"").append(paidAt).append("\", ").append(times)
                .append(", \"status\": \"").append(status).append("\", \"province\": \"上海\", \"lines\": [{\"sku\": \"RFM-")
                .append(id).append("\", \"quantity\": 1, \"unitPrice\": ").append(goods)
                .append("}], \"shippingFee\": 6, \"refundedAmount\": ").append(refunded).append("}\n");
        paid.add(new PaidOrder(ids.get(letter), OffsetDateTime.parse(paidAt).toInstant(), Money.of(goods),
                Money.of(refunded), status.equals("CLOSED")));
    }

    private long runToTheEnd(String body) throws Exception {
        String started = mvc.perform(post("/api/ops/v1/rfm/runs").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        long runId = ((Number) JsonPath.read(started, "$.runId")).longValue();
        for (int i = 0; i < 300; i++) {
            String run = mvc.perform(get("/api/ops/v1/rfm/runs/{id}", runId).with(httpBasic("admin", "demo")))
                    .andReturn().getResponse().getContentAsString();
            String status = JsonPath.read(run, "$.status");
            if (!status.equals("RUNNING")) {
                assertThat(status).as(run).isEqualTo("SUCCEEDED");
                return runId;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    @Test
    void scoresAndSegmentsEveryMemberAsCheckedByHand() throws Exception {
        // letter: recency days, frequency, monetary, R, F, M, value segment, grid segment
        expect("A", 0, 1, "100.00", 5, 1, 1, "一般发展", "New");
        expect("B", 10, 2, "500.00", 4, 3, 3, "重要价值", "Potential Loyalist");
        expect("C", 30, 3, "2600.00", 2, 5, 4, "重要保持", "Can't Lose Them");
        expect("D", 364, 1, "5000.00", 1, 1, 5, "重要挽留", "At Risk");
        expect("E", 0, 2, "100.00", 5, 4, 1, "一般价值", "Potential Loyalist");
        expect("F", 20, 1, "100.00", 3, 2, 2, "一般挽留", "About to Sleep");
        for (String letter : List.of("G", "H", "I")) {
            mvc.perform(get("/api/ops/v1/rfm/runs/{run}/members/{nick}", quintileRun, nick(letter)).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.r").doesNotExist())
                    .andExpect(jsonPath("$.frequency").doesNotExist())
                    .andExpect(jsonPath("$.valueSegment").value("无购买"))
                    .andExpect(jsonPath("$.gridSegment").value("No purchase in window"));
        }
    }

    private void expect(String letter, int recency, int frequency, String monetary, int r, int f, int m,
            String value, String grid) throws Exception {
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}/members/{nick}", quintileRun, nick(letter)).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recencyDays").value(recency))
                .andExpect(jsonPath("$.frequency").value(frequency))
                .andExpect(jsonPath("$.monetary").value(Double.parseDouble(monetary)))
                .andExpect(jsonPath("$.r").value(r))
                .andExpect(jsonPath("$.f").value(f))
                .andExpect(jsonPath("$.m").value(m))
                .andExpect(jsonPath("$.valueSegment").value(value))
                .andExpect(jsonPath("$.gridSegment").value(grid));
    }

    @Test
    void recordsTheRunWithCutPointsMeansAndCounts() throws Exception {
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}", quintileRun).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.asOf").value("2001-06-30"))
                .andExpect(jsonPath("$.windowDays").value(365))
                .andExpect(jsonPath("$.firstDay").value("2000-07-01"))
                .andExpect(jsonPath("$.scored").value(6))
                .andExpect(jsonPath("$.thresholds").isEmpty())
                .andExpect(jsonPath("$.means.R").value(3.3333))
                .andExpect(jsonPath("$.means.F").value(2.6667))
                .andExpect(jsonPath("$.cutPoints.R[0].score").value(5))
                .andExpect(jsonPath("$.cutPoints.R[0].max").value(0))
                .andExpect(jsonPath("$.cutPoints.R[4].min").value(364))
                .andExpect(jsonPath("$.cutPoints.M[0].min").value(5000.0))
                .andExpect(jsonPath("$.valueSegments[0].segment").value("IMPORTANT_VALUE"))
                .andExpect(jsonPath("$.valueSegments[0].members").value(1))
                .andExpect(jsonPath("$.gridSegments[2].segment").value("POTENTIAL_LOYALIST"))
                .andExpect(jsonPath("$.gridSegments[2].members").value(2))
                .andExpect(jsonPath("$.durationMs").isNumber());
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}", frequencyThresholdRun).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.thresholds.F").value("2,3,5,10"))
                .andExpect(jsonPath("$.cutPoints.F[0].min").value(10))
                .andExpect(jsonPath("$.cutPoints.F[4].max").value(1));
        mvc.perform(get("/api/ops/v1/jobs?job=rfm-run").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[0].status").value("SUCCEEDED"));
    }

    @Test
    void theSqlRunAgreesWithTheReferenceCalculator() {
        RfmWindow window = new RfmWindow(AS_OF, 365);
        Set<Long> mine = new LinkedHashSet<>(ids.values());
        compare(quintileRun, RfmCalculator.calculate(window, RfmScoring.quintiles(), mine, paid));
        compare(frequencyThresholdRun, RfmCalculator.calculate(window, new RfmScoring(new QuintileScorer(Metric.RECENCY),
                FixedThresholds.parse(Metric.FREQUENCY, "2,3,5,10"), new QuintileScorer(Metric.MONETARY)), mine, paid));
    }

    @Test
    void aLongerHistoryWithTiesAcrossGroupsAgreesWithTheCalculator() throws Exception {
        // 40 members in a window of their own (2003/04), few distinct values: equal values straddle group
        // boundaries, groups hold several members each (their bands a range, not one value), three buy nothing
        LocalDate asOf = LocalDate.of(2004, 6, 30);
        Random random = new Random(20261203);
        Map<Long, String> nicknames = new LinkedHashMap<>();
        List<PaidOrder> orders = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String nickname = "rfmT" + i + "-" + id;
            long memberId = members.ensure(nickname);
            nicknames.put(memberId, nickname);
            int count = i < 3 ? 0 : 1 + random.nextInt(4);
            for (int k = 0; k < count; k++) {
                OffsetDateTime paidAt = OffsetDateTime.of(2004, 6, 30, 10, 0, 0, 0, ZoneOffset.ofHours(8))
                        .minusDays(10L * random.nextInt(8));
                int goods = 100 * (1 + random.nextInt(3));
                int refunded = random.nextInt(10) == 0 ? 50 : 0;
                lines.append("{\"orderNo\": \"RFMT-").append(id).append('-').append(i).append('-').append(k)
                        .append("\", \"member\": \"").append(nickname).append("\", \"createdAt\": \"").append(paidAt)
                        .append("\", \"paidAt\": \"").append(paidAt).append("\", \"status\": \"PAID\", \"province\": \"上海\", ")
                        .append("\"lines\": [{\"sku\": \"RFM-").append(id).append("\", \"quantity\": 1, \"unitPrice\": ")
                        .append(goods).append("}], \"shippingFee\": 6, \"refundedAmount\": ").append(refunded).append("}\n");
                orders.add(new PaidOrder(memberId, paidAt.toInstant(), Money.of(goods), Money.of(refunded), false));
            }
        }
        mvc.perform(post("/api/ops/v1/import/orders").with(httpBasic("admin", "demo"))
                        .contentType("application/x-ndjson").content(lines.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        long run = runToTheEnd("{\"asOf\": \"" + asOf + "\", \"windowDays\": 365}");
        RfmResult expected = RfmCalculator.calculate(new RfmWindow(asOf, 365), RfmScoring.quintiles(),
                new LinkedHashSet<>(nicknames.keySet()), orders);
        assertThat(expected.members().stream().filter(MemberRfm::purchased).count()).isEqualTo(37);
        assertThat(expected.monetaryCutPoints().bands()).anySatisfy(b -> assertThat(b.min()).isLessThan(b.max()));
        compare(run, expected, nicknames);
    }

    @Test
    void anEmptyWindowAndASingleBuyerAgreeWithTheCalculatorToo() throws Exception {
        long empty = runToTheEnd("{\"asOf\": \"2000-01-01\", \"windowDays\": 30}");
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}", empty).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.scored").value(0))
                .andExpect(jsonPath("$.means").isEmpty())
                .andExpect(jsonPath("$.cutPoints.R").isEmpty());
        compare(empty, RfmCalculator.calculate(new RfmWindow(LocalDate.of(2000, 1, 1), 30), RfmScoring.quintiles(),
                new LinkedHashSet<>(ids.values()), paid));
        // one day holding only B's second order: one scored member, in group 1 of every ntile
        long single = runToTheEnd("{\"asOf\": \"2001-01-10\", \"windowDays\": 1}");
        compare(single, RfmCalculator.calculate(new RfmWindow(LocalDate.of(2001, 1, 10), 1), RfmScoring.quintiles(),
                new LinkedHashSet<>(ids.values()), paid));
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}/members/{nick}", single, nick("B")).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.r").value(5)).andExpect(jsonPath("$.f").value(1))
                .andExpect(jsonPath("$.valueSegment").value("重要价值")).andExpect(jsonPath("$.gridSegment").value("New"));
    }

    private void compare(long runId, RfmResult expected) {
        Map<Long, String> nicknames = new LinkedHashMap<>();
        ids.forEach((letter, memberId) -> nicknames.put(memberId, nick(letter)));
        compare(runId, expected, nicknames);
    }

    private void compare(long runId, RfmResult expected, Map<Long, String> nicknames) {
        compareCutPoints(runId, expected);
        for (MemberRfm m : expected.members()) {
            MemberScore got = rfm.member(runId, nicknames.get(m.memberId()));
            List<String> row = Arrays.asList(text(got.recencyDays()), text(got.frequency()),
                    got.monetary() == null ? null : got.monetary().toPlainString(), text(got.r()), text(got.f()),
                    text(got.m()), got.valueSegmentCode(), got.gridSegmentCode());
            List<String> want = m.purchased()
                    ? Arrays.asList(String.valueOf(m.metrics().recencyDays()), String.valueOf(m.metrics().frequency()),
                            m.metrics().monetary().amount().toPlainString(), String.valueOf(m.scores().recency().value()),
                            String.valueOf(m.scores().frequency().value()), String.valueOf(m.scores().monetary().value()),
                            m.valueSegment().name(), m.gridSegment().name())
                    : Arrays.asList(null, null, null, null, null, null, "NO_PURCHASE", "NO_PURCHASE");
            assertThat(row).as("member " + m.memberId() + " in run " + runId).isEqualTo(want);
            // only members who purchased are stored; the others are 无购买 by having no row
            assertThat(jdbc.sql("select count(*) from rfm.member_score where run_id = ? and member_id = ?")
                    .params(runId, m.memberId()).query(Long.class).single()).isEqualTo(m.purchased() ? 1L : 0L);
        }
    }

    /** The cut points a run records are the bands the calculator finds: each score's smallest and largest value. */
    private void compareCutPoints(long runId, RfmResult expected) {
        Map<String, List<RunView.Band>> recorded = rfm.run(runId).cutPoints();
        for (CutPoints want : List.of(expected.recencyCutPoints(), expected.frequencyCutPoints(), expected.monetaryCutPoints())) {
            List<String> got = recorded.getOrDefault(want.metric().letter(), List.of()).stream()
                    .map(b -> b.score() + " " + plain(b.min()) + " " + plain(b.max())).toList();
            assertThat(got).as(want.metric() + " in run " + runId).isEqualTo(want.bands().stream()
                    .map(b -> b.score().value() + " " + plain(b.min()) + " " + plain(b.max())).toList());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    @Test
    void movementBetweenRunsWithExportTagsAndCareTasks() throws Exception {
        // with F by thresholds C's F drops from 5 to 3: FM 5 → 4, Can't Lose Them → At Risk
        String movement = mvc.perform(get("/api/ops/v1/rfm/movement?from={a}&to={b}&map=GRID", quintileRun, frequencyThresholdRun)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(cell(movement, "CANT_LOSE_THEM", "AT_RISK")).isEqualTo(1);
        assertThat(cell(movement, "AT_RISK", "AT_RISK")).isEqualTo(1);
        assertThat(cell(movement, "POTENTIAL_LOYALIST", "POTENTIAL_LOYALIST")).isEqualTo(2);
        assertThat(cell(movement, "NEW", "NEW")).isEqualTo(1);
        assertThat(cell(movement, "ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP")).isEqualTo(1);
        assertThat(cell(movement, "CANT_LOSE_THEM", "CANT_LOSE_THEM")).isZero();
        assertThat(GridSegment.values()).hasSize(JsonPath.<List<Object>>read(movement, "$.segments").size());
        // members who purchased in neither run (G, H, I and every other member of the database) stay 无购买
        long allMembers = jdbc.sql("select count(*) from members.member").query(Long.class).single();
        assertThat(cell(movement, "NO_PURCHASE", "NO_PURCHASE")).isEqualTo(allMembers - 6);
        assertThat(JsonPath.<List<Number>>read(movement, "$.cells[*].members").stream().mapToLong(Number::longValue).sum())
                .isEqualTo(allMembers);

        // the 无购买 segment lists members who have no stored row
        byte[] none = mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&map=VALUE&segment=无购买", quintileRun)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> noneLines = new String(none, StandardCharsets.UTF_8).lines().toList();
        assertThat(noneLines).hasSize((int) (allMembers - 6) + 1);
        for (String letter : List.of("G", "H", "I")) {
            assertThat(noneLines).anyMatch(l -> l.startsWith(nick(letter) + ",,,,,,,无购买,"));
        }
        assertThat(noneLines).noneMatch(l -> l.startsWith(nick("A") + ","));

        // export of a segment: BOM, header, the member's row
        byte[] csv = mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&map=VALUE&segment=重要价值", quintileRun)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("会员昵称 nickname,");
        assertThat(lines).contains(nick("B") + ",10,2,500.00,4,3,3,重要价值,Potential Loyalist");
        assertThat(lines).hasSize(2);

        // export of a movement cell
        byte[] cellCsv = mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&map=GRID&segment=AT_RISK&fromRun={f}&fromSegment=不能失去",
                        frequencyThresholdRun, quintileRun).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(cellCsv, StandardCharsets.UTF_8).lines().toList().getLast())
                .isEqualTo(nick("C") + ",30,3,2600.00,2,3,4,重要保持,At Risk");

        // bulk tag the cell
        mvc.perform(post("/api/ops/v1/rfm/targets/tag").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"run\": " + frequencyThresholdRun + ", \"map\": \"GRID\", \"segment\": \"AT_RISK\", \"fromRun\": "
                                + quintileRun + ", \"fromSegment\": \"CANT_LOSE_THEM\", \"tag\": \"挽回-" + id + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tagged").value(1));
        assertThat(members.get(nick("C")).tags()).contains("挽回-" + id);
        assertThat(members.get(nick("D")).tags()).doesNotContain("挽回-" + id);

        // care tasks for a segment, once
        String care = "{\"run\": " + quintileRun + ", \"segment\": \"重要挽留\", \"reason\": \"节日问候\"}";
        mvc.perform(post("/api/ops/v1/rfm/targets/care-tasks").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(care))
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(post("/api/ops/v1/rfm/targets/care-tasks").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(care))
                .andExpect(jsonPath("$.created").value(0));
        assertThat(jdbc.sql("select member_id from rfm.care_task where run_id = ?").param(quintileRun)
                .query(Long.class).list()).containsExactly(ids.get("D"));
    }

    private static long cell(String movement, String from, String to) {
        List<Number> n = JsonPath.read(movement, "$.cells[?(@.from == '" + from + "' && @.to == '" + to + "')].members");
        return n.isEmpty() ? 0 : n.getFirst().longValue();
    }

    @Test
    void theNightlyRunIsAsOfYesterdayAndListedWithTheJobs() throws Exception {
        nightly.runNightly();
        RunView run = rfm.runs(1).getFirst();
        assertThat(run.trigger()).isEqualTo("SCHEDULED");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.asOf()).isEqualTo(RfmWindow.shopDate(Instant.now()).minusDays(1));
        assertThat(run.members()).isEqualTo(members.count());
        mvc.perform(get("/api/ops/v1/jobs?job=rfm-run").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[0].status").value("SUCCEEDED"))
                .andExpect(jsonPath("$[0].rowsAffected").value(run.members()));
    }

    @Test
    void oneRunAtATime() throws Exception {
        long blocking = jdbc.sql("insert into rfm.run (as_of, window_days, status, trigger, requested_by, started_at, thresholds) "
                        + "values (?, 365, 'RUNNING', 'MANUAL', 'test', ?, '{}') returning id")
                .params(AS_OF, java.sql.Timestamp.from(Instant.now())).query(Long.class).single();
        try {
            mvc.perform(post("/api/ops/v1/rfm/runs").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("#" + blocking)));
        } finally {
            jdbc.sql("delete from rfm.run where id = ?").param(blocking).update();
        }
    }

    @Test
    void badInputIsRefusedAndOnlyAdminsRun() throws Exception {
        mvc.perform(post("/api/ops/v1/rfm/runs").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"windowDays\": 0}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/rfm/runs/{id}", 987_654_321L).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/ops/v1/rfm/movement?from={a}&to={b}&map=NOPE", quintileRun, quintileRun)
                .with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&segment=不存在", quintileRun)
                .with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/ops/v1/rfm/runs").with(httpBasic("supervisor", "demo"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/ops/v1/settings/rfm.thresholds.recency").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"30,20,10,5\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void absurdThresholdsAreRefusedAndRunsStoredWithThemStillRead() throws Exception {
        for (String value : List.of("1e9999,1e10000,1e10001,1e10002", "30,90,180,1e999999999", "30,90,180,3661")) {
            mvc.perform(put("/api/ops/v1/settings/rfm.thresholds.recency").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"" + value + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(value)));
        }
        mvc.perform(put("/api/ops/v1/settings/rfm.thresholds.monetary").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": \"100,500,1000,10000000000\"}"))
                .andExpect(status().isBadRequest());
        // a run stored before the bounds, with cut points no reader can hold, does not break the list of runs
        String huge = "1" + "0".repeat(10_000);
        long stored = jdbc.sql("insert into rfm.run (as_of, window_days, status, trigger, requested_by, started_at, finished_at, "
                        + "thresholds, cut_points, means, members, scored, value_counts, grid_counts) values (?, 365, 'FAILED', "
                        + "'MANUAL', 'test', ?, ?, cast(? as jsonb), cast(? as jsonb), '{}', 0, 0, '{}', '{}') returning id")
                .params(LocalDate.of(2000, 1, 2), java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
                        "{\"R\": \"" + huge + "\"}", "{\"R\": [{\"score\": 5, \"min\": null, \"max\": " + huge + "}]}")
                .query(Long.class).single();
        try {
            mvc.perform(get("/api/ops/v1/rfm/runs").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
            mvc.perform(get("/api/ops/v1/rfm/runs/{id}", stored).with(httpBasic("admin", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cutPoints").isEmpty());
        } finally {
            jdbc.sql("delete from rfm.run where id = ?").param(stored).update();
        }
    }

    @Test
    void anAsOfDateOutOfRangeIsRefusedAndAFailedRunKeepsOnlyTheDatabaseMessage() throws Exception {
        LocalDate tomorrow = RfmWindow.shopDate(Instant.now()).plusDays(1);
        for (String body : List.of("{\"asOf\": \"9999-12-31\", \"windowDays\": 1}", "{\"asOf\": \"1999-12-31\"}",
                "{\"asOf\": \"" + tomorrow.plusDays(1) + "\"}", "{\"windowDays\": 3661}")) {
            mvc.perform(post("/api/ops/v1/rfm/runs").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isBadRequest());
        }
        // a run that fails in the database (started past the checks): its error is the database's message alone
        long failed = rfm.runNow(LocalDate.of(9999, 12, 31), 1, "MANUAL");
        RunView run = rfm.run(failed);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isNotBlank().doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("insert")
                .doesNotContain("\n");
    }

    @Test
    void aMovementCellNeedsBothFromRunAndFromSegment() throws Exception {
        mvc.perform(get("/api/ops/v1/rfm/targets/members?run={r}&segment=重要价值&fromSegment=重要挽留", quintileRun)
                .with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fromRun")));
        mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&segment=重要价值&fromRun={f}", frequencyThresholdRun, quintileRun)
                .with(httpBasic("admin", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/ops/v1/rfm/targets/tag").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"run\": " + quintileRun + ", \"segment\": \"重要价值\", \"fromSegment\": \"重要挽留\", \"tag\": \"x-" + id + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/ops/v1/rfm/targets/care-tasks").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"run\": " + quintileRun + ", \"segment\": \"重要价值\", \"fromRun\": " + quintileRun
                        + ", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/desk/rfm/tag").with(supervisor()).header("HX-Request", "true").with(csrf()).param("run", String.valueOf(quintileRun))
                        .param("segment", "重要价值").param("fromSegment", "重要挽留").param("tag", "x-" + id))
                .andExpect(status().isBadRequest())
                .andExpect(pageError("fromRun"));
        assertThat(members.get(nick("B")).tags()).doesNotContain("x-" + id);
    }

    @Test
    void theDeskPagesAnswerBadParametersWithThePagesOwnError() throws Exception {
        mvc.perform(get("/desk/rfm/members?run=abc&segment=重要价值").with(supervisor()).header("HX-Request", "true"))
                .andExpect(status().isBadRequest()).andExpect(pageError("abc"));
        // a full page load gets the error page
        mvc.perform(get("/desk/rfm?run=abc").with(supervisor()))
                .andExpect(status().isBadRequest()).andExpect(pageError("400"));
        mvc.perform(get("/desk/rfm/movement?from={f}", quintileRun).with(supervisor()).header("HX-Request", "true"))
                .andExpect(status().isBadRequest()).andExpect(pageError("to"));
        mvc.perform(get("/desk/rfm/members?run={r}", quintileRun).with(supervisor()).header("HX-Request", "true"))
                .andExpect(status().isBadRequest()).andExpect(pageError("segment"));
        mvc.perform(post("/desk/rfm/care-tasks").with(supervisor()).header("HX-Request", "true").with(csrf()).param("run", String.valueOf(quintileRun))
                        .param("segment", "重要价值"))
                .andExpect(status().isBadRequest()).andExpect(pageError("reason"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor supervisor() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("supervisor")
                .roles("SUPERVISOR");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }

    /** The page's own error (for htmx the message area's fragment naming the parameter), not a JSON problem. */
    private static org.springframework.test.web.servlet.ResultMatcher pageError(String text) {
        return result -> {
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                    .contentTypeCompatibleWith(MediaType.TEXT_HTML).match(result);
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                    .string(org.hamcrest.Matchers.containsString(text)).match(result);
        };
    }

    @Test
    void segmentNamesFollowTheCallersLanguageWithTheCodesKept() throws Exception {
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}/members/{nick}", quintileRun, nick("B")).with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.valueSegment").value("Important value"))
                .andExpect(jsonPath("$.valueSegmentCode").value("IMPORTANT_VALUE"))
                .andExpect(jsonPath("$.gridSegment").value("Potential Loyalist"));
        mvc.perform(get("/api/ops/v1/rfm/runs/{run}/members/{nick}", quintileRun, nick("B")).with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.valueSegment").value("重要价值"))
                .andExpect(jsonPath("$.gridSegment").value("潜力忠诚"))
                .andExpect(jsonPath("$.gridSegmentCode").value("POTENTIAL_LOYALIST"));
        byte[] zh = mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&map=VALUE&segment=重要价值", quintileRun)
                        .with(httpBasic("admin", "demo")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(zh, StandardCharsets.UTF_8).lines()).contains(nick("B") + ",10,2,500.00,4,3,3,重要价值,潜力忠诚");
        byte[] en = mvc.perform(get("/api/ops/v1/rfm/targets/export?run={r}&map=VALUE&segment=重要价值", quintileRun)
                        .with(httpBasic("admin", "demo")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(en, StandardCharsets.UTF_8).lines())
                .contains(nick("B") + ",10,2,500.00,4,3,3,Important value,Potential Loyalist");
    }

    @Test
    void theDeskPageIsForSupervisorsAndAdmins() throws Exception {
        mvc.perform(get("/desk/rfm?run={r}", quintileRun).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("supervisor").roles("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("bar-VALUE-IMPORTANT_VALUE")));
        mvc.perform(get("/desk/rfm").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("presales").roles("PRESALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/desk/rfm/member/{n}", nick("C")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("presales").roles("PRESALES")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("重要保持")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String url) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url);
    }
}
