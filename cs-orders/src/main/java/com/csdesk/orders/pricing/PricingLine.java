package com.csdesk.orders.pricing;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Text;
import java.math.BigDecimal;

/**
 * One line of an order or quote (订单商品) as pricing sees it: list price and weight per unit, whether
 * it is a special-price good (特价商品, never discounted) and whether it is in stock (现货).
 */
public record PricingLine(String sku, String name, int quantity, Money unitListPrice, BigDecimal unitWeightKg,
        boolean specialPrice, boolean inStock) {

    public PricingLine {
        if (sku.isBlank()) {
            throw new InvalidInputException("missing-sku", "sku",
                    Text.of("商品行缺少SKU", "An order line has no SKU"));
        }
        if (quantity < 1) {
            throw new InvalidInputException("invalid-quantity", "quantity",
                    Text.of("商品 " + sku + " 的数量至少为 1,收到 " + quantity,
                            "Quantity of " + sku + " must be at least 1, got " + quantity));
        }
        if (unitListPrice.isNegative()) {
            throw new InvalidInputException("invalid-price", "unitListPrice",
                    Text.of("商品 " + sku + " 的价格不能为负数:" + unitListPrice,
                            "Price of " + sku + " cannot be negative: " + unitListPrice));
        }
        if (unitWeightKg.signum() < 0) {
            throw new InvalidInputException("invalid-weight", "unitWeightKg",
                    Text.of("商品 " + sku + " 的重量不能为负数:" + unitWeightKg.toPlainString(),
                            "Weight of " + sku + " cannot be negative: " + unitWeightKg.toPlainString()));
        }
    }

    /** List price × quantity, before any discount. */
    public Money amount() {
        return unitListPrice.times(quantity);
    }

    /** Unit weight × quantity, in kilograms, not rounded. */
    public BigDecimal weightKg() {
        return unitWeightKg.multiply(BigDecimal.valueOf(quantity));
    }
}
