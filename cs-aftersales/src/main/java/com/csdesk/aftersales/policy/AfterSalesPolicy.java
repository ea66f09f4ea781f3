package com.csdesk.aftersales.policy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The after-sales policy (售后政策, DOMAIN §4.2): decides a request and explains each check.
 *
 * <p>Windows are counted from the instant of receipt to {@code clock.instant()} and are inclusive at
 * their end: exactly 48 h 0 min after receipt is within 48 hours, 48 h + 1 s is not; likewise exactly
 * 7 days (168 h) and exactly 30 days.
 *
 * <ul>
 *   <li><b>Complaint</b> (投诉): always allowed, nothing travels.</li>
 *   <li><b>Buyer's choice</b> (七天无理由, size, colour, style): return &amp; refund or exchange only.
 *     <ul>
 *       <li>现货: return or exchange (any style; a style change is a no-reason return plus a new
 *           purchase) within the no-reason window (7 days), if resalable; any number of times.</li>
 *       <li>代购: no return; an exchange needs a supervisor's approval, within the no-reason window,
 *           from stock, if resalable. Size and colour are treated alike.</li>
 *       <li>定制: no return; one exchange of the same style within 48 hours, from stock, if resalable.</li>
 *       <li>A style change of 代购/定制 goods needs a supervisor's approval, and is rejected once the
 *           member has had one (下不为例).</li>
 *       <li>The buyer pays shipping.</li>
 *     </ul>
 *   </li>
 *   <li><b>Quality problem</b> (瑕疵, 描述不符, 发错货, 少件) and <b>carrier problem</b> (破损, 丢件):
 *       any request kind for any product kind within 30 days of receipt; the shop pays shipping.
 *       Carrier problems may also be claimed before receipt as refund only or a replacement
 *       (丢件 never reaches the buyer); a lost parcel cannot be returned or repaired.</li>
 *   <li><b>Late shipment</b> (延迟发货): refund only, before receipt, and only when the order is late
 *       (flagged, or not shipped within the shipping promise after payment).</li>
 *   <li>Goods not yet received cannot be returned, exchanged or repaired (nothing to send back), and
 *       the no-reason window starts only at receipt.</li>
 *   <li>Refunds: at most the paid share of the requested units not yet refunded
 *       ({@link PurchasedLine#refundableFor(int)}); a larger requested amount is rejected, not
 *       capped, so the customer is never given a different amount than asked without an agent
 *       saying so.</li>
 * </ul>
 *
 * <p>Resalability not yet inspected is shown "to be inspected" and does not block; rejection wins
 * over approval, which wins over allowed.
 */
public final class AfterSalesPolicy {

    private final Clock clock;

    public AfterSalesPolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decides the request as of now.
     *
     * @throws InvalidInputException when the receipt lies in the future, or a buyer's-choice exchange
     *                               wants the very SKU bought
     */
    public PolicyDecision decide(PolicyRequest request) {
        Instant now = clock.instant();
        var receivedAt = request.receivedAt();
        if (receivedAt != null && receivedAt.isAfter(now)) {
            throw new InvalidInputException("invalid-after-sales-input", "receivedAt",
                    Text.of("签收时间晚于当前时间", "The receipt time lies in the future"));
        }
        var ask = request.request();
        List<PolicyCheck> checks;
        if (ask.kind() == RequestKind.COMPLAINT) {
            checks = List.of(Checks.complaintAccepted(ask.reason()));
        } else if (!fits(ask.kind(), ask.reason())) {
            checks = List.of(Checks.requestDoesNotFit(ask.kind(), ask.reason()));
        } else {
            checks = switch (ask.reason().category()) {
                case BUYER_CHOICE -> ask.kind() == RequestKind.EXCHANGE ? buyerExchange(request, now) : buyerReturn(request, now);
                case QUALITY, CARRIER -> shopResponsibility(request, now);
                case DELAY -> lateShipmentRefund(request, now);
            };
        }
        Outcome outcome = outcomeOf(checks);
        return new PolicyDecision(outcome, shippingPayer(ask, outcome), checks, maxRefund(request, outcome));
    }

    /**
     * The resalability check once the returned goods are inspected (验货), to replace the "to be
     * inspected" check of the decision: not resalable rejects a request that depends on it.
     */
    public static PolicyCheck inspection(boolean resalable) {
        return Checks.resalable(resalable);
    }

    /** Which request kinds a reason can lead to at all; complaints take any reason. */
    private static boolean fits(RequestKind kind, Reason reason) {
        return switch (reason.category()) {
            case BUYER_CHOICE -> kind == RequestKind.RETURN_REFUND || kind == RequestKind.EXCHANGE;
            case QUALITY -> true;
            // a lost parcel is not in anyone's hands to send back or repair
            case CARRIER -> reason != Reason.LOST || kind == RequestKind.REFUND_ONLY || kind == RequestKind.EXCHANGE;
            case DELAY -> kind == RequestKind.REFUND_ONLY;
        };
    }

    /** RETURN_REFUND for the buyer's reason: the 7-day no-reason return, in-stock goods only. */
    private static List<PolicyCheck> buyerReturn(PolicyRequest request, Instant now) {
        var line = request.line();
        var kindCheck = Checks.productKindForReturn(line.productKind(), request.settings());
        if (kindCheck.failed()) {
            return List.of(kindCheck);
        }
        var ask = request.request();
        return List.of(
                kindCheck,
                Checks.window(request.settings().noReasonWindow(), request.receivedAt(), now),
                Checks.resalable(request.resalable()),
                Checks.quantity(line, ask.quantity()),
                Checks.refundCap(line, ask.quantity(), ask.refundAmount()));
    }

    private static List<PolicyCheck> buyerExchange(PolicyRequest request, Instant now) {
        var line = request.line();
        var ask = request.request();
        var wanted = Objects.requireNonNull(ask.wanted(), "an exchange always names the wanted item");
        if (wanted.sku().equals(line.sku())) {
            throw new InvalidInputException("invalid-after-sales-input", "request.wanted.sku", Text.of(
                    "换货须换成其他尺码、颜色或款式", "An exchange must be for another size, colour or style"));
        }
        var settings = request.settings();
        var kind = line.productKind();
        var checks = new ArrayList<PolicyCheck>();
        checks.add(kind == ProductKind.PURCHASE_AGENT
                ? Checks.purchaseAgentExchange()
                : Checks.productKindForExchange(kind, settings));
        var styleCheck = Checks.styleChange(line, wanted);
        checks.add(styleCheck);
        if (styleCheck.failed()) {
            checks.add(Checks.styleChangeException(request.history().styleChangeExceptionGranted()));
        }
        if (kind == ProductKind.CUSTOM_MADE) {
            checks.add(Checks.window(settings.customMadeWindow(), request.receivedAt(), now));
            checks.add(Checks.firstExchange(request.history().earlierExchanges()));
        } else {
            // 代购 has no window of its own; no buyer's-choice request stays open past the no-reason window
            checks.add(Checks.window(settings.noReasonWindow(), request.receivedAt(), now));
        }
        checks.add(Checks.stock(wanted, ask.quantity()));
        checks.add(Checks.resalable(request.resalable()));
        checks.add(Checks.quantity(line, ask.quantity()));
        return checks;
    }

    /** Quality and carrier problems: the shop's responsibility, for every product kind. */
    private static List<PolicyCheck> shopResponsibility(PolicyRequest request, Instant now) {
        var line = request.line();
        var ask = request.request();
        var checks = new ArrayList<PolicyCheck>();
        checks.add(Checks.productKindNotLimiting(line.productKind(), ask.reason()));
        // nothing needs to come back from the buyer for a refund or a replacement of a parcel gone astray
        boolean claimableUnreceived = ask.reason().category() == Reason.Category.CARRIER
                && (ask.kind() == RequestKind.REFUND_ONLY || ask.kind() == RequestKind.EXCHANGE);
        checks.add(request.receivedAt() == null && claimableUnreceived
                ? Checks.carrierProblemBeforeReceipt(ask.reason())
                : Checks.window(request.settings().qualityWindow(), request.receivedAt(), now));
        var wanted = ask.wanted();
        if (wanted != null) {
            checks.add(Checks.stock(wanted, ask.quantity()));
        }
        checks.add(Checks.quantity(line, ask.quantity()));
        if (ask.kind().refundsMoney()) {
            checks.add(Checks.refundCap(line, ask.quantity(), ask.refundAmount()));
        }
        return checks;
    }

    private static List<PolicyCheck> lateShipmentRefund(PolicyRequest request, Instant now) {
        var line = request.line();
        var ask = request.request();
        return List.of(
                Checks.productKindNotLimiting(line.productKind(), ask.reason()),
                Checks.shippedLate(request.dispatch(), now),
                Checks.beforeReceipt(request.receivedAt(), now),
                Checks.quantity(line, ask.quantity()),
                Checks.refundCap(line, ask.quantity(), ask.refundAmount()));
    }

    /** Rejection wins over approval, approval over allowed; unknown (to be inspected) never decides. */
    private static Outcome outcomeOf(List<PolicyCheck> checks) {
        var failures = checks.stream().filter(PolicyCheck::failed).map(c -> c.rule().whenFailed()).toList();
        if (failures.contains(Outcome.REJECTED)) {
            return Outcome.REJECTED;
        }
        return failures.isEmpty() ? Outcome.ALLOWED : Outcome.NEEDS_APPROVAL;
    }

    private static ShippingPayer shippingPayer(AfterSalesRequest ask, Outcome outcome) {
        if (outcome == Outcome.REJECTED || !ask.kind().movesGoods()) {
            return ShippingPayer.NONE;
        }
        return ask.reason().category() == Reason.Category.BUYER_CHOICE ? ShippingPayer.BUYER : ShippingPayer.SHOP;
    }

    private static Money maxRefund(PolicyRequest request, Outcome outcome) {
        var ask = request.request();
        if (outcome == Outcome.REJECTED || !ask.kind().refundsMoney()) {
            return Money.ZERO;
        }
        return request.line().refundableFor(ask.quantity());
    }
}
