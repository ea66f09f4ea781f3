package com.csdesk.orders;

import java.util.List;

/** A parcel leaving the warehouse: carrier, waybill (运单号) and lines; no lines means all that remain. */
public record ShipmentRequest(String carrier, String waybillNo, List<OrderLineRequest> lines) {
}
