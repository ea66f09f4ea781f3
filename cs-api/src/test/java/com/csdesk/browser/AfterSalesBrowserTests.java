package com.csdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.aftersales.AfterSales;
import com.csdesk.aftersales.NewRequest;
import com.csdesk.aftersales.TicketStatus;
import com.csdesk.aftersales.policy.Reason;
import com.csdesk.aftersales.policy.RequestKind;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.orders.OrderLineRequest;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.PaymentMethod;
import com.csdesk.orders.PaymentNotice;
import com.csdesk.orders.PlaceOrder;
import com.csdesk.orders.Receiver;
import com.csdesk.orders.ShipmentRequest;
import com.csdesk.orders.TrackingEventKind;
import com.csdesk.orders.TrackingNotice;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.Money;
import com.csdesk.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An after-sales agent takes a custom-made size exchange from the buyer's request to the reshipment. */
@DeskIntegrationTest
class AfterSalesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    OrderManagement orders;

    @Autowired
    AfterSales afterSales;

    @Autowired
    MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-24T03:00:00Z"));
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void exchangeFromRequestToReshipment() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nickname = "换码小鹿" + suffix;
        members.saveFromStorefront(nickname, new MemberProfile("13912345678", null, null, "浙江", null, List.of()));
        String s = "BR-S-" + suffix;
        String m = "BR-M-" + suffix;
        for (String[] sku : new String[][] {{s, "S"}, {m, "M"}}) {
            products.save(sku[0], new ProductData("定制旗袍", Money.of(680), new BigDecimal("0.6"), 4, false,
                    ProductKind.CUSTOM_MADE, Map.of("size", sku[1]), "BR-" + suffix, 10));
        }
        var to = new Receiver("林小鹿", "13912345678", "浙江省", "杭州市", "西湖区", "文三路1号");
        var order = orders.place(new PlaceOrder(nickname, null, List.of(new OrderLineRequest(s, 1)), to, null, false, false),
                null).order();
        orders.pay(order.orderNo(), new PaymentNotice("p-" + suffix, PaymentMethod.ALIPAY, order.payable()));
        orders.ship(order.orderNo(), new ShipmentRequest("ZTO", "ZTB" + suffix, List.of()));
        orders.track("ZTB" + suffix, new TrackingNotice(TrackingEventKind.DELIVERED, clock.instant(), "杭州", null));
        clock.advance(Duration.ofHours(30));
        String ticket = afterSales.request(order.orderNo(), new NewRequest(RequestKind.EXCHANGE, Reason.SIZE,
                List.of(new NewRequest.Line(s, 1, m, null)), "偏小,换大一码")).ticketNo();

        browser.login("aftersales", "demo");
        browser.open("/desk/after-sales");
        browser.type(By.id("as-q"), nickname);
        By link = By.linkText(ticket);
        browser.click(link);
        browser.waitForText(By.id("ticket-no"), ticket);
        assertThat(browser.visible(By.id("ticket-checks")).getText()).contains("签收 30 小时 ≤ 48 小时 ✓", "首次换货 ✓");
        browser.screenshot("as-01-ticket");

        browser.click(By.id("act-approve"));
        browser.waitForText(By.id("ticket-status"), "已同意");
        browser.waitForText(By.id("order-notes"), "S退回换M码,退回商品未收到 (aftersales, ");
        assertThat(products.get(m).reserved()).isEqualTo(1);

        browser.click(By.id("act-return-address"));
        browser.waitForText(By.id("ticket-status"), "待买家退货");
        afterSales.returnShipment(ticket, "ZTO", "ZTR" + suffix);

        browser.open("/desk/after-sales/" + ticket);
        browser.click(By.id("act-receive-ok"));
        browser.waitForText(By.id("ticket-status"), "已收货");
        browser.click(By.id("act-reship"));
        browser.waitForText(By.id("ticket-status"), "已补发");
        browser.screenshot("as-02-reshipped");

        assertThat(afterSales.get(ticket).status()).isEqualTo(TicketStatus.RESHIPPED);
        assertThat(products.get(m).stock()).isEqualTo(3);
        assertThat(products.get(m).reserved()).isZero();

        browser.click(By.id("act-close"));
        browser.waitForText(By.id("ticket-status"), "已关闭");
        browser.open("/desk/members/" + nickname);
        browser.waitForText(By.id("member-tickets"), ticket);
    }
}
