package com.csdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.members.CustomerType;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.testsupport.MutableClock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An agent logs in, finds a member as they type, opens the 360 page and adds a note and a tag. */
@DeskIntegrationTest
class MemberDeskBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MemberManagement members;

    @Autowired
    MutableClock clock;

    Browser browser;

    @BeforeEach
    void start() {
        clock.set(Instant.parse("2026-11-23T03:00:00Z"));
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void agentFindsAMemberAndAddsANote() {
        String nickname = "爱笑的鲸鱼" + UUID.randomUUID().toString().substring(0, 6);
        members.saveFromStorefront(nickname, new MemberProfile("13912345678", null, "林小鲸", "浙江", "淘宝", List.of()));

        browser.login("presales", "demo");
        browser.screenshot("01-home");
        browser.open("/desk/members");
        browser.type(By.id("member-q"), nickname.substring(0, 8));
        By link = By.linkText(nickname);
        browser.visible(link);
        assertThat(browser.driver().findElement(By.id("member-results")).getText()).contains("139****5678");
        browser.screenshot("02-search");

        browser.click(link);
        browser.waitForText(By.id("member-nickname"), nickname);
        browser.type(By.id("note-text"), "喜欢宽松款,M码");
        browser.click(By.id("note-submit"));
        browser.waitForText(By.id("notes"), "喜欢宽松款,M码 (presales, 2026-11-23)");
        browser.type(By.id("tag-input"), "宽松风");
        browser.click(By.cssSelector("#tags button[type=submit]"));
        browser.waitForText(By.id("tags"), "宽松风");
        browser.screenshot("03-member-360");

        assertThat(members.get(nickname).notes()).extracting(n -> n.display())
                .containsExactly("喜欢宽松款,M码 (presales, 2026-11-23)");
        assertThat(members.get(nickname).tags()).containsExactly("宽松风");
    }

    @Test
    void aConcurrentChangeIsRefusedAndShownInsteadOfOverwritten() {
        String nickname = "元气团子" + UUID.randomUUID().toString().substring(0, 6);
        members.saveFromStorefront(nickname, new MemberProfile(null, null, null, null, null, List.of()));
        browser.login("supervisor", "demo");
        browser.open("/desk/members/" + nickname);
        // a colleague sets a type while this page is open
        members.setCustomerTypes(nickname, EnumSet.of(CustomerType.EXPERT), null);
        new Select(browser.visible(By.id("type-CHARACTER"))).selectByValue("FRIENDLY");
        browser.click(By.cssSelector("#types button[type=submit]"));
        browser.waitForText(By.id("flash"), "该会员已被他人修改");
        browser.screenshot("04-refusal");
        assertThat(members.get(nickname).customerTypes()).containsExactly(CustomerType.EXPERT);
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage() {
        browser.open("/login");
        browser.type(By.id("username"), "presales");
        browser.type(By.id("password"), "nope");
        browser.click(By.id("login-submit"));
        browser.waitForText(By.cssSelector(".alert.error"), "用户名或密码错误");
        assertThat(browser.currentPath()).startsWith("/login");
    }
}
