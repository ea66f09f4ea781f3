package com.csdesk.web.desk;

import com.csdesk.orders.Flag;
import com.csdesk.orders.OrderDesk.DeskOrder;
import com.csdesk.orders.OrderDesk.OrderRow;
import com.csdesk.orders.OrderDesk.WarehouseTask;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.pricing.PriceQuote;
import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import com.csdesk.web.security.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The desk API's order records; the receiver's phone and street are masked for roles that do not need them. */
final class DeskOrderResponses {

    private static final Text IMPORTED = Text.of("历史导入订单:保留原金额,无本店报价明细",
            "Imported order: its amounts are kept as imported, it has no price breakdown");

    private DeskOrderResponses() {
    }

    record OrderLine(String orderNo, OrderStatus status, String statusName, String memberNickname, String products,
            int lines, Money payable, Flag flag, Instant createdAt, @Nullable Instant paidAt, @Nullable Instant urgedAt,
            int openWarehouseTasks) {
    }

    record OrderPage(List<OrderLine> items, int page, int size, boolean hasNext) {
    }

    record ReceiverLine(String name, @Nullable String phone, String province, @Nullable String city,
            @Nullable String district, @Nullable String detail) {
    }

    /** The order as agents see it (订单详情), with the warehouse tasks it is waiting for. */
    record OrderDetail(String orderNo, OrderStatus status, String statusName, String memberNickname,
            ReceiverLine receiver, String carrier, boolean overseasForwarding, boolean inStockFirst,
            @Nullable String buyerMessage, Money goodsTotal, Money memberDiscount, Money goodsPayable, Money shippingFee,
            Money shippingDeduction, Money payable, Money paidAmount, Money refundedAmount, String shippingRule,
            String shippingExplanation, @Nullable PriceQuote breakdown, @Nullable String shipTogetherWith, Flag flag,
            boolean lateShipment, @Nullable Instant urgedAt, OrderView.@Nullable Invoice invoice, Instant createdAt,
            @Nullable Instant paidAt, @Nullable Instant shippedAt, @Nullable Instant completedAt,
            @Nullable Instant closedAt, @Nullable String closeReason, @Nullable String closeConsent,
            List<OrderView.Line> lines, List<OrderView.Payment> payments, List<OrderView.Shipment> shipments,
            List<OrderView.Note> notes, List<OrderView.StatusChange> history, List<WarehouseTask> warehouseTasks,
            boolean waitingForWarehouse, long version) {
    }

    static OrderPage page(SearchPage<OrderRow> page, Locale locale) {
        return new OrderPage(page.items().stream().map(r -> line(r, locale)).toList(), page.page(), page.size(),
                page.hasNext());
    }

    static OrderLine line(OrderRow r, Locale locale) {
        return new OrderLine(r.orderNo(), r.status(), r.status().label().in(locale), r.memberNickname(), r.products(),
                r.lines(), r.payable(), r.flag(), r.createdAt(), r.paidAt(), r.urgedAt(), r.openTasks());
    }

    static OrderDetail detail(DeskOrder d, Viewer viewer, Locale locale) {
        OrderView o = d.order();
        Receiver r = o.receiver();
        return new OrderDetail(o.orderNo(), o.status(), o.status().label().in(locale), o.memberNickname(),
                new ReceiverLine(r.name(), viewer.phone(r.phone()), r.province(), r.city(), r.district(),
                        viewer.address(r.detail())),
                o.carrier(), o.overseasForwarding(), o.inStockFirst(), o.buyerMessage(), o.goodsTotal(),
                o.memberDiscount(), o.goodsPayable(), o.shippingFee(), o.shippingDeduction(), o.payable(),
                o.paidAmount(), o.refundedAmount(), o.shippingRule(),
                // an imported order kept its amounts but was never priced here: it has no breakdown
                o.breakdown() == null ? IMPORTED.in(locale) : o.breakdown().shipping().explanation().in(locale),
                o.breakdown(), o.shipTogetherWith(), o.flag(), o.lateShipment(), o.urgedAt(), o.invoice(),
                o.createdAt(), o.paidAt(), o.shippedAt(), o.completedAt(), o.closedAt(), o.closeReason(),
                d.closeConsent(), o.lines(), o.payments(), o.shipments(), o.notes(), o.history(),
                d.tasks().stream().map(t -> OrderMasking.task(t, viewer)).toList(), d.waitingForWarehouse(), o.version());
    }
}
