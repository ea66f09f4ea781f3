package com.csdesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderDeskFixtures;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderView;
import com.csdesk.products.ProductManagement;
import com.csdesk.testsupport.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The order pages: who may open them, results as you type, actions and their refusals shown in the page. */
@DeskIntegrationTest
class OrderDeskPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

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
        f = new OrderDeskFixtures("页面测试", members, products, orders);
    }

    @Test
    void agentsOpenTheOrderPagesAndTheWarehouseItsTasks() throws Exception {
        OrderView o = f.place(f.dress, 1);
        mvc.perform(get("/desk/orders")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/desk/orders/{no}", o.orderNo()).with(user("warehouse").roles("WAREHOUSE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/desk/warehouse").with(user("presales").roles("PRESALES"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/warehouse").with(user("warehouse").roles("WAREHOUSE"))).andExpect(status().isOk());
        mvc.perform(get("/desk/orders").with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-q\"")));
        mvc.perform(get("/desk/orders/{no}", o.orderNo()).with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("世纪大道100号1201室"))));
        mvc.perform(get("/desk/orders/{no}", o.orderNo()).with(user("aftersales").roles("AFTERSALES")).param("lang", "en"))
                .andExpect(content().string(containsString("世纪大道100号1201室")))
                .andExpect(content().string(containsString("Waiting for payment")));
        // the error page says why
        mvc.perform(get("/desk/orders/{no}", "NOPE").with(user("presales").roles("PRESALES")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("NOPE")));
    }

    @Test
    void resultsAsYouTypeAndTheMembersOrders() throws Exception {
        OrderView o = f.place(f.dress, 1);
        mvc.perform(get("/desk/orders/results").param("q", "连衣裙" + f.suffix).with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(o.orderNo())));
        mvc.perform(get("/desk/orders/results").param("q", f.nickname).param("status", "PAID")
                        .with(user("presales").roles("PRESALES")))
                .andExpect(content().string(not(containsString(o.orderNo()))));
        mvc.perform(get("/desk/orders/results").param("from", "not-a-date").with(user("presales").roles("PRESALES"))
                        .header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#flash"));
        // a character PostgreSQL cannot store, a year no database holds: the page says so in its message area
        mvc.perform(get("/desk/orders/results").param("status", "FOO").with(user("presales").roles("PRESALES"))
                        .header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("无效")))
                .andExpect(content().string(not(containsString("enum"))));
        for (var bad : java.util.Map.of("q", "口\u0000红", "to", "+999999999-01-01").entrySet()) {
            mvc.perform(get("/desk/orders/results").param(bad.getKey(), bad.getValue()).with(user("presales").roles("PRESALES"))
                            .header("HX-Request", "true"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("HX-Retarget", "#flash"));
        }
        mvc.perform(get("/desk/members/{n}/orders", f.nickname).with(user("presales").roles("PRESALES")))
                .andExpect(content().string(containsString(o.orderNo())));
    }

    @Test
    void anActionAnswersWithTheOrderAndARefusalGoesToTheMessageArea() throws Exception {
        OrderView o = f.place(f.dress, 1);
        mvc.perform(post("/desk/orders/{no}/notes", o.orderNo()).param("text", "留货三天").param("reservedGoods", "true")
                        .with(user("presales").roles("PRESALES")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("留货三天 (presales, 2026-11-23)")))
                .andExpect(content().string(containsString("备注已添加")));
        mvc.perform(post("/desk/orders/{no}/notes", o.orderNo()).param("text", "x")
                        .with(user("presales").roles("PRESALES")).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/desk/orders/{no}/attribute-changes", o.orderNo()).param("lineNo", "1")
                        .param("attributes", "黑色 L").param("note", "换码")
                        .with(user("presales").roles("PRESALES")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("只有已付款且未发货的订单可以修改属性")));
        // to another address: it does not ship together with the first order
        OrderView paid = f.pay(f.place(new com.csdesk.orders.Receiver("王五", "13700001111", "上海", "上海市", "徐汇区",
                "漕溪北路1号"), f.dress, 1).orderNo());
        mvc.perform(post("/desk/orders/{no}/address", paid.orderNo()).param("name", "王五").param("phone", "13700001111")
                        .param("province", "浙江").param("city", "杭州市").param("district", "西湖区")
                        .param("detail", "文三路99号").param("reason", "买家改地址")
                        .with(user("aftersales").roles("AFTERSALES")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文三路99号")))
                .andExpect(content().string(containsString("修改地址")));
        // the change log keeps the new address; pre-sales does not see it there either
        mvc.perform(get("/desk/orders/{no}", paid.orderNo()).with(user("presales").roles("PRESALES")))
                .andExpect(content().string(not(containsString("文三路99号"))))
                .andExpect(content().string(containsString("aftersales")));
        mvc.perform(post("/desk/orders/{no}/close", o.orderNo()).param("consent", "电话中买家同意").param("reason", "拍错")
                        .with(user("presales").roles("PRESALES")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("交易关闭")));
    }
}
