package com.csdesk.rfm.scoring;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thresholds an admin fixed for one metric (固定阈值) instead of quintiles: four strictly ascending
 * boundaries b1 &lt; b2 &lt; b3 &lt; b4, read in the direction the metric implies.
 * <ul>
 * <li>R (fewer days is better): days ≤ b1 → 5, ≤ b2 → 4, ≤ b3 → 3, ≤ b4 → 2, else 1.
 *     "30,90,180,365": bought within 30 days → 5, more than 365 days ago → 1.</li>
 * <li>F and M (more is better): value ≥ b4 → 5, ≥ b3 → 4, ≥ b2 → 3, ≥ b1 → 2, else 1.
 *     F "2,3,5,10": 10 purchases or more → 5, a single purchase → 1.</li>
 * </ul>
 * SQL equivalent for R: {@code case when recency_days <= b1 then 5 when recency_days <= b2 then 4
 * when recency_days <= b3 then 3 when recency_days <= b4 then 2 else 1 end}; for F and M:
 * {@code case when v >= b4 then 5 when v >= b3 then 4 when v >= b2 then 3 when v >= b1 then 2 else 1 end}.
 *
 * <p>Boundaries are whole days and whole purchases for R and F, and yuan with at most two decimals
 * for M; every score must be reachable by a member who purchased, so R's b1 is at least 0, F's b1
 * at least 2 and M's b1 above 0. They are kept in canonical form (no trailing zeros), so
 * {@link #format()} of {@link #parse(Metric, String)} gives back the setting's usual text.
 *
 * <p>Each boundary also has a ceiling, so that a run can always store and show its cut points: R at
 * most 3,660 days (ten years), F at most 1,000,000 purchases, M at most 9,999,999,999.99 yuan. The
 * text form takes plain decimals only (no exponent such as {@code 1e3}).
 */
public record FixedThresholds(Metric metric, List<BigDecimal> boundaries) implements MetricScorer {

    public static final int BOUNDARIES = 4;

    /** A plain decimal as the setting's text gives it: digits, at most one point, no exponent, bounded length. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,16}(\\.[0-9]{1,16})?");

    public FixedThresholds {
        // toString, not toPlainString: a boundary such as 1E+999999999 must not be written out digit by digit
        String given = boundaries.stream().map(BigDecimal::toString).collect(Collectors.joining(","));
        if (boundaries.size() != BOUNDARIES) {
            throw invalid(metric, given, "需要 4 个界限,实际为 " + boundaries.size() + " 个",
                    "need 4 boundaries, got " + boundaries.size());
        }
        BigDecimal highest = highest(metric);
        for (BigDecimal b : boundaries) {
            if (b.compareTo(highest) > 0) {
                throw invalid(metric, given, "界限不能大于 " + highest.toPlainString(),
                        "a boundary cannot be above " + highest.toPlainString());
            }
        }
        List<BigDecimal> canonical = new ArrayList<>();
        for (BigDecimal b : boundaries) {
            BigDecimal stripped = b.stripTrailingZeros();
            canonical.add(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        }
        for (BigDecimal b : canonical) {
            if (b.remainder(metric.unit()).signum() != 0) {
                String unit = metric.unit().toPlainString();
                throw invalid(metric, given, b.toPlainString() + " 不是 " + unit + " 的整数倍",
                        b.toPlainString() + " is not a whole multiple of " + unit);
            }
        }
        for (int i = 1; i < BOUNDARIES; i++) {
            if (canonical.get(i).compareTo(canonical.get(i - 1)) <= 0) {
                throw invalid(metric, given, "界限必须严格递增", "boundaries must be strictly ascending");
            }
        }
        BigDecimal first = canonical.getFirst();
        // R's best band starts at the lowest value; F's and M's worst band lies below b1.
        boolean reachable = metric.higherIsBetter()
                ? first.compareTo(metric.lowest()) > 0
                : first.compareTo(metric.lowest()) >= 0;
        if (!reachable) {
            String bound = (metric.higherIsBetter() ? "> " : "≥ ") + metric.lowest().toPlainString();
            throw invalid(metric, given, "第一个界限必须 " + bound + ",否则有的分数无法得到",
                    "the first boundary must be " + bound + " so that every score can be given");
        }
        boundaries = List.copyOf(canonical);
    }

    /** Reads the setting's text form, four numbers separated by commas: "30,90,180,365". */
    public static FixedThresholds parse(Metric metric, String text) {
        String[] parts = text.split(",", -1);
        List<BigDecimal> boundaries = new ArrayList<>();
        for (String part : parts) {
            String number = part.strip();
            if (!PLAIN_DECIMAL.matcher(number).matches()) {
                throw invalid(metric, text, "“" + number + "” 不是普通的十进制数字", "\"" + number + "\" is not a plain decimal number");
            }
            boundaries.add(new BigDecimal(number));
        }
        return new FixedThresholds(metric, boundaries);
    }

    /** The setting's text form: the boundaries separated by commas, no spaces. */
    public String format() {
        return boundaries.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }

    public Score score(BigDecimal value) {
        int reached = 0;
        for (BigDecimal b : boundaries) {
            boolean passes = metric.higherIsBetter() ? value.compareTo(b) >= 0 : value.compareTo(b) > 0;
            if (passes) {
                reached++;
            }
        }
        // For R "reached" counts the boundaries the days went beyond, each costing a point.
        return Score.of(metric.higherIsBetter() ? reached + 1 : Score.MAX - reached);
    }

    @Override
    public MetricScores score(List<MemberValue> values) {
        MemberValue.requireDistinctMembers(values);
        Map<Long, Score> scores = new LinkedHashMap<>();
        for (MemberValue v : values) {
            scores.put(v.memberId(), score(v.value()));
        }
        return new MetricScores(metric, scores, cutPoints());
    }

    /** All five bands, best first; inclusive bounds at the metric's unit (a day, a purchase, a fen). */
    public CutPoints cutPoints() {
        BigDecimal unit = metric.unit();
        List<ScoreBand> bands = new ArrayList<>();
        if (metric.higherIsBetter()) {
            bands.add(new ScoreBand(Score.of(5), boundaries.get(3), null));
            for (int i = 2; i >= 0; i--) {
                bands.add(new ScoreBand(Score.of(i + 2), boundaries.get(i), boundaries.get(i + 1).subtract(unit)));
            }
            bands.add(new ScoreBand(Score.of(1), null, boundaries.getFirst().subtract(unit)));
        } else {
            bands.add(new ScoreBand(Score.of(5), null, boundaries.getFirst()));
            for (int i = 1; i < BOUNDARIES; i++) {
                bands.add(new ScoreBand(Score.of(5 - i), boundaries.get(i - 1).add(unit), boundaries.get(i)));
            }
            bands.add(new ScoreBand(Score.of(1), boundaries.get(3).add(unit), null));
        }
        return new CutPoints(metric, bands);
    }

    /** The largest boundary a metric takes: ten years of days, a million purchases, 9,999,999,999.99 yuan. */
    public static BigDecimal highest(Metric metric) {
        return switch (metric) {
            case RECENCY -> new BigDecimal("3660");
            case FREQUENCY -> new BigDecimal("1000000");
            case MONETARY -> new BigDecimal("9999999999.99");
        };
    }

    private static InvalidInputException invalid(Metric metric, String given, String zhReason, String enReason) {
        // the field names the metric, so a form or a setting can point at the right input
        String field = metric.name().toLowerCase(Locale.ROOT) + "Thresholds";
        return new InvalidInputException("invalid-rfm-thresholds", field,
                Text.of(metric.letter() + "(" + metric.zh() + ")的固定阈值无效:" + given + " — " + zhReason,
                        "Invalid fixed thresholds for " + metric.letter() + " (" + metric.en() + "): " + given
                                + " — " + enReason));
    }
}
