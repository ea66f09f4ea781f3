package com.csdesk.settings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A setting as ops see it: its current value, its default, and who last changed it. */
public record SettingView(String key, String kind, String value, String defaultValue, String descriptionZh,
        String descriptionEn, @Nullable Instant updatedAt, @Nullable String updatedBy) {
}
