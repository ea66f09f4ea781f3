package com.csdesk.orders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A tracking event reported by the carrier for a waybill. */
public record TrackingNotice(TrackingEventKind kind, Instant at, @Nullable String location,
        @Nullable String description) {
}
