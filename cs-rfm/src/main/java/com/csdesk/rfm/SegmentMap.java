package com.csdesk.rfm;

import com.csdesk.rfm.scoring.GridSegment;
import com.csdesk.rfm.scoring.ValueSegment;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The two segment maps (分群方式): the 8 value segments (价值分群) and the R × FM grid (10 segments). */
public enum SegmentMap {
    VALUE("价值分群", "Value segments"),
    GRID("R × FM 分群", "R × FM grid");

    private final String zh;
    private final String en;

    SegmentMap(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The segments of this map in the rules' order, 无购买 last. */
    public List<Segment> segments() {
        return switch (this) {
            case VALUE -> Arrays.stream(ValueSegment.values()).map(s -> new Segment(s.name(), s.zh(), s.en())).toList();
            case GRID -> Arrays.stream(GridSegment.values()).map(s -> new Segment(s.name(), s.zh(), s.en())).toList();
        };
    }

    /** The segment named by its code (IMPORTANT_VALUE), its Chinese name (重要价值) or its English name. */
    public Segment segment(String name) {
        String n = name.strip();
        return segments().stream()
                .filter(s -> s.code().equalsIgnoreCase(n) || s.zh().equals(n) || s.en().equalsIgnoreCase(n))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown-segment", "segment",
                        Text.of(zh + "中没有分群 " + name, "No segment " + name + " in the " + en)));
    }

    public static SegmentMap parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown-segment-map", "map",
                    Text.of("分群方式须为 VALUE 或 GRID:" + text, "The map is VALUE or GRID, not " + text));
        }
    }

    /** One segment: a stable code and its names. */
    public record Segment(String code, String zh, String en) {
    }
}
