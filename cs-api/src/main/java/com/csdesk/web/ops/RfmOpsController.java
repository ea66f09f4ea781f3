package com.csdesk.web.ops;

import com.csdesk.rfm.MemberScore;
import com.csdesk.rfm.Movement;
import com.csdesk.rfm.RfmManagement;
import com.csdesk.rfm.RunView;
import com.csdesk.rfm.SegmentMap;
import com.csdesk.rfm.Target;
import com.csdesk.shared.SearchPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFM for ops (ADMIN): start runs and read them, a member's result, the movement between runs, and
 * target lists (a segment, or a movement cell with {@code fromRun} and {@code fromSegment}) exported
 * as CSV, tagged in bulk or turned into care tasks.
 */
@RestController
@Validated
@RequestMapping("/api/ops/v1/rfm")
@Tag(name = "Ops: RFM")
@SecurityRequirement(name = "basic")
class RfmOpsController {

    private final RfmManagement rfm;

    RfmOpsController(RfmManagement rfm) {
        this.rfm = rfm;
    }

    record RunRequest(@Nullable LocalDate asOf, @Nullable @Min(1) @Max(3660) Integer windowDays) {
    }

    record Started(long runId) {
    }

    @PostMapping("/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Start a run (as of today and over 365 days unless given); 409 while another runs")
    Started start(@Valid @RequestBody(required = false) @Nullable RunRequest request) {
        RunRequest r = request == null ? new RunRequest(null, null) : request;
        return new Started(rfm.start(r.asOf(), r.windowDays()));
    }

    @GetMapping("/runs")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Runs, newest first: status, window, cut points, members per segment, duration")
    List<RunView> runs(@RequestParam(defaultValue = "30") @Min(1) @Max(500) int limit) {
        return rfm.runs(limit);
    }

    @GetMapping("/runs/{runId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One run")
    RunView run(@PathVariable long runId) {
        return rfm.run(runId);
    }

    @GetMapping("/runs/{runId}/members/{nickname}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A member's values, scores (null without a purchase in the window) and segments in a run")
    MemberScore member(@PathVariable long runId, @PathVariable String nickname,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language, Locale locale) {
        return rfm.member(runId, nickname).named(language == null ? null : locale);
    }

    @GetMapping("/movement")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The segment-to-segment matrix between two runs (map VALUE or GRID)")
    Movement movement(@RequestParam long from, @RequestParam long to, @RequestParam(defaultValue = "VALUE") String map) {
        return rfm.movement(from, to, SegmentMap.parse(map));
    }

    @GetMapping("/targets/members")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The members of a segment or a movement cell, a page at a time")
    SearchPage<MemberScore> targetMembers(@RequestParam long run, @RequestParam(defaultValue = "VALUE") String map,
            @RequestParam String segment, @RequestParam(required = false) @Nullable Long fromRun,
            @RequestParam(required = false) @Nullable String fromSegment,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return rfm.members(new Target(run, SegmentMap.parse(map), segment, fromRun, fromSegment), page, size);
    }

    @GetMapping("/targets/export")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A segment or movement cell as CSV (UTF-8 with BOM, opens in Excel)")
    void export(@RequestParam long run, @RequestParam(defaultValue = "VALUE") String map, @RequestParam String segment,
            @RequestParam(required = false) @Nullable Long fromRun,
            @RequestParam(required = false) @Nullable String fromSegment,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String language, Locale locale,
            HttpServletResponse response) throws IOException {
        // the segment names follow Accept-Language when the caller sends it; otherwise as they always were
        RfmCsv.write(rfm, new Target(run, SegmentMap.parse(map), segment, fromRun, fromSegment),
                language == null ? null : locale, response);
    }

    record TargetRequest(@NotNull Long run, @Nullable String map, @NotBlank String segment, @Nullable Long fromRun,
            @Nullable String fromSegment, @Nullable @Size(max = 32) String tag, @Nullable @Size(max = 200) String reason) {

        Target target() {
            return new Target(run, SegmentMap.parse(map == null ? "VALUE" : map), segment, fromRun, fromSegment);
        }
    }

    @PostMapping("/targets/tag")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Tag every member of a segment or movement cell")
    Map<String, Integer> tag(@Valid @RequestBody TargetRequest request) {
        return Map.of("tagged", rfm.tag(request.target(), request.tag() == null ? "" : request.tag()));
    }

    @PostMapping("/targets/care-tasks")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a care task (客户关怀) for every member of a segment or movement cell")
    Map<String, Integer> careTasks(@Valid @RequestBody TargetRequest request) {
        return Map.of("created", rfm.createCareTasks(request.target(), request.reason() == null ? "" : request.reason()));
    }
}
