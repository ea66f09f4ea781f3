package com.csdesk.web.pages;

import com.csdesk.rfm.MemberScore;
import com.csdesk.rfm.Movement;
import com.csdesk.rfm.RfmManagement;
import com.csdesk.rfm.RunStatus;
import com.csdesk.rfm.RunView;
import com.csdesk.rfm.SegmentMap;
import com.csdesk.rfm.Target;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import com.csdesk.web.ops.RfmCsv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The RFM pages (客户分类) for supervisors and ops: a run's segments as bar charts of both maps, the
 * movement between two runs as a heat map, drill-down to a segment's or a cell's members with
 * export, bulk tag and care tasks, run history and "run now"; and the member 360 card.
 */
@Controller
@RequestMapping("/desk/rfm")
class RfmPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int HISTORY = 30;

    private final RfmManagement rfm;
    private final MessageSource messages;

    RfmPagesController(RfmManagement rfm, MessageSource messages) {
        this.rfm = rfm;
        this.messages = messages;
    }

    /** One bar of a chart: the segment, its members and the bar's length in percent of the largest. */
    record Bar(SegmentMap map, SegmentMap.Segment segment, long members, double percent) {
    }

    /** One row of the heat map: the earlier segment and the cells towards each later segment. */
    record HeatRow(SegmentMap.Segment from, List<HeatCell> cells, long total) {
    }

    record HeatCell(SegmentMap.Segment to, long members, double intensity) {
    }

    /**
     * The request parameters naming a target list: a segment of a run, or a movement cell with fromRun and
     * fromSegment. A run id that is not a number answers the page's own error ({@link PageErrorAdvice}).
     */
    record TargetParams(long run, @Nullable String map, @Nullable String segment, @Nullable Long fromRun,
            @Nullable String fromSegment) {

        Target target() {
            if (segment == null || segment.isBlank()) {
                throw new InvalidInputException("missing-segment", "segment", Text.of("缺少 segment", "segment is missing"));
            }
            return new Target(run, SegmentMap.parse(map == null || map.isBlank() ? "VALUE" : map), segment, fromRun,
                    fromSegment);
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String page(@RequestParam(required = false) @Nullable Long run, Model model) {
        List<RunView> runs = rfm.runs(HISTORY);
        List<RunView> succeeded = runs.stream().filter(r -> r.status() == RunStatus.SUCCEEDED).toList();
        Optional<RunView> shown = run != null ? Optional.of(rfm.run(run)) : rfm.latest();
        model.addAttribute("runs", runs);
        model.addAttribute("succeeded", succeeded);
        model.addAttribute("run", shown.orElse(null));
        shown.filter(r -> r.status() == RunStatus.SUCCEEDED).ifPresent(r -> {
            model.addAttribute("valueBars", bars(r, SegmentMap.VALUE));
            model.addAttribute("gridBars", bars(r, SegmentMap.GRID));
        });
        model.addAttribute("running", runs.stream().anyMatch(r -> r.status() == RunStatus.RUNNING));
        model.addAttribute("fromDefault", succeeded.size() > 1 ? succeeded.get(1).id() : null);
        return "rfm/index";
    }

    @PostMapping("/runs")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String runNow(Model model, Locale locale) {
        long runId = rfm.start(null, null);
        return flash(model, "ok", messages.getMessage("rfm.run.started", new Object[] {runId}, locale));
    }

    @GetMapping("/history")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String history(Model model) {
        List<RunView> runs = rfm.runs(HISTORY);
        model.addAttribute("runs", runs);
        model.addAttribute("running", runs.stream().anyMatch(r -> r.status() == RunStatus.RUNNING));
        return "rfm/index :: history";
    }

    @GetMapping("/movement")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String movement(@RequestParam long from, @RequestParam long to, @RequestParam(defaultValue = "VALUE") String map,
            Model model) {
        Movement movement = rfm.movement(from, to, SegmentMap.parse(map));
        long max = movement.cells().stream().mapToLong(Movement.Cell::members).max().orElse(0);
        List<HeatRow> rows = new ArrayList<>();
        for (SegmentMap.Segment f : movement.segments()) {
            List<HeatCell> cells = new ArrayList<>();
            long total = 0;
            for (SegmentMap.Segment t : movement.segments()) {
                long n = movement.members(f.code(), t.code());
                total += n;
                // square root, so that small cells still show next to the large diagonal ones
                cells.add(new HeatCell(t, n, max == 0 ? 0 : Math.sqrt((double) n / max)));
            }
            rows.add(new HeatRow(f, cells, total));
        }
        model.addAttribute("movement", movement);
        model.addAttribute("rows", rows);
        return "rfm/movement :: movement";
    }

    @GetMapping("/members")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String members(TargetParams params, @RequestParam(defaultValue = "0") int page, Model model) {
        Target target = params.target();
        model.addAttribute("target", target);
        model.addAttribute("segment", target.map().segment(target.segment()));
        model.addAttribute("fromSeg", target.fromSegment() == null ? null : target.map().segment(target.fromSegment()));
        model.addAttribute("run", rfm.run(target.runId()));
        model.addAttribute("page", rfm.members(target, Math.max(0, page), PAGE_SIZE));
        return "rfm/members";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    void export(TargetParams params, Locale locale, HttpServletResponse response) throws IOException {
        // the segment names in the desk's language
        RfmCsv.write(rfm, params.target(), locale, response);
    }

    @PostMapping("/tag")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String tag(TargetParams params, @RequestParam String tag, Model model, Locale locale) {
        int tagged = rfm.tag(params.target(), tag);
        return flash(model, "ok", messages.getMessage("rfm.tagged", new Object[] {tagged, tag.strip()}, locale));
    }

    @PostMapping("/care-tasks")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String careTasks(TargetParams params, @RequestParam String reason, Model model, Locale locale) {
        int created = rfm.createCareTasks(params.target(), reason);
        return flash(model, "ok", messages.getMessage("rfm.care.created", new Object[] {created}, locale));
    }

    /** The member 360 card: current segments and scores, history across runs, open care tasks. */
    @GetMapping("/member/{nickname}")
    @PreAuthorize("hasAnyRole('PRESALES', 'AFTERSALES', 'COMPLAINTS', 'SUPERVISOR', 'ADMIN')")
    String member(@PathVariable String nickname, Model model) {
        List<MemberScore> history = rfm.history(nickname, 12);
        model.addAttribute("current", history.isEmpty() ? null : history.getFirst());
        model.addAttribute("history", history);
        model.addAttribute("care", rfm.careTasks(nickname));
        return "rfm/member360 :: content";
    }

    private static List<Bar> bars(RunView run, SegmentMap map) {
        List<RunView.SegmentCount> counts = map == SegmentMap.VALUE ? run.valueSegments() : run.gridSegments();
        long max = counts.stream().mapToLong(RunView.SegmentCount::members).max().orElse(0);
        return counts.stream()
                .map(c -> new Bar(map, map.segment(c.segment()), c.members(), max == 0 ? 0 : 100.0 * c.members() / max))
                .toList();
    }

    private static String flash(Model model, String kind, String message) {
        model.addAttribute("kind", kind);
        model.addAttribute("message", message);
        return "fragments/flash :: flash";
    }
}
