package com.csdesk.products.internal;

import com.csdesk.audit.AuditTrail;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.products.ProductView;
import com.csdesk.products.StockLine;
import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.NotFoundException;
import com.csdesk.shared.RuleViolationException;
import com.csdesk.shared.SearchPage;
import com.csdesk.shared.Text;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Service
@Transactional
class ProductService implements ProductManagement {

    /** How stale a quoted price may be on another instance after a product changes. */
    private static final Duration CACHE_TIME = Duration.ofSeconds(5);
    /** See {@link ProductData#MAX_LIST_PRICE}. */
    private static final Money MAX_LIST_PRICE = Money.of(ProductData.MAX_LIST_PRICE);

    private static final String SELECT = """
            select id, sku, name, style, attributes::text, list_price, weight_kg, stock, reserved, special_price,
                   kind, lead_time_days, updated_at
            from catalog.product""";

    private final ProductRepository products;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Cache<String, ProductView> cache = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(CACHE_TIME).build();

    ProductService(ProductRepository products, JdbcClient jdbc, AuditTrail audit, ObjectMapper json, Clock clock) {
        this.products = products;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Saved save(String sku, ProductData d) {
        String code = sku.strip();
        if (d.listPrice().isGreaterThan(MAX_LIST_PRICE)) {
            throw new InvalidInputException("list-price-too-high", "listPrice", Text.of(
                    "标价最高 " + MAX_LIST_PRICE.amount() + " 元,否则订单金额无法记账",
                    "A list price is at most " + MAX_LIST_PRICE.amount() + ", so that every order of it can be booked"));
        }
        Optional<ProductEntity> existing = products.findForUpdateBySku(code);
        if (existing.isPresent() && d.stock() < existing.get().reserved()) {
            int reserved = existing.get().reserved();
            throw new RuleViolationException("stock-below-reserved", Text.of(
                    "库存不能少于已预留的数量:" + code + " 已预留 " + reserved + " 件(未发货的订单和换货),不能把库存改为 "
                            + d.stock() + " 件",
                    "Stock cannot go below what is reserved: " + code + " has " + reserved
                            + " reserved for unshipped orders and exchanges, so a stock of " + d.stock()
                            + " is refused"));
        }
        ProductView before = existing.map(p -> get(code)).orElse(null);
        ProductEntity product = existing.orElseGet(() -> new ProductEntity(code));
        product.describe(d.name().strip(), d.style() == null || d.style().isBlank() ? code : d.style().strip(),
                d.attributes(), d.listPrice().amount(), d.weightKg(), d.stock(), d.specialPrice(), d.kind(),
                d.leadTimeDays(), clock.instant());
        products.saveAndFlush(product);
        cache.invalidate(code);
        ProductView after = get(code);
        audit.record(existing.isPresent() ? "product.updated" : "product.created", "product", code, before, after);
        return new Saved(after, existing.isEmpty());
    }

    @Override
    @Transactional(readOnly = true)
    public ProductView get(String sku) {
        return find(sku).orElseThrow(() -> new NotFoundException("Product", "商品", sku));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProductView> find(String sku) {
        return jdbc.sql(SELECT + " where sku = ?").param(sku.strip()).query(this::row).optional();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<String, ProductView> findCached(Collection<String> skus) {
        Map<String, ProductView> found = new HashMap<>(cache.getAllPresent(skus));
        List<String> missing = skus.stream().filter(s -> !found.containsKey(s)).distinct().toList();
        if (!missing.isEmpty()) {
            for (ProductView p : jdbc.sql(SELECT + " where sku = any(?)").param(missing.toArray(String[]::new))
                    .query(this::row).list()) {
                cache.put(p.sku(), p);
                found.put(p.sku(), p);
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, ProductView> findForOrder(Collection<String> skus) {
        String[] wanted = skus.stream().distinct().toArray(String[]::new);
        return jdbc.sql(SELECT + " where sku = any(?)").param(wanted)
                .query(this::row).list().stream()
                .collect(Collectors.toMap(ProductView::sku, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    @Transactional(readOnly = true)
    public SearchPage<ProductView> search(String q, int page, int size) {
        String pattern = "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var rows = jdbc.sql(SELECT + " where sku ilike :p or name ilike :p order by name, sku limit :limit offset :offset")
                .param("p", pattern).param("limit", size + 1).param("offset", page * size)
                .query(this::row).list();
        return SearchPage.of(rows, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductView> sameStyle(String sku) {
        return jdbc.sql(SELECT + " where style = (select style from catalog.product where sku = ?) order by sku")
                .param(sku.strip()).query(this::row).list();
    }

    @Override
    public void reserve(List<StockLine> lines) {
        List<StockLine> wanted = merged(lines);
        if (wanted.isEmpty()) {
            return;
        }
        // one statement for all lines; a line short of stock updates nothing and is missing from the result.
        // The rows are locked in SKU order first, so two orders reserving the same products never deadlock.
        List<String> reserved = jdbc.sql("""
                with locked as (select sku from catalog.product where sku = any(?) order by sku for update)
                update catalog.product p set reserved = p.reserved + w.quantity
                from unnest(?::text[], ?::int[]) as w(sku, quantity)
                where p.sku = w.sku and p.sku in (select sku from locked) and p.stock - p.reserved >= w.quantity
                returning p.sku""")
                .params(wanted.stream().map(StockLine::sku).toArray(String[]::new),
                        wanted.stream().map(StockLine::sku).toArray(String[]::new),
                        wanted.stream().map(StockLine::quantity).toArray(Integer[]::new))
                .query(String.class).list();
        wanted.forEach(line -> cache.invalidate(line.sku()));
        if (reserved.size() < wanted.size()) {
            StockLine shortLine = wanted.stream().filter(l -> !reserved.contains(l.sku())).findFirst().orElseThrow();
            ProductView p = get(shortLine.sku());
            throw new RuleViolationException("out-of-stock", Text.of(
                    "库存不足:" + p.sku() + " " + p.name() + " 可用 " + p.available() + " 件,需要 " + shortLine.quantity() + " 件",
                    "Not enough stock of " + p.sku() + " (" + p.name() + "): " + p.available()
                            + " available, " + shortLine.quantity() + " wanted"));
        }
    }

    @Override
    public void release(List<StockLine> lines) {
        move(lines, "reserved = greatest(0, p.reserved - w.quantity)");
    }

    @Override
    public void ship(List<StockLine> lines) {
        move(lines, "stock = greatest(0, p.stock - w.quantity), reserved = greatest(0, p.reserved - w.quantity)");
    }

    @Override
    public void restock(List<StockLine> lines) {
        move(lines, "stock = p.stock + w.quantity");
    }

    /**
     * One statement for all lines (a job closing a batch of orders releases many SKUs at once), the rows
     * locked in SKU order first as {@link #reserve} does, so the two never deadlock.
     */
    private void move(List<StockLine> lines, String set) {
        List<StockLine> wanted = merged(lines);
        if (wanted.isEmpty()) {
            return;
        }
        String[] skus = wanted.stream().map(StockLine::sku).toArray(String[]::new);
        jdbc.sql("""
                with locked as (select sku from catalog.product where sku = any(?) order by sku for update)
                update catalog.product p set %s
                from unnest(?::text[], ?::int[]) as w(sku, quantity)
                where p.sku = w.sku and p.sku in (select sku from locked)""".formatted(set))
                .params(skus, skus, wanted.stream().map(StockLine::quantity).toArray(Integer[]::new))
                .update();
        wanted.forEach(line -> cache.invalidate(line.sku()));
    }

    @Override
    public long ensure(String sku, String name, Money listPrice) {
        return jdbc.sql("""
                with ins as (
                  insert into catalog.product (sku, name, style, attributes, list_price, weight_kg, stock, reserved,
                                               special_price, kind, updated_at, version)
                  values (?, ?, ?, '{}', ?, 0, 0, 0, false, 'IN_STOCK', ?, 0)
                  on conflict (sku) do nothing returning id)
                select id from ins union all select id from catalog.product where sku = ? limit 1""")
                .params(sku, name, sku, listPrice.amount(), Timestamp.from(clock.instant()), sku)
                .query(Long.class).single();
    }

    /** One line per SKU, in SKU order: fewer statements and no lock-order deadlocks. */
    private static List<StockLine> merged(List<StockLine> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        for (StockLine l : lines) {
            if (l.quantity() > 0) {
                bySku.merge(l.sku(), l.quantity(), Integer::sum);
            }
        }
        return bySku.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
    }

    private ProductView row(ResultSet rs, int n) throws SQLException {
        Map<String, String> attributes = json.readValue(rs.getString(5), new TypeReference<LinkedHashMap<String, String>>() { });
        int lead = rs.getInt(12);
        Integer leadTime = rs.wasNull() ? null : lead;
        return new ProductView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), attributes,
                Money.of(rs.getBigDecimal(6)), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10),
                ProductKind.valueOf(rs.getString(11)), leadTime, rs.getTimestamp(13).toInstant());
    }
}
