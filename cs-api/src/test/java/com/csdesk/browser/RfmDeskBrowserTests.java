package com.csdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.MemberManagement;
import com.csdesk.orders.OrderImport;
import com.csdesk.rfm.RfmManagement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor opens the RFM page, reads both charts and the movement heat map, drills into a
 * segment, tags its members, and sees the segment on the member 360 page.
 */
@DeskIntegrationTest
class RfmDeskBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    OrderImport imports;

    @Autowired
    RfmManagement rfm;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void supervisorDrillsIntoASegmentAndTagsIt() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String big = "大客户" + id;
        String small = "小客户" + id;
        members.ensure(big);
        members.ensure(small);
        String file = order("B1-" + id, big, "2002-03-01", 9000) + order("B2-" + id, big, "2002-03-20", 9000)
                + order("S1-" + id, small, "2001-05-01", 20);
        imports.importOrders(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), line -> { });
        long before = rfm.runNow(LocalDate.of(2002, 3, 10), 365, "MANUAL");
        long after = rfm.runNow(LocalDate.of(2002, 3, 31), 365, "MANUAL");

        browser.login("supervisor", "demo");
        browser.open("/desk/rfm?run=" + after);
        browser.visible(By.id("value-chart"));
        browser.visible(By.id("grid-chart"));
        assertThat(browser.driver().findElement(By.id("rfm-summary")).getText()).contains("2002-03-31");
        // the movement heat map loads with the two newest runs: the big buyer stayed 重要价值
        browser.visible(By.id("movement-matrix"));
        browser.screenshot("rfm-01-page");

        browser.click(By.id("bar-VALUE-IMPORTANT_VALUE"));
        browser.waitForText(By.id("segment-title"), "重要价值");
        assertThat(browser.driver().findElement(By.id("segment-members")).getText()).contains(big).doesNotContain(small);
        browser.type(By.id("bulk-tag"), "VIP-" + id);
        browser.click(By.id("bulk-tag-submit"));
        browser.waitForText(By.id("flash"), "VIP-" + id);
        assertThat(members.get(big).tags()).contains("VIP-" + id);
        browser.screenshot("rfm-02-segment");

        browser.open("/desk/rfm?run=" + before);
        browser.click(By.id("bar-GRID-NEW"));
        browser.waitForText(By.id("segment-title"), "新客");

        browser.open("/desk/members/" + big);
        browser.waitForText(By.id("rfm-360"), "重要价值");
        assertThat(browser.driver().findElement(By.id("rfm-360")).getText()).contains("2002-03-31").contains("R5");
        browser.screenshot("rfm-03-member-360");
    }

    private static String order(String no, String member, String date, int goods) {
        String at = date + "T12:00:00+08:00";
        return "{\"orderNo\": \"" + no + "\", \"member\": \"" + member + "\", \"createdAt\": \"" + at + "\", \"paidAt\": \""
                + at + "\", \"status\": \"PAID\", \"province\": \"北京\", \"lines\": [{\"sku\": \"BR-" + no
                + "\", \"quantity\": 1, \"unitPrice\": " + goods + "}]}\n";
    }
}
