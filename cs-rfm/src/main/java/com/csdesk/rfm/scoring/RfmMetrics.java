package com.csdesk.rfm.scoring;

import com.csdesk.shared.Money;
import java.math.BigDecimal;

/**
 * A member's raw RFM values (RFM 原始值) over the window: recency days (see
 * {@link RfmWindow#recencyDays}), the number of purchases, and the net goods amount spent.
 */
public record RfmMetrics(int recencyDays, int frequency, Money monetary) {

    public BigDecimal value(Metric metric) {
        return switch (metric) {
            case RECENCY -> BigDecimal.valueOf(recencyDays);
            case FREQUENCY -> BigDecimal.valueOf(frequency);
            case MONETARY -> monetary.amount();
        };
    }
}
