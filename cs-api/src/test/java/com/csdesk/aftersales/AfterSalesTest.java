package com.csdesk.aftersales;

import static com.csdesk.aftersales.AfterSalesFixture.desk;
import static com.csdesk.aftersales.AfterSalesFixture.storefront;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderManagement;
import com.csdesk.products.ProductManagement;
import com.csdesk.testsupport.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the after-sales integration tests start from: the desk, its clock on a Tuesday at 10:00 in Shanghai
 * (inside online hours), a shop of its own, and the two calls most tests make.
 */
@DeskIntegrationTest
abstract class AfterSalesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    OrderManagement orders;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    JdbcClient jdbc;

    AfterSalesFixture shop;

    @BeforeEach
    void openShop() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        shop = new AfterSalesFixture(orders, members, products, clock);
    }

    /** The buyer's request on an order, through the storefront; its ticket number. */
    String request(String orderNo, String body) throws Exception {
        var result = mvc.perform(storefront("/api/storefront/v1/orders/{no}/after-sales", orderNo).content(body))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.ticketNo");
    }

    /** A desk action on a ticket by {@code user}. */
    ResultActions act(String user, String ticketNo, String action, String body) throws Exception {
        return mvc.perform(desk(user, "/api/desk/v1/after-sales/{t}/" + action, ticketNo).content(body));
    }

    /** A desk action on a ticket by the after-sales agent. */
    ResultActions act(String ticketNo, String action, String body) throws Exception {
        return act("aftersales", ticketNo, action, body);
    }
}
