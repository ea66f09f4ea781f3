package com.csdesk.orders;

import com.csdesk.shared.Dates;
import com.csdesk.shared.Money;
import com.csdesk.shared.SearchPage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The agents' order desk (订单处理): finding orders and the changes agents may make (§3.2), each
 * checked by the order and refused with the reason otherwise, each audited. Actions take the
 * {@code version} the agent read; a change made meanwhile by someone else is refused, not overwritten.
 */
public interface OrderDesk {

    /** Orders by order number (prefix), buyer nickname or product name (contains), newest first. */
    SearchPage<OrderRow> search(Criteria criteria, int page, int size);

    /** The member's newest orders, for the member 360 view. */
    List<OrderRow> recentOf(String nickname, int limit);

    /** The order with the warehouse tasks agents' changes created. */
    DeskOrder detail(String orderNo);

    /** Cancels lines of an unpaid order (with a reason) and prices the rest again. */
    OrderView cancelLines(String orderNo, List<Integer> lineNos, String reason, @Nullable Long version);

    /** Applies the member price the system computes now (修改价格) to an unpaid order; agents never type a price. */
    OrderView applyMemberPrice(String orderNo, String reason, @Nullable Long version);

    /**
     * Changes size/colour of {@code quantity} units of a line (all when null) of a paid, unshipped
     * order, with the note written in the same action; the warehouse gets a task to confirm.
     */
    OrderView changeAttributes(String orderNo, int lineNo, String attributes, @Nullable Integer quantity, String note,
            @Nullable Long version);

    /** Changes the receiving address before anything has shipped. */
    OrderView changeAddress(String orderNo, Receiver address, String reason, @Nullable Long version);

    OrderView setFlag(String orderNo, Flag flag, @Nullable Long version);

    /** Closes an unpaid order; {@code consent} records how the customer agreed (required). */
    OrderView closeWithConsent(String orderNo, String consent, String reason, @Nullable Long version);

    /** Records the buyer's invoice request (发票) on a paid order. */
    OrderView requestInvoice(String orderNo, String title, @Nullable String taxId, @Nullable Long version);

    /** Unpaid orders old enough to urge (催付) and not urged yet, oldest first. */
    SearchPage<OrderRow> toUrge(int page, int size);

    /** Records that the buyer was urged to pay; each order at most once. */
    OrderView urge(String orderNo);

    /** Warehouse tasks, the open ones or all, oldest open first. */
    List<WarehouseTask> warehouseTasks(boolean openOnly, int limit);

    /** The warehouse confirms it has seen and applied a task. */
    WarehouseTask confirmTask(long taskId);

    /**
     * Payments the shop took but did not keep, oldest first: a second payment for a paid order, or one
     * refused (wrong amount, closed order). Finance gives them back in the provider's console.
     */
    List<PaymentToRefund> paymentsToRefund(int limit);

    /** Finance records that a payment to give back was given back; audited, once. */
    PaymentToRefund markPaymentRefunded(String paymentId, String reference);

    /** A payment to give back, and when it was. */
    record PaymentToRefund(String paymentId, String orderNo, PaymentMethod method, Money amount,
            PaymentOutcome outcome, @Nullable String reason, Instant receivedAt, @Nullable Instant refundedAt) {
    }

    /** What agents filter by; all optional. Dates are shop dates (Asia/Shanghai), inclusive. */
    record Criteria(@Nullable String q, @Nullable OrderStatus status, @Nullable Flag flag, @Nullable LocalDate from,
            @Nullable LocalDate to) {

        public Criteria {
            Dates.filter("from", from);
            Dates.filter("to", to);
        }
    }

    /** An order in a list: enough to recognise it and open it. */
    record OrderRow(String orderNo, OrderStatus status, String memberNickname, String products, int lines,
            Money payable, Flag flag, Instant createdAt, @Nullable Instant paidAt, @Nullable Instant urgedAt,
            int openTasks) {
    }

    /** The order with its warehouse tasks (open ones show the order is waiting for the warehouse). */
    record DeskOrder(OrderView order, List<WarehouseTask> tasks, @Nullable String closeConsent) {

        public boolean waitingForWarehouse() {
            return tasks.stream().anyMatch(t -> t.confirmedAt() == null);
        }
    }

    /** A change the warehouse must apply (仓库任务): other attributes for a line, or another address. */
    record WarehouseTask(long id, String orderNo, Kind kind, @Nullable Integer lineNo, @Nullable String sku,
            @Nullable Integer quantity, String before, String after, String note, Instant createdAt, String createdBy,
            @Nullable Instant confirmedAt, @Nullable String confirmedBy) {

        public enum Kind {
            ATTRIBUTES, ADDRESS
        }
    }
}
