package com.csdesk.products.internal;

import com.csdesk.products.ProductKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The product aggregate (商品). Stock is moved only by set-based statements in {@link ProductService}. */
@Entity
@Table(schema = "catalog", name = "product")
class ProductEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String sku = "";

    private String name = "";
    private String style = "";

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> attributes = new LinkedHashMap<>();

    private BigDecimal listPrice = BigDecimal.ZERO;
    private BigDecimal weightKg = BigDecimal.ZERO;
    private int stock;

    @Column(insertable = false, updatable = false)
    private int reserved;

    private boolean specialPrice;

    @Enumerated(EnumType.STRING)
    private ProductKind kind = ProductKind.IN_STOCK;

    private @Nullable Integer leadTimeDays;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected ProductEntity() {
    }

    ProductEntity(String sku) {
        this.sku = sku;
    }

    void describe(String name, String style, Map<String, String> attributes, BigDecimal listPrice,
            BigDecimal weightKg, int stock, boolean specialPrice, ProductKind kind, @Nullable Integer leadTimeDays,
            Instant now) {
        this.name = name;
        this.style = style;
        this.attributes = new LinkedHashMap<>(attributes);
        this.listPrice = listPrice;
        this.weightKg = weightKg;
        this.stock = stock;
        this.specialPrice = specialPrice;
        this.kind = kind;
        this.leadTimeDays = leadTimeDays;
        this.updatedAt = now;
    }

    long id() { return id == null ? 0 : id; }
    String sku() { return sku; }
    String name() { return name; }
    String style() { return style; }
    Map<String, String> attributes() { return attributes; }
    BigDecimal listPrice() { return listPrice; }
    BigDecimal weightKg() { return weightKg; }
    int stock() { return stock; }
    int reserved() { return reserved; }
    boolean specialPrice() { return specialPrice; }
    ProductKind kind() { return kind; }
    @Nullable Integer leadTimeDays() { return leadTimeDays; }
    Instant updatedAt() { return updatedAt; }
}
