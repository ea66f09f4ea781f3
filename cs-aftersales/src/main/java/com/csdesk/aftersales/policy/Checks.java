package com.csdesk.aftersales.policy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Each check of the policy with the sentence the desk shows for it; the flow lives in {@link AfterSalesPolicy}. */
final class Checks {

    private Checks() {
    }

    static PolicyCheck complaintAccepted(Reason reason) {
        return check(PolicyRule.REQUEST_FITS_REASON, true,
                "投诉(" + reason.label().zh() + ")一律受理并跟进",
                "complaint (" + reason.label().en() + ") is always accepted and followed up");
    }

    static PolicyCheck requestDoesNotFit(RequestKind kind, Reason reason) {
        Text why;
        if (kind == RequestKind.REPAIR) {
            why = Text.of("维修仅限质量问题或运输破损", "repair is for quality problems and transit damage only");
        } else if (reason.category() == Reason.Category.DELAY) {
            why = Text.of("延迟发货只能在签收前申请仅退款,或投诉", "a late shipment allows a refund before receipt, or a complaint");
        } else if (reason.category() == Reason.Category.BUYER_CHOICE) {
            why = Text.of("买家原因须退货后退款", "for a buyer's reason the goods must come back first (return & refund)");
        } else { // what is left: return & refund of a lost parcel
            why = Text.of("丢件无货可退,请申请仅退款或补发(换货)", "a lost parcel cannot be sent back: ask for refund only or a replacement");
        }
        return check(PolicyRule.REQUEST_FITS_REASON, false,
                kind.label().zh() + "不适用于「" + reason.label().zh() + "」:" + why.zh(),
                kind.label().en() + " does not apply to “" + reason.label().en() + "”: " + why.en());
    }

    static PolicyCheck productKindForReturn(ProductKind kind, PolicySettings settings) {
        return switch (kind) {
            case IN_STOCK -> check(PolicyRule.PRODUCT_KIND, true,
                    "现货商品:签收 " + settings.noReasonDays() + " 天内可无理由退货,买家承担退货运费",
                    "in-stock goods: no-reason return within " + settings.noReasonDays()
                            + " days of receipt, the buyer pays return shipping");
            case PURCHASE_AGENT -> check(PolicyRule.PRODUCT_KIND, false,
                    "代购商品:非质量问题不退不换", "purchase-agent goods: no return unless there is a quality problem");
            case CUSTOM_MADE -> check(PolicyRule.PRODUCT_KIND, false,
                    "定制商品:非质量问题不退款", "custom-made goods: no refund unless there is a quality problem");
        };
    }

    /** For in-stock and custom-made goods; purchase-agent goods get {@link #purchaseAgentExchange()}. */
    static PolicyCheck productKindForExchange(ProductKind kind, PolicySettings settings) {
        return kind == ProductKind.CUSTOM_MADE
                ? check(PolicyRule.PRODUCT_KIND, true,
                        "定制商品:签收 " + settings.customMadeExchangeHours() + " 小时内可换一次同款尺码/颜色,买家承担运费",
                        "custom-made goods: one size/colour exchange of the same style within "
                                + settings.customMadeExchangeHours() + " hours of receipt, the buyer pays shipping")
                : check(PolicyRule.PRODUCT_KIND, true,
                        "现货商品:签收 " + settings.noReasonDays() + " 天内可换货,买家承担运费",
                        "in-stock goods: exchange within " + settings.noReasonDays()
                                + " days of receipt, the buyer pays shipping");
    }

    static PolicyCheck purchaseAgentExchange() {
        return check(PolicyRule.PURCHASE_AGENT_EXCHANGE, false,
                "代购商品:非质量问题不退不换,有货换货须主管审批",
                "purchase-agent goods: no exchange unless there is a quality problem; a supervisor may approve one from stock");
    }

    /** Quality, carrier and delay reasons are the shop's responsibility whatever the product kind. */
    static PolicyCheck productKindNotLimiting(ProductKind kind, Reason reason) {
        var category = reason.category().label();
        return check(PolicyRule.PRODUCT_KIND, true,
                "「" + reason.label().zh() + "」属" + category.zh() + ",不受商品类型限制(本件:" + kind.zh() + ")",
                "“" + reason.label().en() + "” is a " + category.en() + ": not limited by product kind (this item: "
                        + kind.en().toLowerCase(Locale.ROOT) + ")");
    }

    static PolicyCheck styleChange(PurchasedLine line, WantedItem wanted) {
        String from = line.styleCode();
        String to = wanted.styleCode();
        if (from.equals(to)) {
            return check(PolicyRule.STYLE_CHANGE, true, "同款 " + from + " 换尺码/颜色", "same style " + from + " (size/colour)");
        }
        if (line.productKind() == ProductKind.IN_STOCK) {
            return check(PolicyRule.STYLE_CHANGE, true,
                    "现货商品换款 " + from + " → " + to + ":视同无理由退货后重新购买",
                    "in-stock style change " + from + " → " + to + ": as a no-reason return and a new purchase");
        }
        return check(PolicyRule.STYLE_CHANGE, false,
                line.productKind().zh() + "商品换款 " + from + " → " + to + " 不在规则内,须主管审批",
                "style change " + from + " → " + to + " of " + line.productKind().en().toLowerCase(Locale.ROOT)
                        + " goods is outside the rules: a supervisor must approve");
    }

    static PolicyCheck styleChangeException(boolean alreadyGranted) {
        return alreadyGranted
                ? check(PolicyRule.STYLE_CHANGE_EXCEPTION, false,
                        "该会员已获批过一次换款特例(下不为例)",
                        "this member already had a style-change exception (下不为例: not again)")
                : check(PolicyRule.STYLE_CHANGE_EXCEPTION, true,
                        "该会员尚未获批过换款特例", "this member has had no style-change exception yet");
    }

    /** Within the window from receipt; goods not yet received are outside every window. */
    static PolicyCheck window(Window window, @Nullable Instant receivedAt, Instant now) {
        if (receivedAt == null) {
            var name = window.name();
            return check(window.rule(), false,
                    "未签收:" + name.zh() + "自签收起算", "not received yet: the " + name.en() + " starts at receipt");
        }
        Duration elapsed = Duration.between(receivedAt, now);
        boolean within = window.contains(elapsed);
        var ago = window.describe(elapsed);
        var limit = window.describe(window.length());
        String sign = within ? " ≤ " : " > ";
        return check(window.rule(), within,
                "签收 " + ago.zh() + sign + limit.zh(),
                "received " + ago.en() + " ago" + sign + limit.en());
    }

    /** Carrier problems may be claimed before the goods arrive (they may never arrive). */
    static PolicyCheck carrierProblemBeforeReceipt(Reason reason) {
        return check(PolicyRule.QUALITY_WINDOW, true,
                "未签收:「" + reason.label().zh() + "」可在签收前处理",
                "not received yet: “" + reason.label().en() + "” can be handled before receipt");
    }

    static PolicyCheck shippedLate(Dispatch dispatch, Instant now) {
        if (dispatch.flaggedLate()) {
            return check(PolicyRule.SHIPPED_LATE, true, "订单已标记延迟发货", "the order is flagged as shipped late");
        }
        Instant paidAt = dispatch.paidAt();
        if (paidAt == null) {
            return check(PolicyRule.SHIPPED_LATE, false, "订单未付款,无所谓延迟发货", "the order is not paid: nothing ships late");
        }
        Duration limit = dispatch.promise();
        if (limit == null) {
            return check(PolicyRule.SHIPPED_LATE, false, "该商品无固定发货时限,订单未标记延迟发货",
                    "these goods have no fixed shipping promise and the order is not flagged late");
        }
        var promise = Window.describe(limit, false);
        boolean late = dispatch.isLate(now);
        String sign = late ? " > " : " ≤ ";
        Instant shippedAt = dispatch.shippedAt();
        if (shippedAt != null) {
            var took = Window.describe(Duration.between(paidAt, shippedAt), false);
            return check(PolicyRule.SHIPPED_LATE, late,
                    "付款后 " + took.zh() + " 发货" + sign + "发货时限 " + promise.zh(),
                    "shipped " + took.en() + " after payment" + sign + "the " + promise.en() + " promise");
        }
        var waited = Window.describe(Duration.between(paidAt, now).isNegative() ? Duration.ZERO
                : Duration.between(paidAt, now), false);
        return check(PolicyRule.SHIPPED_LATE, late,
                "付款 " + waited.zh() + " 未发货" + sign + "发货时限 " + promise.zh(),
                "paid " + waited.en() + " ago, not shipped" + sign + "the " + promise.en() + " promise");
    }

    static PolicyCheck beforeReceipt(@Nullable Instant receivedAt, Instant now) {
        if (receivedAt == null) {
            return check(PolicyRule.BEFORE_RECEIPT, true,
                    "未签收:延迟发货可仅退款", "not received yet: a late shipment may be refunded");
        }
        var ago = Window.describe(Duration.between(receivedAt, now), true);
        return check(PolicyRule.BEFORE_RECEIPT, false,
                "已签收 " + ago.zh() + ":延迟发货只能在签收前退款",
                "received " + ago.en() + " ago: a late shipment is refunded only before receipt");
    }

    static PolicyCheck firstExchange(int earlierExchanges) {
        return earlierExchanges == 0
                ? check(PolicyRule.FIRST_EXCHANGE, true, "首次换货", "first exchange")
                : check(PolicyRule.FIRST_EXCHANGE, false,
                        "已换货 " + earlierExchanges + " 次,定制商品只能换一次",
                        "already exchanged " + earlierExchanges + " time(s); custom-made goods are exchanged once");
    }

    static PolicyCheck stock(WantedItem wanted, int quantity) {
        boolean enough = wanted.stockAvailable() >= quantity;
        return enough
                ? check(PolicyRule.STOCK, true,
                        wanted.sku() + " 有货:库存 " + wanted.stockAvailable() + " ≥ " + quantity + " 件",
                        wanted.sku() + " in stock: " + wanted.stockAvailable() + " ≥ " + quantity)
                : check(PolicyRule.STOCK, false,
                        wanted.sku() + " 缺货:库存 " + wanted.stockAvailable() + " < " + quantity + " 件",
                        wanted.sku() + " out of stock: " + wanted.stockAvailable() + " < " + quantity);
    }

    static PolicyCheck resalable(@Nullable Boolean resalable) {
        if (resalable == null) {
            return new PolicyCheck(PolicyRule.RESALABLE, null,
                    Text.of("是否影响二次销售:待验货", "resalable: to be inspected"));
        }
        return resalable
                ? check(PolicyRule.RESALABLE, true, "不影响二次销售", "resalable")
                : check(PolicyRule.RESALABLE, false, "影响二次销售", "not resalable");
    }

    static PolicyCheck quantity(PurchasedLine line, int quantity) {
        boolean within = quantity <= line.quantityLeft();
        String sign = within ? " ≤ " : " > ";
        return check(PolicyRule.QUANTITY, within,
                "申请 " + quantity + " 件" + sign + "可申请 " + line.quantityLeft() + " 件(购买 "
                        + line.quantityBought() + ",已退 " + line.quantityReturned() + ")",
                quantity + " requested" + sign + line.quantityLeft() + " left (bought "
                        + line.quantityBought() + ", returned " + line.quantityReturned() + ")");
    }

    static PolicyCheck refundCap(PurchasedLine line, int quantity, @Nullable Money requested) {
        Money cap = line.refundableFor(quantity);
        String paid = "(实付 ¥" + line.amountPaid() + ",已退 ¥" + line.amountRefunded() + ")";
        String paidEn = " (paid ¥" + line.amountPaid() + ", refunded ¥" + line.amountRefunded() + ")";
        if (requested == null) {
            return cap.isPositive()
                    ? check(PolicyRule.REFUND_CAP, true, "最多可退 ¥" + cap + paid, "up to ¥" + cap + " refundable" + paidEn)
                    : check(PolicyRule.REFUND_CAP, false, "已无可退金额" + paid, "nothing left to refund" + paidEn);
        }
        boolean within = !requested.isGreaterThan(cap);
        String sign = within ? " ≤ " : " > ";
        return check(PolicyRule.REFUND_CAP, within,
                "申请退款 ¥" + requested + sign + "可退 ¥" + cap + paid,
                "refund of ¥" + requested + " requested" + sign + "¥" + cap + " refundable" + paidEn);
    }

    private static PolicyCheck check(PolicyRule rule, boolean passed, String zh, String en) {
        String mark = passed ? " ✓" : " ✗";
        return new PolicyCheck(rule, passed, Text.of(zh + mark, en + mark));
    }
}
