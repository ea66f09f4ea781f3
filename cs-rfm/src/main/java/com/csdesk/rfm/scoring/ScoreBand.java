package com.csdesk.rfm.scoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The values that received one score (分档): both bounds inclusive; a bound is null only where
 * fixed thresholds leave the band open (the best and worst band of an admin's thresholds).
 */
public record ScoreBand(Score score, @Nullable BigDecimal min, @Nullable BigDecimal max) {
}
