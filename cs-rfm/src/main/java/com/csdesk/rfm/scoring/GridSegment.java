package com.csdesk.rfm.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The R × FM grid (R × FM 分群), 10 segments, FM = ⌈(F + M) / 2⌉; every one of the 25 (R, FM) cells
 * lies in exactly one segment. {@link #NO_PURCHASE} (无购买) holds the members without a purchase
 * in the window, who have no scores and lie in no cell.
 */
public enum GridSegment {
    /** R 5, FM 4–5. */
    CHAMPIONS("冠军", "Champions", 5, 5, 4, 5),
    /** R 3–4, FM 4–5. */
    LOYAL("忠诚", "Loyal", 3, 4, 4, 5),
    /** R 4–5, FM 2–3. */
    POTENTIAL_LOYALIST("潜力忠诚", "Potential Loyalist", 4, 5, 2, 3),
    /** R 5, FM 1. */
    NEW("新客", "New", 5, 5, 1, 1),
    /** R 4, FM 1. */
    PROMISING("有潜力", "Promising", 4, 4, 1, 1),
    /** R 3, FM 3. */
    NEED_ATTENTION("需关注", "Need Attention", 3, 3, 3, 3),
    /** R 3, FM 1–2. */
    ABOUT_TO_SLEEP("将沉睡", "About to Sleep", 3, 3, 1, 2),
    /** R 1–2, FM 3–4. */
    AT_RISK("有流失风险", "At Risk", 1, 2, 3, 4),
    /** R 1–2, FM 5. */
    CANT_LOSE_THEM("不能失去", "Can't Lose Them", 1, 2, 5, 5),
    /** R 1–2, FM 1–2. */
    HIBERNATING("沉睡", "Hibernating", 1, 2, 1, 2),
    /** No purchase in the window: no scores, no cell. */
    NO_PURCHASE("无购买", "No purchase in window");

    private final String zh;
    private final String en;
    private final boolean scored;
    private final int recencyFrom;
    private final int recencyTo;
    private final int fmFrom;
    private final int fmTo;

    GridSegment(String zh, String en, int recencyFrom, int recencyTo, int fmFrom, int fmTo) {
        this.zh = zh;
        this.en = en;
        this.scored = true;
        this.recencyFrom = recencyFrom;
        this.recencyTo = recencyTo;
        this.fmFrom = fmFrom;
        this.fmTo = fmTo;
    }

    GridSegment(String zh, String en) {
        this.zh = zh;
        this.en = en;
        this.scored = false;
        this.recencyFrom = 0;
        this.recencyTo = 0;
        this.fmFrom = 0;
        this.fmTo = 0;
    }

    /** FM = ⌈(F + M) / 2⌉, from 1 to 5; in SQL {@code (f_score + m_score + 1) / 2} with integers. */
    public static int fm(int frequency, int monetary) {
        return (Score.of(frequency).value() + Score.of(monetary).value() + 1) / 2;
    }

    /** The segment of the cell (R, FM); both from 1 to 5. */
    public static GridSegment of(int recency, int fm) {
        // a cell outside 1–5 is a caller's mistake, not a gap in the grid
        Score.of(recency);
        Score.of(fm);
        return Arrays.stream(values())
                .filter(s -> s.contains(recency, fm))
                .findFirst()
                .orElseThrow();
    }

    public static GridSegment of(RfmScores scores) {
        return of(scores.recency().value(), fm(scores.frequency().value(), scores.monetary().value()));
    }

    /** The 125 rows (R, F, M → FM, segment) of the lookup table the run joins. */
    public static List<GridSegmentRow> lookupTable() {
        List<GridSegmentRow> rows = new ArrayList<>();
        for (int r = Score.MIN; r <= Score.MAX; r++) {
            for (int f = Score.MIN; f <= Score.MAX; f++) {
                for (int m = Score.MIN; m <= Score.MAX; m++) {
                    int fm = fm(f, m);
                    rows.add(new GridSegmentRow(r, f, m, fm, of(r, fm)));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** Whether the cell (R, FM) belongs to this segment, as the segment table of the rules draws it. */
    public boolean contains(int recency, int fm) {
        return scored && recency >= recencyFrom && recency <= recencyTo && fm >= fmFrom && fm <= fmTo;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** False only for {@link #NO_PURCHASE}. */
    public boolean isScored() {
        return scored;
    }
}
