package com.csdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderDesk;
import com.csdesk.orders.OrderDeskFixtures;
import com.csdesk.orders.OrderManagement;
import com.csdesk.orders.OrderStatus;
import com.csdesk.orders.OrderView;
import com.csdesk.products.ProductManagement;
import com.csdesk.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent finds an order as they type, opens it, adds a note, changes the address and sees a
 * refusal in the page; the urge list; the member 360 page lists the orders; the warehouse confirms
 * its task.
 */
@DeskIntegrationTest
class OrderDeskBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    OrderManagement orders;

    @Autowired
    OrderDesk desk;

    @Autowired
    MutableClock clock;

    Browser browser;
    OrderDeskFixtures f;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-23T03:00:00Z"));
        f = new OrderDeskFixtures("爱笑的鲸鱼", members, products, orders);
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void agentFindsAnOrderAddsANoteAndChangesTheAddress() {
        OrderView o = f.place(f.dress, 1, f.socks, 2);
        browser.login("aftersales", "demo");
        browser.open("/desk/orders");
        browser.type(By.id("order-q"), f.nickname.substring(2));
        By link = By.linkText(o.orderNo());
        browser.visible(link);
        assertThat(browser.driver().findElement(By.id("order-results")).getText()).contains("雪纺连衣裙" + f.suffix);
        browser.screenshot("orders-01-search");

        clickFresh(link);
        browser.waitForText(By.id("order-no"), o.orderNo());
        browser.type(By.id("order-note-text"), "买家要求周五前发出");
        browser.click(By.id("order-note-submit"));
        browser.waitForText(By.id("order-notes"), "买家要求周五前发出 (aftersales, 2026-11-23)");

        browser.click(By.xpath("//summary[contains(., '修改收货地址')]"));
        browser.type(By.id("addr-name"), "李四");
        browser.type(By.id("addr-phone"), "13900001111");
        new Select(browser.visible(By.id("addr-province"))).selectByValue("北京");
        browser.type(By.id("addr-city"), "北京市");
        browser.type(By.id("addr-district"), "朝阳区");
        browser.type(By.id("addr-detail"), "建国路88号");
        browser.type(By.id("addr-reason"), "买家来电改地址");
        browser.click(By.id("addr-submit"));
        browser.waitForText(By.id("order-receiver"), "建国路88号");
        // Beijing is region B: ZTO 8 instead of 6
        browser.waitForText(By.id("order-payable"), "¥408.00");
        browser.screenshot("orders-02-order");

        // closing without the customer's consent is refused, with the reason in the page
        browser.click(By.xpath("//summary[contains(., '关闭订单')]"));
        browser.type(By.id("close-reason"), "买家拍错了");
        browser.click(By.id("close-submit"));
        browser.waitForText(By.id("flash"), "买家同意记录必填");
        browser.screenshot("orders-03-refusal");
        browser.open("/desk/orders/" + o.orderNo() + "?lang=en");
        browser.waitForText(By.id("order-status"), "Waiting for payment");
        browser.screenshot("orders-08-order-en");
        assertThat(orders.get(o.orderNo()).status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(orders.get(o.orderNo()).receiver().detail()).isEqualTo("建国路88号");
    }

    /** Results are swapped in as the agent types: a link found a moment ago may have been replaced. */
    private void clickFresh(By by) {
        try {
            browser.click(by);
        } catch (StaleElementReferenceException replaced) {
            browser.click(by);
        }
    }

    @Test
    void theUrgeListTheMember360PageAndTheWarehouse() {
        OrderView unpaid = f.place(f.dress, 1);
        OrderView paid = f.placeAndPay(f.dress, 2);
        desk.changeAttributes(paid.orderNo(), 1, "颜色: 黑色, 尺码: L", 1, "买家一件换黑色L码", null);
        clock.advance(Duration.ofMinutes(90));

        browser.login("presales", "demo");
        browser.open("/desk/orders/urge");
        By row = By.id("urge-" + unpaid.orderNo());
        browser.visible(row);
        browser.click(By.cssSelector("#urge-" + unpaid.orderNo() + " .urge-button"));
        browser.waitForText(row, "已记录催付");
        browser.screenshot("orders-04-urge");
        assertThat(orders.get(unpaid.orderNo()).urgedAt()).isNotNull();

        browser.open("/desk/members/" + f.nickname);
        browser.waitForText(By.id("member-orders"), paid.orderNo());
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.visible(By.id("member-orders")));
        browser.screenshot("orders-05-member-360");

        browser.open("/desk/orders/" + paid.orderNo());
        browser.waitForText(By.id("order-tasks"), "待仓库确认");
        browser.screenshot("orders-06-paid-order");

        browser.open("/logout");
        browser.login("warehouse", "demo");
        browser.open("/desk/warehouse");
        browser.waitForText(By.id("warehouse-tasks"), paid.orderNo());
        browser.screenshot("orders-07-warehouse");
        long task = desk.detail(paid.orderNo()).tasks().getFirst().id();
        browser.click(By.cssSelector("#task-" + task + " .confirm-button"));
        browser.waitForText(By.id("task-" + task), "warehouse 已确认");
        assertThat(desk.detail(paid.orderNo()).waitingForWarehouse()).isFalse();
    }
}
