package com.csdesk.orders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The carrier reported a logistics exception (物流异常: damaged, lost, returned) for a shipment of an order. */
public record ShipmentExceptionReported(String orderNo, long memberId, String waybillNo, TrackingEventKind kind,
        Instant at, @Nullable String description) {
}
