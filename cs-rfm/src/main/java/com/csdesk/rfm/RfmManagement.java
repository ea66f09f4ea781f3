package com.csdesk.rfm;

import com.csdesk.shared.SearchPage;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The RFM module's API (客户分类): runs over every member, their snapshots, the movement between
 * runs, and target lists (export, bulk tags, care tasks).
 */
public interface RfmManagement {

    /**
     * Starts a run in the background and returns its id at once. As of today in the shop's time zone
     * and over 365 days unless given. While another run is RUNNING this is a
     * {@link com.csdesk.shared.RuleViolationException} (409).
     */
    long start(@Nullable LocalDate asOf, @Nullable Integer windowDays);

    /** Runs to the end in the caller's thread (the nightly job); the run's id. */
    long runNow(LocalDate asOf, int windowDays, String trigger);

    RunView run(long runId);

    /** The newest runs first. */
    List<RunView> runs(int limit);

    /** The newest run that succeeded. */
    Optional<RunView> latest();

    /** A member's result in a run, by nickname. */
    MemberScore member(long runId, String nickname);

    /** A member's results across the kept runs that succeeded, newest first. */
    List<MemberScore> history(String nickname, int limit);

    Movement movement(long fromRunId, long toRunId, SegmentMap map);

    /** The members of a target list, by member id. */
    SearchPage<MemberScore> members(Target target, int page, int size);

    /** Writes the target list as CSV, UTF-8 with a byte order mark so that Excel reads the Chinese. */
    void exportCsv(Target target, OutputStream out);

    /**
     * The same, with the segment names in the language of {@code locale} (see {@link MemberScore#named}); without
     * a locale as stored: value segments in Chinese, grid segments in English.
     */
    void exportCsv(Target target, OutputStream out, java.util.@org.jspecify.annotations.Nullable Locale locale);

    /** Tags every member of the target list; how many gained the tag. */
    int tag(Target target, String tag);

    /** Creates a care task (客户关怀) for every member of the target list; how many were created. */
    int createCareTasks(Target target, String reason);

    /** The open care tasks of a member, newest first. */
    List<CareTask> careTasks(String nickname);
}
