package com.csdesk.aftersales;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.products.ProductKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The after-sales pages: queue, ticket with checks, order and member, actions in place, refusals shown. */
@DeskIntegrationTest
class AfterSalesPagesTests extends AfterSalesTest {

    @Autowired
    AfterSales afterSales;

    String ticket;

    @BeforeEach
    void aReturnToHandle() {
        String sku = shop.product("PG", "M", ProductKind.IN_STOCK, 199, 5);
        var order = shop.received(sku, 1);
        ticket = afterSales.request(order.orderNo(), new NewRequest(RequestKind.RETURN_REFUND, Reason.NO_REASON,
                List.of(new NewRequest.Line(sku, 1, null, null)), "不喜欢")).ticketNo();
    }

    @Test
    void queueAndTicketPagesShowTheChecksOrderAndMember() throws Exception {
        mvc.perform(get("/desk/after-sales").with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("as-filters")));
        mvc.perform(get("/desk/after-sales/rows").param("q", shop.nickname).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ticket)));
        mvc.perform(get("/desk/after-sales/{t}", ticket).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("七天无理由")))
                .andExpect(content().string(containsString("是否影响二次销售:待验货")))
                .andExpect(content().string(containsString(shop.nickname)))
                .andExpect(content().string(containsString("act-approve")));
        mvc.perform(get("/desk/members/{n}/tickets", shop.nickname).with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ticket)));
        mvc.perform(get("/desk/after-sales/orders/{o}/tickets", afterSales.get(ticket).orderNo())
                        .with(user("presales").roles("PRESALES")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("order-tickets")))
                .andExpect(content().string(containsString(ticket)));
        mvc.perform(get("/desk/after-sales").with(user("presales").roles("PRESALES"))).andExpect(status().isForbidden());
    }

    @Test
    void actionsRenderInPlaceAndRefusalsAreShown() throws Exception {
        mvc.perform(post("/desk/after-sales/{t}/refund", ticket).param("amount", "10").header("HX-Request", "true")
                        .with(csrf()).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isConflict())
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("不能退款")));
        mvc.perform(post("/desk/after-sales/{t}/approve", ticket).header("HX-Request", "true")
                        .with(csrf()).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("act-return-address")));
        mvc.perform(post("/desk/after-sales/{t}/approve-exception", ticket).header("HX-Request", "true")
                        .with(csrf()).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefundTypedWithMoreThanTwoDecimalsIsRefusedNotRounded() throws Exception {
        mvc.perform(post("/desk/after-sales/{t}/refund", ticket).param("amount", "1.005").header("HX-Request", "true")
                        .with(csrf()).with(user("aftersales").roles("AFTERSALES")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("最多两位小数")));
    }
}
