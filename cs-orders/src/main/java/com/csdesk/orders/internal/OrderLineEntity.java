package com.csdesk.orders.internal;

import com.csdesk.orders.OrderView;
import com.csdesk.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One line of an order, with the price and weight it was sold at. */
@Entity
@Table(schema = "orders", name = "order_line")
class OrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    @SequenceGenerator(name = "order_line_seq", schema = "orders", sequenceName = "order_line_seq", allocationSize = 50)
    private @Nullable Long id;

    private int lineNo;
    private String sku = "";
    private String productName = "";
    private String attributes = "";
    private String kind = "";
    private boolean specialPrice;
    private BigDecimal unitPrice = BigDecimal.ZERO;
    private BigDecimal unitWeightKg = BigDecimal.ZERO;
    private int quantity;
    private int shippedQuantity;
    private boolean cancelled;
    private @Nullable String cancelReason;

    protected OrderLineEntity() {
    }

    OrderLineEntity(int lineNo, String sku, String productName, String attributes, String kind, boolean specialPrice,
            BigDecimal unitPrice, BigDecimal unitWeightKg, int quantity) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.productName = productName;
        this.attributes = attributes;
        this.kind = kind;
        this.specialPrice = specialPrice;
        this.unitPrice = unitPrice;
        this.unitWeightKg = unitWeightKg;
        this.quantity = quantity;
    }

    OrderView.Line view() {
        return new OrderView.Line(lineNo, sku, productName, attributes, kind, specialPrice, Money.of(unitPrice), quantity,
                shippedQuantity, cancelled, cancelReason);
    }

    int remaining() {
        return cancelled ? 0 : quantity - shippedQuantity;
    }

    void shipped(int count) {
        shippedQuantity += count;
    }

    void cancel(String reason) {
        cancelled = true;
        cancelReason = reason;
    }

    void changeAttributes(String newAttributes) {
        attributes = newAttributes;
    }

    /** Moves {@code count} units to a new line with other attributes (an agent changed only some units). */
    OrderLineEntity split(int newLineNo, int count, String newAttributes) {
        quantity -= count;
        return new OrderLineEntity(newLineNo, sku, productName, newAttributes, kind, specialPrice, unitPrice,
                unitWeightKg, count);
    }

    long id() { return id == null ? 0 : id; }
    int lineNo() { return lineNo; }
    String sku() { return sku; }
    String productName() { return productName; }
    String attributes() { return attributes; }
    String kind() { return kind; }
    boolean specialPrice() { return specialPrice; }
    BigDecimal unitPrice() { return unitPrice; }
    BigDecimal unitWeightKg() { return unitWeightKg; }
    int quantity() { return quantity; }
    int shippedQuantity() { return shippedQuantity; }
    boolean cancelled() { return cancelled; }
}
