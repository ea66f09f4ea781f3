package com.csdesk.rfm.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring by quintiles (五分位评分) of the members who purchased in the window, exactly as
 * PostgreSQL's {@code ntile(5)}: members are sorted by the metric ascending, ties broken by member
 * id ascending, and split into five groups whose sizes differ by at most one, the larger groups
 * first (11 members: 3, 2, 2, 2, 2; fewer than five: one member per group, the last groups empty).
 *
 * <p>All three metrics use the same order; only the mapping from group to score differs. Over the
 * rows of the members who purchased in the window only (无购买 members take no part):
 * <pre>
 * R = 6 - ntile(5) over (order by recency_days asc, member_id asc)
 * F =     ntile(5) over (order by frequency    asc, member_id asc)
 * M =     ntile(5) over (order by monetary     asc, member_id asc)
 * </pre>
 * so the fewest days (the most recent purchase) score 5 for R, the most purchases and the highest
 * spend score 5 for F and M. Among equal values the lower member id comes first, which means a
 * lower score for F and M and a higher score for R; the same data therefore always gives the same
 * scores, whatever order it arrives in. Equal values may straddle a group boundary and get
 * different scores: that is NTILE's rule, and the cut points then show two bands sharing that value.
 */
public record QuintileScorer(Metric metric) implements MetricScorer {

    public static final int GROUPS = 5;

    private static final Comparator<MemberValue> NTILE_ORDER =
            Comparator.comparing(MemberValue::value).thenComparingLong(MemberValue::memberId);

    @Override
    public MetricScores score(List<MemberValue> values) {
        MemberValue.requireDistinctMembers(values);
        List<MemberValue> sorted = values.stream().sorted(NTILE_ORDER).toList();
        Map<Long, Score> scores = new LinkedHashMap<>();
        List<ScoreBand> bands = new ArrayList<>();
        int groupStart = 0;
        for (int row = 0; row < sorted.size(); row++) {
            int group = ntile(row, sorted.size());
            Score score = scoreOf(group);
            scores.put(sorted.get(row).memberId(), score);
            boolean lastOfGroup = row + 1 == sorted.size() || ntile(row + 1, sorted.size()) != group;
            if (lastOfGroup) {
                BigDecimal min = sorted.get(groupStart).value();
                bands.add(new ScoreBand(score, min, sorted.get(row).value()));
                groupStart = row + 1;
            }
        }
        bands.sort(Comparator.comparing(ScoreBand::score).reversed());
        return new MetricScores(metric, scores, new CutPoints(metric, bands));
    }

    /**
     * The 1-based group of the row at {@code row} (0-based) of {@code rows}, as PostgreSQL's
     * {@code ntile(5)} numbers it: the first {@code rows % 5} groups hold one row more.
     */
    static int ntile(int row, int rows) {
        int size = rows / GROUPS;
        int largerGroups = rows % GROUPS;
        int rowsInLargerGroups = largerGroups * (size + 1);
        if (row < rowsInLargerGroups) {
            return row / (size + 1) + 1;
        }
        return largerGroups + (row - rowsInLargerGroups) / size + 1;
    }

    /**
     * The 0-based row where group {@code group} (2 to 5) begins among {@code rows} sorted rows, the inverse of
     * {@link #ntile}; a row at or past {@code rows} means the group is empty. Set-based runs score by comparing
     * each row with the rows found at these positions.
     */
    public static long firstRowOfGroup(int group, long rows) {
        if (group < 2 || group > GROUPS) {
            throw new IllegalArgumentException("groups 2 to " + GROUPS + " have a first row, not " + group);
        }
        long size = rows / GROUPS;
        long largerGroups = rows % GROUPS;
        long before = group - 1;
        return before <= largerGroups ? before * (size + 1) : largerGroups * (size + 1) + (before - largerGroups) * size;
    }

    private Score scoreOf(int group) {
        return Score.of(metric.higherIsBetter() ? group : GROUPS + 1 - group);
    }
}
