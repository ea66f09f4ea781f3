package com.csdesk.aftersales.policy;

import java.time.Duration;

/**
 * The after-sales windows (售后期限) an admin can change at run time. A day is 24 hours, counted
 * from the instant of receipt.
 *
 * @param noReasonDays            buyer's-choice window (七天无理由), default 7
 * @param qualityDays             quality-problem window, default 30
 * @param customMadeExchangeHours 定制 exchange window, default 48
 */
public record PolicySettings(int noReasonDays, int qualityDays, int customMadeExchangeHours) {

    public PolicySettings {
        Inputs.require(noReasonDays >= 1, "settings.noReasonDays", "无理由天数至少为 1", "No-reason days must be at least 1");
        Inputs.require(qualityDays >= 1, "settings.qualityDays", "质量问题天数至少为 1", "Quality days must be at least 1");
        Inputs.require(customMadeExchangeHours >= 1, "settings.customMadeExchangeHours",
                "定制换货小时数至少为 1", "Custom-made exchange hours must be at least 1");
    }

    /** The shop's published defaults: 7 days, 30 days, 48 hours. */
    public static PolicySettings defaults() {
        return new PolicySettings(7, 30, 48);
    }

    Window noReasonWindow() {
        return new Window(PolicyRule.NO_REASON_WINDOW, Duration.ofDays(noReasonDays), true);
    }

    Window qualityWindow() {
        return new Window(PolicyRule.QUALITY_WINDOW, Duration.ofDays(qualityDays), true);
    }

    Window customMadeWindow() {
        return new Window(PolicyRule.CUSTOM_MADE_WINDOW, Duration.ofHours(customMadeExchangeHours), false);
    }
}
