package com.csdesk.aftersales.policy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The order line (订单商品行) an after-sales request is about, as the orders module knows it.
 *
 * @param sku              the SKU bought
 * @param productKind      现货, 代购 or 定制: decides the buyer's-choice rules
 * @param styleCode        the product's style (款号); an exchange to another style is a style change
 * @param quantityBought   units bought on the line
 * @param amountPaid       what the buyer paid for the line: the refund cap
 * @param quantityReturned units already returned or refunded by earlier tickets
 * @param amountRefunded   money already refunded on the line by earlier tickets
 */
public record PurchasedLine(
        String sku,
        ProductKind productKind,
        String styleCode,
        int quantityBought,
        Money amountPaid,
        int quantityReturned,
        Money amountRefunded) {

    public PurchasedLine {
        Inputs.requireText(sku, "line.sku");
        Inputs.requireText(styleCode, "line.styleCode");
        Inputs.require(quantityBought >= 1, "line.quantityBought",
                "购买数量至少为 1", "At least one unit must have been bought");
        Inputs.require(quantityReturned >= 0 && quantityReturned <= quantityBought, "line.quantityReturned",
                "已退数量须在 0 到购买数量之间", "Units returned must be between 0 and the units bought");
        Inputs.require(!amountPaid.isNegative(), "line.amountPaid",
                "实付金额不能为负", "The amount paid cannot be negative");
        Inputs.require(!amountRefunded.isNegative() && !amountRefunded.isGreaterThan(amountPaid), "line.amountRefunded",
                "已退金额须在 0 到实付金额之间", "The amount refunded must be between 0 and the amount paid");
    }

    /** A line with nothing returned or refunded yet. */
    public static PurchasedLine of(String sku, ProductKind productKind, String styleCode, int quantityBought, Money amountPaid) {
        return new PurchasedLine(sku, productKind, styleCode, quantityBought, amountPaid, 0, Money.ZERO);
    }

    /** Units that may still be the subject of a request. */
    public int quantityLeft() {
        return quantityBought - quantityReturned;
    }

    /** Money paid and not yet refunded. */
    public Money amountLeft() {
        return amountPaid.minus(amountRefunded);
    }

    /**
     * The most a refund for {@code quantity} units may be: their share of the amount paid (half-up to
     * the fen), never more than is left. The last units take everything left, so rounding never
     * strands a fen.
     */
    public Money refundableFor(int quantity) {
        if (quantity >= quantityLeft()) {
            return amountLeft();
        }
        var share = amountPaid.amount().multiply(BigDecimal.valueOf(quantity))
                .divide(BigDecimal.valueOf(quantityBought), 2, RoundingMode.HALF_UP);
        return Money.of(share).min(amountLeft());
    }
}
