package com.csdesk.rfm.internal;

import com.csdesk.rfm.scoring.FixedThresholds;
import com.csdesk.rfm.scoring.Metric;
import com.csdesk.rfm.scoring.MetricScorer;
import com.csdesk.rfm.scoring.QuintileScorer;
import com.csdesk.rfm.scoring.RfmScoring;
import com.csdesk.settings.SettingKey;
import com.csdesk.settings.Settings;
import com.csdesk.settings.SettingsCatalog;
import com.csdesk.shared.Text;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The RFM settings an admin changes at run time: fixed thresholds per metric instead of quintiles
 * ({@code quintiles}, the default, or four boundaries such as {@code 30,90,180,365}), and how many
 * runs are kept. A catalogue only: the run reads the values through {@link Settings} when it starts.
 */
@Component
class RfmSettings implements SettingsCatalog {

    static final String QUINTILES = "quintiles";

    static final SettingKey<String> RECENCY = thresholds(Metric.RECENCY, "30,90,180,365");
    static final SettingKey<String> FREQUENCY = thresholds(Metric.FREQUENCY, "2,3,5,10");
    static final SettingKey<String> MONETARY = thresholds(Metric.MONETARY, "500,1000,3000,10000");
    static final SettingKey<Integer> RETENTION = SettingKey.ofInt("rfm.retention.runs", 60, 2,
            Text.of("保留最近多少次 RFM 计算(更早的连同会员快照一起删除)",
                    "How many RFM runs are kept; older runs are deleted with their member snapshots"));

    @Override
    public List<SettingKey<?>> settings() {
        return List.of(RECENCY, FREQUENCY, MONETARY, RETENTION);
    }

    /** How this run scores: each metric by quintiles unless an admin fixed its thresholds. */
    static RfmScoring scoring(Settings settings) {
        return new RfmScoring(scorer(Metric.RECENCY, settings.get(RECENCY)),
                scorer(Metric.FREQUENCY, settings.get(FREQUENCY)), scorer(Metric.MONETARY, settings.get(MONETARY)));
    }

    static int retention(Settings settings) {
        return settings.get(RETENTION);
    }

    static MetricScorer scorer(Metric metric, String text) {
        return QUINTILES.equals(text.strip().toLowerCase(Locale.ROOT))
                ? new QuintileScorer(metric)
                : FixedThresholds.parse(metric, text);
    }

    private static SettingKey<String> thresholds(Metric metric, String example) {
        String key = "rfm.thresholds." + metric.name().toLowerCase(Locale.ROOT);
        return SettingKey.ofText(key, QUINTILES, Text.of(
                metric.letter() + "(" + metric.zh() + ")的评分方式:quintiles 为五分位,或固定阈值四个界限,如 " + example,
                metric.letter() + " (" + metric.en() + ") scoring: quintiles, or four fixed boundaries such as " + example),
                text -> {
                    scorer(metric, text);
                    return text.strip();
                });
    }
}
