package com.csdesk.products.internal;

import com.csdesk.products.ProductGenerator;
import com.csdesk.products.ProductKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo catalogue: about forty styles, a few hundred SKUs. */
@Component
class ProductCatalogueGenerator implements ProductGenerator {

    private record Style(String code, String name, String category, ProductKind kind, int minPrice, int maxPrice,
            double weightKg, List<String> sizes, List<String> colours) {
    }

    private static final List<String> CLOTHES = List.of("S", "M", "L", "XL");
    private static final List<String> SHOES = List.of("35", "36", "37", "38", "39", "40");
    private static final List<String> ONE_SIZE = List.of("均码");

    private static final List<Style> STYLES = List.of(
            new Style("DR101", "法式碎花连衣裙", "连衣裙", ProductKind.IN_STOCK, 259, 399, 0.4, CLOTHES, List.of("米白", "雾蓝")),
            new Style("DR102", "针织长袖连衣裙", "连衣裙", ProductKind.IN_STOCK, 299, 459, 0.6, CLOTHES, List.of("黑色", "燕麦")),
            new Style("DR103", "韩国直送 收腰西装裙", "连衣裙", ProductKind.PURCHASE_AGENT, 459, 699, 0.7, CLOTHES, List.of("黑色", "卡其")),
            new Style("DR104", "定制 真丝吊带裙", "连衣裙", ProductKind.CUSTOM_MADE, 699, 999, 0.3, CLOTHES, List.of("香槟", "墨绿")),
            new Style("DR105", "雪纺度假长裙", "连衣裙", ProductKind.IN_STOCK, 199, 289, 0.35, CLOTHES, List.of("碎花", "纯白")),
            new Style("TP201", "纯棉圆领T恤", "上衣", ProductKind.IN_STOCK, 79, 129, 0.25, CLOTHES, List.of("白色", "黑色", "灰色")),
            new Style("TP202", "法式方领衬衫", "上衣", ProductKind.IN_STOCK, 189, 269, 0.3, CLOTHES, List.of("白色", "浅蓝")),
            new Style("TP203", "韩国直送 羊毛开衫", "上衣", ProductKind.PURCHASE_AGENT, 399, 599, 0.5, CLOTHES, List.of("奶白", "杏色")),
            new Style("TP204", "宽松粗棒针毛衣", "上衣", ProductKind.IN_STOCK, 259, 359, 0.7, CLOTHES, List.of("燕麦", "焦糖")),
            new Style("CT301", "双面羊绒大衣", "外套", ProductKind.IN_STOCK, 1299, 1899, 1.4, CLOTHES, List.of("驼色", "黑色")),
            new Style("CT302", "短款白鸭绒羽绒服", "外套", ProductKind.IN_STOCK, 699, 999, 1.1, CLOTHES, List.of("黑色", "米白")),
            new Style("CT303", "韩国直送 风衣", "外套", ProductKind.PURCHASE_AGENT, 799, 1199, 1.0, CLOTHES, List.of("卡其", "藏青")),
            new Style("CT304", "定制 手工西装外套", "外套", ProductKind.CUSTOM_MADE, 1599, 2299, 1.2, CLOTHES, List.of("黑色", "灰色")),
            new Style("PT401", "高腰直筒牛仔裤", "裤装", ProductKind.IN_STOCK, 229, 329, 0.7, CLOTHES, List.of("浅蓝", "深蓝")),
            new Style("PT402", "垂感阔腿裤", "裤装", ProductKind.IN_STOCK, 199, 279, 0.5, CLOTHES, List.of("黑色", "杏色")),
            new Style("PT403", "韩国直送 西装裤", "裤装", ProductKind.PURCHASE_AGENT, 359, 499, 0.6, CLOTHES, List.of("黑色", "灰色")),
            new Style("SK501", "百褶半身裙", "半身裙", ProductKind.IN_STOCK, 169, 239, 0.35, CLOTHES, List.of("黑色", "藏青")),
            new Style("SK502", "定制 羊毛格纹半裙", "半身裙", ProductKind.CUSTOM_MADE, 459, 659, 0.5, CLOTHES, List.of("格纹")),
            new Style("SH601", "复古德训鞋", "鞋", ProductKind.IN_STOCK, 299, 399, 0.9, SHOES, List.of("白绿", "白棕")),
            new Style("SH602", "尖头细跟高跟鞋", "鞋", ProductKind.IN_STOCK, 359, 499, 0.8, SHOES, List.of("黑色", "裸色")),
            new Style("SH603", "韩国直送 厚底乐福鞋", "鞋", ProductKind.PURCHASE_AGENT, 499, 699, 1.0, SHOES, List.of("黑色")),
            new Style("SH604", "切尔西短靴", "鞋", ProductKind.IN_STOCK, 499, 699, 1.2, SHOES, List.of("黑色", "棕色")),
            new Style("SH605", "定制 手工真皮玛丽珍鞋", "鞋", ProductKind.CUSTOM_MADE, 799, 1099, 0.9, SHOES, List.of("酒红", "黑色")),
            new Style("BG701", "真皮托特包", "包", ProductKind.IN_STOCK, 899, 1299, 0.9, ONE_SIZE, List.of("黑色", "焦糖")),
            new Style("BG702", "腋下法棍包", "包", ProductKind.IN_STOCK, 399, 599, 0.5, ONE_SIZE, List.of("黑色", "奶白", "酒红")),
            new Style("BG703", "韩国直送 帆布双肩包", "包", ProductKind.PURCHASE_AGENT, 299, 399, 0.7, ONE_SIZE, List.of("米色", "藏青")),
            new Style("BG704", "定制 刻字链条包", "包", ProductKind.CUSTOM_MADE, 1299, 1599, 0.8, ONE_SIZE, List.of("黑色")),
            new Style("CS801", "玻尿酸保湿精华", "化妆品", ProductKind.IN_STOCK, 199, 299, 0.2, List.of("30ml", "50ml"), List.of("标准")),
            new Style("CS802", "修护面霜", "化妆品", ProductKind.IN_STOCK, 259, 399, 0.3, List.of("50ml"), List.of("标准")),
            new Style("CS803", "韩国直送 气垫粉底", "化妆品", ProductKind.PURCHASE_AGENT, 199, 289, 0.15, ONE_SIZE, List.of("21号", "23号")),
            new Style("CS804", "丝绒哑光口红", "化妆品", ProductKind.IN_STOCK, 99, 169, 0.05, ONE_SIZE, List.of("正红", "豆沙", "枫叶")),
            new Style("CS805", "韩国直送 防晒霜", "化妆品", ProductKind.PURCHASE_AGENT, 129, 189, 0.1, ONE_SIZE, List.of("标准")),
            new Style("CS806", "氨基酸洁面乳", "化妆品", ProductKind.IN_STOCK, 59, 99, 0.15, ONE_SIZE, List.of("标准")),
            new Style("AC901", "真丝方巾", "配饰", ProductKind.IN_STOCK, 129, 199, 0.05, ONE_SIZE, List.of("印花", "纯色")),
            new Style("AC902", "羊绒围巾", "配饰", ProductKind.IN_STOCK, 299, 459, 0.2, ONE_SIZE, List.of("驼色", "灰色", "酒红")));

    private static final String[] COLOUR_CODES = {"A", "B", "C", "D"};

    private final JdbcClient jdbc;
    private final Clock clock;

    ProductCatalogueGenerator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int generate() {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(clock.instant());
        int added = 0;
        for (Style style : STYLES) {
            int price = style.minPrice() + random.nextInt(style.maxPrice() - style.minPrice() + 1) / 10 * 10 - 1;
            boolean special = random.nextInt(10) == 0;
            for (int c = 0; c < style.colours().size(); c++) {
                for (String size : style.sizes()) {
                    String sku = style.code() + "-" + COLOUR_CODES[c] + "-" + size.replace("ml", "");
                    if ("均码".equals(size)) {
                        sku = style.code() + "-" + COLOUR_CODES[c];
                    }
                    List<String> attributes = new ArrayList<>();
                    attributes.add(style.colours().get(c));
                    attributes.add(size);
                    int stock = switch (style.kind()) {
                        case IN_STOCK -> 5 + random.nextInt(200);
                        case PURCHASE_AGENT -> random.nextInt(3) == 0 ? random.nextInt(6) : 0;
                        case CUSTOM_MADE -> random.nextInt(4);
                    };
                    added += jdbc.sql("""
                            insert into catalog.product (sku, name, style, attributes, list_price, weight_kg, stock,
                                                         special_price, kind, lead_time_days, updated_at)
                            values (?, ?, ?, jsonb_build_object('colour', ?::text, 'size', ?::text),
                                    ?, ?, ?, ?, ?, ?, ?)
                            on conflict (sku) do nothing""")
                            .params(sku, style.name(), style.code(), attributes.get(0), attributes.get(1),
                                    BigDecimal.valueOf(price), BigDecimal.valueOf(style.weightKg()),
                                    stock, special, style.kind().name(),
                                    style.kind() == ProductKind.CUSTOM_MADE ? 10 + random.nextInt(11) : null, now)
                            .update();
                }
            }
        }
        return added;
    }
}
