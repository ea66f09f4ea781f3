package com.csdesk.orders.pricing;

import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Shipping fee (运费) and free shipping (包邮): splits the order into shipments, charges each from the
 * rate table and decides which free-shipping rule lowers the first one.
 */
final class ShippingPolicy {

    private static final Money REGION_A_FREE_FROM = Money.of(500);
    private static final Money REGION_B_FREE_FROM = Money.of(1_000);
    private static final Money REMOTE_DISCOUNT_FROM = Money.of(1_000);
    private static final Money REMOTE_DISCOUNT = Money.of(10);

    /** The shipping quote, and the earlier orders that ship together with this one. */
    record Outcome(ShippingQuote quote, List<ShipTogether> shipTogether) {
    }

    private ShippingPolicy() {
    }

    /**
     * Prices the shipping of a request.
     *
     * @param goodsTotal the order's goods at list price, which the thresholds look at
     * @param goodsPayable the goods after member discount, which caps the shipping deduction
     */
    static Outcome quote(PricingRequest request, RateTable rates, Money goodsTotal, Money goodsPayable) {
        Region region = request.province().region();
        Carrier carrier = request.carrierOrDefault();
        RateTable.Entry rate = CarrierRules.rateFor(carrier, region, rates);
        FreeShippingRule rule = decide(request, rates, region, carrier, goodsTotal);

        List<Shipment> shipments = new ArrayList<>();
        for (List<PricingLine> parcel : parcels(request)) {
            int weightKg = chargeableKg(parcel);
            Money baseFee = rate.feeFor(weightKg);
            // Free shipping covers one shipment: only the first gets the rule.
            Money fee = shipments.isEmpty() ? feeAfter(rule, baseFee) : baseFee;
            shipments.add(new Shipment(parcel.stream().map(PricingLine::sku).toList(), weightKg, baseFee, fee));
        }
        Money baseFee = shipments.stream().map(Shipment::baseFee).reduce(Money.ZERO, Money::plus);
        Money fee = shipments.stream().map(Shipment::fee).reduce(Money.ZERO, Money::plus);
        List<ShipTogether> together = rule == FreeShippingRule.FREE_ACCUMULATED
                ? shipTogether(request.accumulation(), goodsPayable.plus(fee))
                : List.of();

        Facts facts = new Facts(request, region, carrier, goodsTotal, shipments.getFirst(), together);
        Text explanation = join(explain(rule, facts), splitNote(rule, shipments));
        return new Outcome(new ShippingQuote(carrier, region, request.overseasForwarding(), shipments, baseFee, fee,
                rule, explanation), together);
    }

    /**
     * Exclusions first (region, forwarding, carrier choice). Accumulation goes before lifetime free
     * shipping because it also deducts the shipping paid earlier; the remote 10 off goes last because
     * lifetime waives the whole fee.
     */
    private static FreeShippingRule decide(PricingRequest request, RateTable rates, Region region, Carrier carrier,
            Money goodsTotal) {
        if (!region.isMainland()) {
            return FreeShippingRule.NO_FREE_SHIPPING_REGION;
        }
        if (request.overseasForwarding()) {
            return FreeShippingRule.OVERSEAS_FORWARDING;
        }
        // Insisting on another carrier only counts where the default one would have gone.
        if (carrier != Carrier.DEFAULT && rates.find(Carrier.DEFAULT, region).isPresent()) {
            return FreeShippingRule.NON_DEFAULT_CARRIER;
        }
        Money freeFrom = freeFrom(region);
        if (freeFrom != null) {
            if (goodsTotal.isAtLeast(freeFrom)) {
                return FreeShippingRule.FREE_SINGLE_ORDER;
            }
            if (goodsTotal.plus(accumulatedGoods(request)).isAtLeast(freeFrom)) {
                return FreeShippingRule.FREE_ACCUMULATED;
            }
        }
        if (request.lifetimeFreeShippingAtAddress()) {
            return FreeShippingRule.LIFETIME;
        }
        if (region == Region.REMOTE && goodsTotal.isAtLeast(REMOTE_DISCOUNT_FROM)) {
            return FreeShippingRule.REMOTE_DISCOUNT;
        }
        return FreeShippingRule.BELOW_THRESHOLD;
    }

    /** The free-shipping threshold of a region; remote regions have none, only the 10 off. */
    private static @Nullable Money freeFrom(Region region) {
        return switch (region) {
            case A -> REGION_A_FREE_FROM;
            case B -> REGION_B_FREE_FROM;
            case REMOTE, HK_MO_TW, OVERSEAS -> null;
        };
    }

    private static Money feeAfter(FreeShippingRule rule, Money baseFee) {
        return switch (rule) {
            case FREE_SINGLE_ORDER, FREE_ACCUMULATED, LIFETIME -> Money.ZERO;
            case REMOTE_DISCOUNT -> baseFee.minus(REMOTE_DISCOUNT).max(Money.ZERO);
            case NON_DEFAULT_CARRIER, NO_FREE_SHIPPING_REGION, OVERSEAS_FORWARDING, BELOW_THRESHOLD -> baseFee;
        };
    }

    /** In-stock goods first (现货先发) makes two shipments only when the order has both kinds of lines. */
    private static List<List<PricingLine>> parcels(PricingRequest request) {
        List<PricingLine> inStock = request.lines().stream().filter(PricingLine::inStock).toList();
        List<PricingLine> later = request.lines().stream().filter(line -> !line.inStock()).toList();
        if (!request.inStockFirst() || inStock.isEmpty() || later.isEmpty()) {
            return List.of(request.lines());
        }
        if (request.overseasForwarding()) {
            throw new RuleViolationException("split-shipment-not-allowed", Text.of(
                    "海外转运订单须一次发货,不能现货先发",
                    "An overseas-forwarding order ships in one go: in-stock goods cannot ship first"));
        }
        return List.of(inStock, later);
    }

    /** Weight is charged in whole kilograms, rounded up, at least one. */
    private static int chargeableKg(List<PricingLine> lines) {
        BigDecimal kg = lines.stream().map(PricingLine::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Math.max(1, kg.setScale(0, RoundingMode.CEILING).intValueExact());
    }

    private static Money accumulatedGoods(PricingRequest request) {
        return request.accumulation().stream().map(AccumulationCandidate::goodsTotal).reduce(Money.ZERO, Money::plus);
    }

    /** Deducts the shipping paid on the earlier orders, in their order, never beyond {@code cap}. */
    private static List<ShipTogether> shipTogether(List<AccumulationCandidate> candidates, Money cap) {
        List<ShipTogether> together = new ArrayList<>();
        Money left = cap;
        for (AccumulationCandidate candidate : candidates) {
            Money deducted = candidate.shippingPaid().min(left);
            left = left.minus(deducted);
            together.add(new ShipTogether(candidate.orderNo(), deducted));
        }
        return together;
    }

    private record Facts(PricingRequest request, Region region, Carrier carrier, Money goodsTotal, Shipment first,
            List<ShipTogether> together) {
    }

    private static Text explain(FreeShippingRule rule, Facts facts) {
        Region region = facts.region();
        Carrier carrier = facts.carrier();
        Money goods = facts.goodsTotal();
        Money base = facts.first().baseFee();
        return switch (rule) {
            case NO_FREE_SHIPPING_REGION -> Text.of(
                    region.zh() + "不包邮:" + carrier.zh() + "运费 " + base,
                    "No free shipping to " + region.en() + ": " + carrier.en() + " fee " + base);
            case OVERSEAS_FORWARDING -> Text.of(
                    "海外转运:按转运公司大陆地址(" + facts.request().province().shortName() + ")收" + carrier.zh()
                            + "运费 " + base + ",不包邮,一次发货",
                    "Overseas forwarding: " + carrier.en() + " fee " + base + " to the forwarder's mainland address ("
                            + facts.request().province().englishName() + "), no free shipping, ships in one go");
            case NON_DEFAULT_CARRIER -> Text.of(
                    "买家指定" + carrier.zh() + "(默认快递为" + Carrier.DEFAULT.zh() + "):按" + carrier.zh() + "全额收运费 "
                            + base + ",不享受包邮",
                    "Buyer chose " + carrier.en() + " instead of the default " + Carrier.DEFAULT.en() + ": full "
                            + carrier.en() + " fee " + base + ", free shipping does not apply");
            case FREE_SINGLE_ORDER -> Text.of(
                    region.zh() + "满" + whole(threshold(region)) + "包邮:本单商品 " + goods,
                    "Free shipping to " + region.en() + " from " + threshold(region) + ": this order's goods " + goods);
            case FREE_ACCUMULATED -> explainAccumulated(facts);
            case LIFETIME -> Text.of(
                    "终身包邮(已绑定此收货地址):免" + carrier.zh() + "运费 " + base,
                    "Lifetime free shipping bound to this address: " + carrier.en() + " fee " + base + " waived");
            case REMOTE_DISCOUNT -> explainRemoteDiscount(facts);
            case BELOW_THRESHOLD -> region == Region.REMOTE ? explainRemoteShortfall(facts) : explainShortfall(facts);
        };
    }

    private static Text explainAccumulated(Facts facts) {
        Region region = facts.region();
        Money freeFrom = threshold(region);
        Money earlier = accumulatedGoods(facts.request());
        String orderNos = String.join(", ", facts.together().stream().map(ShipTogether::orderNo).toList());
        Money paid = facts.request().accumulation().stream().map(AccumulationCandidate::shippingPaid)
                .reduce(Money.ZERO, Money::plus);
        Money deducted = facts.together().stream().map(ShipTogether::shippingDeducted).reduce(Money.ZERO, Money::plus);
        String deductionZh;
        String deductionEn;
        if (paid.isZero()) {
            deductionZh = "这些订单没有已付运费可抵扣";
            deductionEn = "no shipping was paid on them";
        } else if (deducted.equals(paid)) {
            deductionZh = "抵扣其已付运费 " + deducted;
            deductionEn = "shipping paid on them " + deducted + " deducted";
        } else {
            deductionZh = "抵扣其已付运费 " + deducted + "(已付 " + paid + ",应付金额不能为负)";
            deductionEn = "shipping paid on them " + deducted + " deducted (of " + paid
                    + " paid; the payable cannot go below zero)";
        }
        Money total = facts.goodsTotal().plus(earlier);
        return Text.of(
                region.zh() + "3天内累计满" + whole(freeFrom) + "包邮:本单商品 " + facts.goodsTotal() + " + 订单 " + orderNos
                        + " 商品 " + earlier + " = " + total + ";" + deductionZh + ",合并发货",
                "Free shipping to " + region.en() + " from " + freeFrom + " accumulated over 3 days: this order's goods "
                        + facts.goodsTotal() + " + orders " + orderNos + " goods " + earlier + " = " + total + "; "
                        + deductionEn + ", shipped together");
    }

    private static Text explainShortfall(Facts facts) {
        Region region = facts.region();
        Money freeFrom = threshold(region);
        boolean accumulated = !facts.request().accumulation().isEmpty();
        Money total = facts.goodsTotal().plus(accumulatedGoods(facts.request()));
        Money base = facts.first().baseFee();
        return Text.of(
                region.zh() + "满" + whole(freeFrom) + "包邮,本单商品 " + facts.goodsTotal()
                        + (accumulated ? "(3天内累计 " + total + ")" : "") + " 未达到:" + facts.carrier().zh()
                        + "运费 " + base,
                "Free shipping to " + region.en() + " from " + freeFrom + "; this order's goods " + facts.goodsTotal()
                        + (accumulated ? " (3-day accumulation " + total + ")" : "") + " fall short: "
                        + facts.carrier().en() + " fee " + base);
    }

    private static Text explainRemoteDiscount(Facts facts) {
        Money base = facts.first().baseFee();
        Money fee = facts.first().fee();
        boolean floored = base.isLessThan(REMOTE_DISCOUNT);
        return Text.of(
                Region.REMOTE.zh() + "满" + whole(REMOTE_DISCOUNT_FROM) + "运费减" + whole(REMOTE_DISCOUNT) + ":本单商品 "
                        + facts.goodsTotal() + ",运费 " + base + " 减 " + REMOTE_DISCOUNT + " 为 " + fee
                        + (floored ? "(不低于零)" : ""),
                "Remote regions take " + REMOTE_DISCOUNT + " off shipping from " + REMOTE_DISCOUNT_FROM
                        + ": this order's goods " + facts.goodsTotal() + ", fee " + base + " less " + REMOTE_DISCOUNT
                        + " is " + fee + (floored ? " (never below zero)" : ""));
    }

    private static Text explainRemoteShortfall(Facts facts) {
        boolean accumulated = !facts.request().accumulation().isEmpty();
        Money base = facts.first().baseFee();
        return Text.of(
                Region.REMOTE.zh() + "满" + whole(REMOTE_DISCOUNT_FROM) + "运费减" + whole(REMOTE_DISCOUNT) + ",本单商品 "
                        + facts.goodsTotal() + " 未达到" + (accumulated ? "(偏远地区不参与3天内累计)" : "") + ":"
                        + facts.carrier().zh() + "运费 " + base,
                "Remote regions take " + REMOTE_DISCOUNT + " off shipping from " + REMOTE_DISCOUNT_FROM
                        + "; this order's goods " + facts.goodsTotal() + " fall short"
                        + (accumulated ? " (no 3-day accumulation in remote regions)" : "") + ": "
                        + facts.carrier().en() + " fee " + base);
    }

    /** Says how the extra shipments of in-stock-first are charged; empty for a single shipment. */
    private static @Nullable Text splitNote(FreeShippingRule rule, List<Shipment> shipments) {
        if (shipments.size() == 1) {
            return null;
        }
        StringBuilder zh = new StringBuilder(";现货先发,分 " + shipments.size() + " 个包裹发货:");
        StringBuilder en = new StringBuilder("; in stock first, " + shipments.size() + " shipments: ");
        if (rule.lowersFee()) {
            zh.append("优惠只含首个(现货)包裹,");
            en.append("the rule covers only the first (in-stock) shipment, ");
        }
        for (int i = 1; i < shipments.size(); i++) {
            Shipment extra = shipments.get(i);
            zh.append(i > 1 ? "," : "").append("第 ").append(i + 1).append(" 个包裹 ").append(extra.weightKg())
                    .append(" kg 按正常运费 ").append(extra.fee());
            en.append(i > 1 ? ", " : "").append("shipment ").append(i + 1).append(" (").append(extra.weightKg())
                    .append(" kg) at the normal fee ").append(extra.fee());
        }
        return Text.of(zh.toString(), en.toString());
    }

    private static Text join(Text rule, @Nullable Text split) {
        return split == null ? rule : Text.of(rule.zh() + split.zh(), rule.en() + split.en());
    }

    /** Only called for a rule that regions A and B alone can reach. */
    private static Money threshold(Region region) {
        return Objects.requireNonNull(freeFrom(region), "free-shipping threshold");
    }

    /** Thresholds read as whole yuan in Chinese (满500包邮). */
    private static String whole(Money amount) {
        return amount.amount().stripTrailingZeros().toPlainString();
    }
}
