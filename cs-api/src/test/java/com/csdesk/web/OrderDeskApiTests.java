package com.csdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderDeskFixtures;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderView;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.products.ProductManagement;
import com.csdesk.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agents' order desk API: search, detail with masking, every action of §3.2 and its refusal, roles, audit. */
@DeskIntegrationTest
class OrderDeskApiTests {

    static final String ORDERS = "/api/desk/v1/orders";

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    OrderManagement orders;

    OrderDeskFixtures f;

    @BeforeEach
    void data() {
        clock.set(Instant.parse("2026-11-23T02:00:00Z"));
        f = new OrderDeskFixtures("订单测试", members, products, orders);
    }

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long version(String orderNo) {
        return orders.get(orderNo).version();
    }

    List<String> audited(String orderNo) {
        return jdbc.sql("select action || ' by ' || actor from platform.audit_log where entity_type = 'order' and entity_id = ? order by id")
                .param(orderNo).query(String.class).list();
    }

    @Test
    void searchFindsByOrderNumberNicknameAndProductNameWithFilters() throws Exception {
        OrderView unpaid = f.place(f.dress, 1);
        OrderView paid = f.placeAndPay(f.lipstick, 1);
        as("presales", get(ORDERS).param("q", unpaid.orderNo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].memberNickname").value(f.nickname))
                .andExpect(jsonPath("$.items[0].statusName").value("Waiting for payment"))
                .andExpect(jsonPath("$.items[0].products").value("雪纺连衣裙" + f.suffix));
        as("presales", get(ORDERS).param("q", unpaid.orderNo().substring(0, 12)).header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.items[*].statusName", hasItem("等待买家付款")));
        // the nickname by a part of it, the product by two characters plus the unique suffix
        as("presales", get(ORDERS).param("q", f.nickname.substring(2)))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].orderNo", hasItem(paid.orderNo())));
        as("presales", get(ORDERS).param("q", "口红" + f.suffix))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].orderNo").value(paid.orderNo()));
        as("presales", get(ORDERS).param("q", f.nickname).param("status", "PAID"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].orderNo").value(paid.orderNo()));
        as("presales", get(ORDERS).param("q", f.nickname).param("flag", "RED"))
                .andExpect(jsonPath("$.items", hasSize(0)));
        as("presales", get(ORDERS).param("q", f.nickname).param("from", "2026-11-23").param("to", "2026-11-23"))
                .andExpect(jsonPath("$.items", hasSize(2)));
        as("presales", get(ORDERS).param("q", f.nickname).param("from", "2026-11-24"))
                .andExpect(jsonPath("$.items", hasSize(0)));
        as("presales", get(ORDERS).param("q", f.nickname).param("size", "1"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.hasNext").value(true));
        as("presales", get(ORDERS).param("status", "SHIPPED_TWICE"))
                .andExpect(status().isBadRequest());
        as("presales", get(ORDERS).param("from", "yesterday"))
                .andExpect(status().isBadRequest());
        // dates ISO-8601 can write and no database can hold; a character PostgreSQL cannot store
        as("presales", get(ORDERS).param("to", "+999999999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:date-out-of-range"));
        as("presales", get(ORDERS).param("q", "口\u0000红"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invalid-value"));
        as("supervisor", get("/api/desk/v1/members/{n}/orders", f.nickname))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void aRareTermIsFoundThroughTheIndexesBehindThousandsOfNewerOrders() throws Exception {
        OrderView o = f.placeAndPay(f.lipstick, 1);
        // 2,100 newer orders of somebody else, more than the search walks before it asks the indexes
        jdbc.sql("""
                insert into orders.sales_order (order_no, member_id, member_nickname, status, receiver, receiver_phone,
                    province, region, address_detail, carrier, goods_total, member_discount, goods_payable, shipping_fee,
                    payable, shipping_rule, quote, created_at)
                select 'F' || ? || lpad(i::text, 6, '0'), 0, '填充' || ?, 'COMPLETED', '某人', '13800000000', '上海', 'A',
                       '某路1号', 'ZTO', 10, 0, 10, 0, 10, 'BELOW_THRESHOLD', '{}'::jsonb, cast(? as timestamptz) + i * interval '1 second'
                from generate_series(1, 2100) i""")
                .params(f.suffix, f.suffix, java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(1))))
                .update();
        as("presales", get(ORDERS).param("q", "口红" + f.suffix))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].orderNo").value(o.orderNo()));
        as("presales", get(ORDERS).param("q", f.nickname).param("status", "PAID"))
                .andExpect(jsonPath("$.items", hasSize(1)));
        as("presales", get(ORDERS).param("q", o.orderNo()))
                .andExpect(jsonPath("$.items", hasSize(1)));
        // a frequent term fills its page from the newest orders
        as("presales", get(ORDERS).param("q", "填充" + f.suffix))
                .andExpect(jsonPath("$.items", hasSize(20)))
                .andExpect(jsonPath("$.items[0].orderNo").value("F" + f.suffix + "002100"))
                .andExpect(jsonPath("$.hasNext").value(true));
        jdbc.sql("delete from orders.sales_order where member_nickname = ?").param("填充" + f.suffix).update();
    }

    @Test
    void onlyAgentsReadOrdersAndOnlyTheWarehouseItsTasks() throws Exception {
        OrderView o = f.place(f.dress, 1);
        mvc.perform(get(ORDERS + "/{no}", o.orderNo())).andExpect(status().isUnauthorized());
        mvc.perform(get(ORDERS + "/{no}", o.orderNo()).with(httpBasic("presales", "wrong")))
                .andExpect(status().isUnauthorized());
        as("warehouse", get(ORDERS + "/{no}", o.orderNo())).andExpect(status().isForbidden());
        as("warehouse", json(put(ORDERS + "/{no}/flag", o.orderNo()), "{\"flag\": \"RED\"}"))
                .andExpect(status().isForbidden());
        as("presales", get("/api/desk/v1/warehouse/tasks")).andExpect(status().isForbidden());
        as("warehouse", get("/api/desk/v1/warehouse/tasks")).andExpect(status().isOk());
        as("admin", get(ORDERS + "/{no}", o.orderNo())).andExpect(status().isOk());
        as("presales", get(ORDERS + "/{no}", "NO-SUCH-ORDER")).andExpect(status().isNotFound());
    }

    @Test
    void detailShowsEverythingAndMasksTheReceiverForPreSales() throws Exception {
        OrderView o = f.place(f.dress, 1, f.socks, 1);
        as("presales", get(ORDERS + "/{no}", o.orderNo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiver.phone").value("138****5678"))
                .andExpect(jsonPath("$.receiver.detail").value("世纪大道10****"))
                .andExpect(jsonPath("$.buyerMessage").value("请尽快发货"))
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.goodsTotal").value(350.00))
                .andExpect(jsonPath("$.shippingFee").value(6.00))
                .andExpect(jsonPath("$.payable").value(356.00))
                .andExpect(jsonPath("$.breakdown.brackets").isArray())
                .andExpect(jsonPath("$.shippingExplanation").isNotEmpty())
                .andExpect(jsonPath("$.flag").value("GREY"))
                .andExpect(jsonPath("$.version").isNumber());
        as("aftersales", get(ORDERS + "/{no}", o.orderNo()))
                .andExpect(jsonPath("$.receiver.phone").value("13812345678"))
                .andExpect(jsonPath("$.receiver.detail").value("世纪大道100号1201室"));
    }

    @Test
    void cancellingLinesOfAnUnpaidOrderPricesItAgainAndGivesTheStockBack() throws Exception {
        OrderView o = f.place(f.dress, 1, f.socks, 2);
        assertThat(products.get(f.socks).reserved()).isEqualTo(2);
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", o.orderNo()),
                "{\"lineNos\": [2], \"reason\": \"买家不要袜子了\", \"version\": " + o.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[1].cancelled").value(true))
                .andExpect(jsonPath("$.lines[1].cancelReason").value("买家不要袜子了"))
                .andExpect(jsonPath("$.goodsTotal").value(300.00))
                .andExpect(jsonPath("$.payable").value(306.00));
        assertThat(products.get(f.socks).reserved()).isZero();
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", o.orderNo()), "{\"lineNos\": [1], \"reason\": \"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:last-line"));
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", o.orderNo()), "{\"lineNos\": [9], \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unknown-line"));
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", o.orderNo()), "{\"lineNos\": [1]}"))
                .andExpect(status().isBadRequest());
        // a stale version: someone cancelled meanwhile
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", o.orderNo()),
                "{\"lineNos\": [1], \"reason\": \"x\", \"version\": " + o.version() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:concurrent-edit"));
        OrderView paid = f.placeAndPay(f.dress, 1, f.socks, 1);
        as("presales", json(post(ORDERS + "/{no}/line-cancellations", paid.orderNo()), "{\"lineNos\": [2], \"reason\": \"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"));
        assertThat(audited(o.orderNo())).containsExactly("order.lines-cancelled by presales");
    }

    @Test
    void theMemberPriceIsWhatTheSystemComputesFromTheSpendNow() throws Exception {
        OrderView first = f.place(f.dress, 4);
        assertThat(first.payable().toString()).isEqualTo("1190.00");
        f.placeAndPay(f.dress, 4);
        as("presales", json(post(ORDERS + "/{no}/member-price", first.orderNo()), "{\"reason\": \"买家已升级为初级会员\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberDiscount").value(60.00))
                .andExpect(jsonPath("$.payable").value(1140.00))
                .andExpect(jsonPath("$.breakdown.cumulativeSpendBefore").value(1200.00));
        as("presales", json(post(ORDERS + "/{no}/member-price", first.orderNo()), "{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest());
        f.pay(first.orderNo());
        as("presales", json(post(ORDERS + "/{no}/member-price", first.orderNo()), "{\"reason\": \"再改一次\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"));
        assertThat(audited(first.orderNo())).containsExactly("order.member-price-applied by presales");
    }

    @Test
    void attributesChangeOnlyWhenPaidWithANoteAndTheWarehouseConfirms() throws Exception {
        OrderView unpaid = f.place(f.dress, 2);
        as("presales", json(post(ORDERS + "/{no}/attribute-changes", unpaid.orderNo()),
                "{\"lineNo\": 1, \"attributes\": \"颜色: 黑色, 尺码: L\", \"note\": \"买家要L码\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"));
        String no = f.pay(unpaid.orderNo()).orderNo();
        as("presales", json(post(ORDERS + "/{no}/attribute-changes", no),
                "{\"lineNo\": 1, \"attributes\": \"颜色: 黑色, 尺码: L\"}"))
                .andExpect(status().isBadRequest());
        as("presales", json(post(ORDERS + "/{no}/attribute-changes", no),
                "{\"lineNo\": 1, \"attributes\": \"颜色: 黑色, 尺码: L\", \"quantity\": 1, \"note\": \"买家一件换L码黑色\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.lines[0].quantity").value(1))
                .andExpect(jsonPath("$.lines[1].quantity").value(1))
                .andExpect(jsonPath("$.lines[1].attributes").value("颜色: 黑色, 尺码: L"))
                .andExpect(jsonPath("$.payable").value(600.00))
                .andExpect(jsonPath("$.notes[0].text").value("买家一件换L码黑色"))
                .andExpect(jsonPath("$.waitingForWarehouse").value(true))
                .andExpect(jsonPath("$.warehouseTasks[0].kind").value("ATTRIBUTES"))
                .andExpect(jsonPath("$.warehouseTasks[0].after").value("颜色: 黑色, 尺码: L"));
        as("presales", json(post(ORDERS + "/{no}/attribute-changes", no),
                "{\"lineNo\": 1, \"attributes\": \"红色\", \"quantity\": 5, \"note\": \"n\"}"))
                .andExpect(status().isBadRequest());
        long task = jdbc.sql("select t.id from orders.warehouse_task t join orders.sales_order o on o.id = t.order_id where o.order_no = ?")
                .param(no).query(Long.class).single();
        as("warehouse", get("/api/desk/v1/warehouse/tasks"))
                .andExpect(jsonPath("$[*].id", hasItem((int) task)));
        as("warehouse", post("/api/desk/v1/warehouse/tasks/{id}/confirm", task))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmedBy").value("warehouse"));
        as("warehouse", post("/api/desk/v1/warehouse/tasks/{id}/confirm", task))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:task-confirmed"));
        as("warehouse", post("/api/desk/v1/warehouse/tasks/{id}/confirm", 999_999_999L))
                .andExpect(status().isNotFound());
        as("warehouse", get("/api/desk/v1/warehouse/tasks"))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) task))));
        as("presales", get(ORDERS + "/{no}", no)).andExpect(jsonPath("$.waitingForWarehouse").value(false));
        f.ship(no);
        as("presales", json(post(ORDERS + "/{no}/attribute-changes", no),
                "{\"lineNo\": 1, \"attributes\": \"红色\", \"note\": \"n\"}"))
                .andExpect(status().isConflict());
        assertThat(audited(no)).containsExactly("order.attributes-changed by presales",
                "order.warehouse-task-confirmed by warehouse");
    }

    @Test
    void theAddressChangesBeforeShipmentOnlyAndAPaidOrderKeepsItsPrice() throws Exception {
        OrderView unpaid = f.place(f.dress, 1);
        String beijing = """
                {"name": "李四", "phone": "13900001111", "province": "北京市", "city": "北京市", "district": "朝阳区",
                 "detail": "建国路88号", "reason": "买家改地址", "version": %d}""";
        as("aftersales", json(put(ORDERS + "/{no}/address", unpaid.orderNo()), beijing.formatted(unpaid.version())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiver.province").value("北京"))
                .andExpect(jsonPath("$.receiver.detail").value("建国路88号"))
                .andExpect(jsonPath("$.shippingFee").value(8.00))
                .andExpect(jsonPath("$.payable").value(308.00));
        as("aftersales", json(put(ORDERS + "/{no}/address", unpaid.orderNo()),
                beijing.formatted(0).replace("北京市\", \"city", "火星\", \"city")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:unknown-province"));

        OrderView paid = f.placeAndPay(f.dress, 1);
        as("aftersales", json(put(ORDERS + "/{no}/address", paid.orderNo()), beijing.formatted(paid.version())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:address-changes-price"));
        as("aftersales", json(put(ORDERS + "/{no}/address", paid.orderNo()), """
                {"name": "张三", "phone": "13812345678", "province": "浙江", "city": "杭州市", "district": "西湖区",
                 "detail": "文三路1号", "reason": "买家出差"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.receiver.province").value("浙江"))
                .andExpect(jsonPath("$.payable").value(306.00))
                .andExpect(jsonPath("$.flag").value("RED"))
                .andExpect(jsonPath("$.warehouseTasks[0].kind").value("ADDRESS"));
        f.ship(paid.orderNo());
        as("aftersales", json(put(ORDERS + "/{no}/address", paid.orderNo()), beijing.formatted(version(paid.orderNo()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"));
        assertThat(audited(paid.orderNo())).containsExactly("order.address-changed by aftersales");
    }

    @Test
    void aPaidOrderShippingTogetherForFreeKeepsItsAddress() throws Exception {
        f.place(f.dress, 1);
        OrderView second = f.placeAndPay(f.dress, 1);
        assertThat(second.shippingRule()).isEqualTo("FREE_ACCUMULATED");
        as("aftersales", json(put(ORDERS + "/{no}/address", second.orderNo()), """
                {"name": "张三", "phone": "13812345678", "province": "浙江", "detail": "文三路1号", "reason": "改地址"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:address-bound-shipping"));
    }

    @Test
    void notesAndFlagsAndTheReservedGoodsNoteClearsOnShipment() throws Exception {
        OrderView o = f.placeAndPay(f.dress, 1);
        as("presales", json(post(ORDERS + "/{no}/notes", o.orderNo()), "{\"text\": \"留货到周五\", \"reservedGoods\": true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notes[0].display").value("留货到周五 (presales, 2026-11-23)"))
                .andExpect(jsonPath("$.notes[0].clearedAt").doesNotExist());
        as("presales", json(post(ORDERS + "/{no}/notes", o.orderNo()), "{\"text\": \"\"}"))
                .andExpect(status().isBadRequest());
        // reservedGoods is optional: a plain note
        String other = f.place(f.dress, 1).orderNo();
        as("presales", json(post(ORDERS + "/{no}/notes", other), "{\"text\": \"客户来电\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notes[0].reservedGoods").value(false));
        as("presales", json(post(ORDERS + "/{no}/notes", other), "{\"text\": \"留货\", \"reservedGoods\": \"yes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reservedGoods"));
        long v = version(o.orderNo());
        as("presales", json(put(ORDERS + "/{no}/flag", o.orderNo()), "{\"flag\": \"RED\", \"version\": " + v + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flag").value("RED"));
        as("supervisor", json(put(ORDERS + "/{no}/flag", o.orderNo()), "{\"flag\": \"BLUE\", \"version\": " + v + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:concurrent-edit"));
        as("presales", json(put(ORDERS + "/{no}/flag", o.orderNo()), "{\"flag\": \"PURPLE\"}"))
                .andExpect(status().isBadRequest());
        f.ship(o.orderNo());
        as("presales", get(ORDERS + "/{no}", o.orderNo()))
                .andExpect(jsonPath("$.notes[0].clearedAt").isNotEmpty());
        assertThat(audited(o.orderNo())).containsExactly("order.note-added by presales", "order.flag-set by presales");
    }

    @Test
    void anAgentClosesAnUnpaidOrderOnlyWithTheCustomersConsent() throws Exception {
        OrderView o = f.place(f.dress, 1);
        assertThat(products.get(f.dress).reserved()).isEqualTo(1);
        as("presales", json(post(ORDERS + "/{no}/close", o.orderNo()), "{\"reason\": \"拍错了\"}"))
                .andExpect(status().isBadRequest());
        as("presales", json(post(ORDERS + "/{no}/close", o.orderNo()),
                "{\"consent\": \"旺旺聊天中买家同意关闭\", \"reason\": \"拍错了\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeConsent").value("旺旺聊天中买家同意关闭"))
                .andExpect(jsonPath("$.history[1].actor").value("presales"));
        assertThat(products.get(f.dress).reserved()).isZero();
        OrderView paid = f.placeAndPay(f.dress, 1);
        as("presales", json(post(ORDERS + "/{no}/close", paid.orderNo()), "{\"consent\": \"同意\", \"reason\": \"不要了\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:illegal-transition"));
        assertThat(audited(o.orderNo())).containsExactly("order.closed-with-consent by presales");
    }

    @Test
    void anInvoiceIsRequestedOnceForAPaidOrder() throws Exception {
        OrderView o = f.place(f.dress, 1);
        String body = "{\"title\": \"上海某某服饰有限公司\", \"taxId\": \"91310115mA1k4abc2x\"}";
        as("presales", json(post(ORDERS + "/{no}/invoice", o.orderNo()), body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invoice-needs-payment"));
        f.pay(o.orderNo());
        as("presales", json(post(ORDERS + "/{no}/invoice", o.orderNo()), "{\"title\": \"个人\", \"taxId\": \"12-34\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invalid-tax-id"));
        as("presales", json(post(ORDERS + "/{no}/invoice", o.orderNo()), body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invoice.title").value("上海某某服饰有限公司"))
                .andExpect(jsonPath("$.invoice.taxId").value("91310115MA1K4ABC2X"));
        as("presales", json(post(ORDERS + "/{no}/invoice", o.orderNo()), body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invoice-already-requested"));

        // a completed order whose payment all came back: nothing to invoice
        OrderView refunded = f.placeAndPay(f.dress, 1);
        orders.ship(refunded.orderNo(), new ShipmentRequest("ZTO", "ZT" + refunded.orderNo(), List.of()));
        orders.confirmReceipt(refunded.orderNo());
        orders.refund(refunded.orderNo(), refunded.payable(), refunded.goodsTotal(), "缺货退款", null);
        as("presales", json(post(ORDERS + "/{no}/invoice", refunded.orderNo()), body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:invoice-nothing-kept"));
    }

    @Test
    void eachUnpaidOrderIsUrgedOnceAndOnlyAfterAnHour() throws Exception {
        OrderView o = f.place(f.dress, 1);
        as("presales", post(ORDERS + "/{no}/urge", o.orderNo()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:urge-too-early"));
        as("presales", get(ORDERS + "/to-urge").param("size", "100"))
                .andExpect(jsonPath("$.items[*].orderNo", not(hasItem(o.orderNo()))));
        clock.advance(Duration.ofMinutes(61));
        as("presales", get(ORDERS + "/to-urge").param("size", "100"))
                .andExpect(jsonPath("$.items[*].orderNo", hasItem(o.orderNo())));
        as("presales", post(ORDERS + "/{no}/urge", o.orderNo()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.urgedAt").isNotEmpty());
        as("supervisor", post(ORDERS + "/{no}/urge", o.orderNo()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:already-urged"));
        as("presales", get(ORDERS + "/to-urge").param("size", "100"))
                .andExpect(jsonPath("$.items[*].orderNo", not(hasItem(o.orderNo()))));
        OrderView paid = f.placeAndPay(f.dress, 1);
        clock.advance(Duration.ofMinutes(61));
        as("presales", post(ORDERS + "/{no}/urge", paid.orderNo()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csdesk:problem:urge-not-unpaid"));
        assertThat(audited(o.orderNo())).containsExactly("order.urged by presales");
    }
}
