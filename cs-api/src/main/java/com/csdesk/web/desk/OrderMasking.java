package com.csdesk.web.desk;

import com.csdesk.orders.OrderDesk.WarehouseTask;
import com.csdesk.web.security.Viewer;

/** Masks the personal data in an order's warehouse tasks for roles that do not need it. */
public final class OrderMasking {

    private OrderMasking() {
    }

    /** An address task carries the old and new address: masked like the receiver's street. */
    public static WarehouseTask task(WarehouseTask t, Viewer viewer) {
        if (t.kind() != WarehouseTask.Kind.ADDRESS || viewer.seesAddress()) {
            return t;
        }
        return new WarehouseTask(t.id(), t.orderNo(), t.kind(), t.lineNo(), t.sku(), t.quantity(),
                String.valueOf(viewer.address(t.before())), String.valueOf(viewer.address(t.after())), t.note(),
                t.createdAt(), t.createdBy(), t.confirmedAt(), t.confirmedBy());
    }
}
