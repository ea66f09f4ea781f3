package com.csdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csdesk.DeskIntegrationTest;
import com.csdesk.jobs.JobRun;
import com.csdesk.members.Address;
import com.csdesk.members.MemberManagement;
import com.csdesk.members.MemberProfile;
import com.csdesk.products.ProductData;
import com.csdesk.products.ProductKind;
import com.csdesk.products.ProductManagement;
import com.csdesk.shared.Money;
import com.csdesk.testsupport.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The orders jobs on a moved clock: each acts exactly at its deadline and records its run. */
@DeskIntegrationTest
class OrderJobsTests {

    @Autowired
    OrderJobs jobs;

    @Autowired
    OrderManagement orders;

    @Autowired
    MemberManagement members;

    @Autowired
    ProductManagement products;

    @Autowired
    MutableClock clock;

    @Autowired
    MockMvc mvc;

    static final Receiver TO = new Receiver("李四", "13900000000", "上海", "上海市", "静安区", "南京西路1号");

    /** A member with a default address, an in-stock product at 300 and a purchase-agent one at 200. */
    record Shop(String member, String inStock, String purchaseAgent) {
    }

    Shop shop() {
        // whole seconds, so times read back from the database compare equal
        clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Shop s = new Shop("jobs" + suffix, "JI-" + suffix, "JP-" + suffix);
        members.saveFromStorefront(s.member(), new MemberProfile(null, null, null, "上海", null,
                List.of(new Address("李四", "13900000000", "上海", "上海市", "静安区", "南京西路1号", null, true))));
        products.save(s.inStock(), new ProductData("现货T恤", Money.of(300), new BigDecimal("0.3"), 1000, false,
                ProductKind.IN_STOCK, Map.of(), null, null));
        products.save(s.purchaseAgent(), new ProductData("韩国直送开衫", Money.of(200), new BigDecimal("0.5"), 0, false,
                ProductKind.PURCHASE_AGENT, Map.of(), null, 10));
        return s;
    }

    String place(Shop s, String sku, int quantity) {
        return orders.place(new PlaceOrder(s.member(), null, List.of(new OrderLineRequest(sku, quantity)), TO, null,
                false, false), null).order().orderNo();
    }

    OrderView pay(String orderNo) {
        OrderView o = orders.get(orderNo);
        return orders.pay(orderNo, new PaymentNotice("pay-" + UUID.randomUUID(), PaymentMethod.WECHAT_PAY, o.payable()))
                .order();
    }

    @Test
    void unpaidOrdersCloseAfter72HoursAndReleaseTheirStock() throws Exception {
        Shop s = shop();
        String old = place(s, s.inStock(), 2);
        clock.advance(Duration.ofHours(71));
        String young = place(s, s.inStock(), 3);
        assertThat(products.get(s.inStock()).reserved()).isEqualTo(5);
        jobs.closeUnpaid();
        assertThat(orders.get(old).status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        JobRun run = jobs.closeUnpaid();
        assertThat(run.status()).isEqualTo(JobRun.Status.SUCCEEDED);
        assertThat(run.rowsAffected()).isGreaterThanOrEqualTo(1);
        OrderView closed = orders.get(old);
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertThat(closed.history().getLast().actor()).isEqualTo("system");
        assertThat(closed.history().getLast().from()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(orders.get(young).status()).isEqualTo(OrderStatus.WAITING_PAYMENT);
        assertThat(products.get(s.inStock()).reserved()).isEqualTo(3);
        assertThat(jobs.closeUnpaid().rowsAffected()).isZero();
        mvc.perform(get("/api/ops/v1/jobs").param("job", "orders.close-unpaid").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].job").value("orders.close-unpaid"))
                .andExpect(jsonPath("$[0].status").value("SUCCEEDED"))
                .andExpect(jsonPath("$[0].rowsAffected").value(0))
                .andExpect(jsonPath("$[1].rowsAffected").value(run.rowsAffected().intValue()))
                .andExpect(jsonPath("$[1].finishedAt").isNotEmpty());
    }

    @Test
    void shippedOrdersCompleteAfter10DaysUnlessAfterSalesIsOpen() {
        Shop s = shop();
        String plain = place(s, s.inStock(), 1);
        String disputed = place(s, s.inStock(), 1);
        for (String no : List.of(plain, disputed)) {
            pay(no);
            orders.ship(no, new ShipmentRequest("ZTO", "ZT" + UUID.randomUUID().toString().substring(0, 12), List.of()));
        }
        orders.afterSalesOpened(disputed);
        clock.advance(Duration.ofDays(10).minusMinutes(1));
        jobs.completeShipped();
        assertThat(orders.get(plain).status()).isEqualTo(OrderStatus.SHIPPED);
        clock.advance(Duration.ofMinutes(1));
        jobs.completeShipped();
        OrderView completed = orders.get(plain);
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(clock.instant());
        assertThat(completed.history().getLast().reason()).contains("10 days");
        assertThat(orders.get(disputed).status()).isEqualTo(OrderStatus.SHIPPED);
        orders.afterSalesClosed(disputed);
        jobs.completeShipped();
        assertThat(orders.get(disputed).status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void purchaseAgentGoodsUnshipped15DaysGetTheirShippingRefundedOnce() {
        Shop s = shop();
        String agent = place(s, s.purchaseAgent(), 1);
        String inStock = place(s, s.inStock(), 1);
        assertThat(pay(agent).shippingFee()).isEqualTo(Money.of(6));
        pay(inStock);
        clock.advance(Duration.ofDays(15).minusMinutes(1));
        jobs.refundLatePurchaseAgentShipping();
        assertThat(orders.get(agent).refundedAmount()).isEqualTo(Money.ZERO);
        clock.advance(Duration.ofMinutes(1));
        assertThat(jobs.refundLatePurchaseAgentShipping().rowsAffected()).isGreaterThanOrEqualTo(1);
        OrderView refunded = orders.get(agent);
        assertThat(refunded.refundedAmount()).isEqualTo(Money.of(6));
        assertThat(refunded.shippingRefundedAt()).isEqualTo(clock.instant());
        assertThat(refunded.refunds()).singleElement().satisfies(r -> {
            assertThat(r.goodsAmount()).isEqualTo(Money.ZERO);
            assertThat(r.actor()).isEqualTo("system");
        });
        assertThat(refunded.status()).isEqualTo(OrderStatus.PAID);
        assertThat(orders.get(inStock).refunds()).isEmpty();
        jobs.refundLatePurchaseAgentShipping();
        assertThat(orders.get(agent).refunds()).hasSize(1);
        // the shipping refund leaves the member's cumulative spend alone
        assertThat(members.get(s.member()).cumulativeSpend()).isEqualTo(Money.of(500));
    }

    @Test
    void inStockOrdersUnshipped48HoursAfterPaymentAreFlaggedLate() {
        Shop s = shop();
        String late = place(s, s.inStock(), 1);
        String onTime = place(s, s.inStock(), 1);
        String agent = place(s, s.purchaseAgent(), 1);
        List.of(late, onTime, agent).forEach(this::pay);
        clock.advance(Duration.ofHours(47));
        orders.ship(onTime, new ShipmentRequest("ZTO", "ZT" + UUID.randomUUID().toString().substring(0, 12), List.of()));
        jobs.flagLateShipments();
        assertThat(orders.get(late).lateShipment()).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(jobs.flagLateShipments().rowsAffected()).isGreaterThanOrEqualTo(1);
        OrderView flagged = orders.get(late);
        assertThat(flagged.lateShipment()).isTrue();
        assertThat(flagged.flag()).isEqualTo(Flag.RED);
        assertThat(orders.get(onTime).lateShipment()).isFalse();
        assertThat(orders.get(agent).lateShipment()).isFalse();
        // the reserved-goods note (留货) is read back whole and cleared when the goods leave
        orders.addNote(late, "留货:M码已预留", true);
        OrderView shipped = orders.ship(late, new ShipmentRequest("ZTO", "ZT" + UUID.randomUUID().toString().substring(0, 12), List.of()));
        assertThat(shipped.notes()).singleElement().satisfies(n -> {
            assertThat(n.reservedGoods()).isTrue();
            assertThat(n.clearedAt()).isEqualTo(clock.instant());
            assertThat(n.display()).startsWith("留货:M码已预留 (system, ");
        });
    }

    @Test
    void theYearsTopSpendersGetLifetimeFreeShippingOnTheirDefaultAddress() {
        Shop s = shop();
        String big = place(s, s.inStock(), 300);
        OrderView paid = pay(big);
        orders.ship(big, new ShipmentRequest("SF", "SF" + UUID.randomUUID().toString().substring(0, 12), List.of()));
        Year year = Year.from(paid.paidAt().atZone(com.csdesk.members.Note.SHOP_ZONE));
        JobRun run = jobs.grantLifetimeFreeShipping(year);
        assertThat(run.rowsAffected()).isGreaterThanOrEqualTo(1);
        var member = members.get(s.member());
        assertThat(member.lifetimeFreeShipping()).isTrue();
        assertThat(member.lifetimeFreeShippingAddress()).isEqualTo("上海上海市静安区南京西路1号");
        // the next order to that address ships free for life
        var quote = orders.quote(new QuoteRequest(s.member(), "上海", null,
                List.of(new OrderLineRequest(s.inStock(), 1)), TO, false, false));
        assertThat(quote.shipping().rule().name()).isEqualTo("LIFETIME");
        assertThat(jobs.grantLifetimeFreeShipping(year).rowsAffected()).isZero();
    }
}
