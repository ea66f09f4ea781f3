package com.csdesk.aftersales.policy;

import com.csdesk.products.ProductKind;
import com.csdesk.shared.Money;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A request under test, built fluently: a one-piece dress (style DRESS-A, size S) bought for
 * ¥299.00, received a day ago, nothing returned yet, not inspected yet, default settings.
 */
final class PolicyCase {

    static final Instant NOW = Instant.parse("2025-06-01T04:00:00Z");
    static final String STYLE = "DRESS-A";
    static final String SKU = "DRESS-A-S";

    /** The same style in another size: a size exchange. */
    static WantedItem otherSize(int stock) {
        return new WantedItem("DRESS-A-M", STYLE, stock);
    }

    /** Another style: a style change (换款). */
    static WantedItem otherStyle(int stock) {
        return new WantedItem("SKIRT-B-M", "SKIRT-B", stock);
    }

    private PurchasedLine line;
    private @Nullable Instant receivedAt = NOW.minus(Duration.ofDays(1));
    private AfterSalesHistory history = AfterSalesHistory.none();
    private @Nullable Boolean resalable;
    private PolicySettings settings = PolicySettings.defaults();
    // paid three days ago and not shipped: late against the 48-hour promise
    private Dispatch dispatch = new Dispatch(false, NOW.minus(Duration.ofDays(3)), null, Duration.ofHours(48));

    private PolicyCase(PurchasedLine line) {
        this.line = line;
    }

    static PolicyCase of(ProductKind kind) {
        return new PolicyCase(PurchasedLine.of(SKU, kind, STYLE, 1, Money.of("299.00")));
    }

    PolicyCase line(PurchasedLine line) {
        this.line = line;
        return this;
    }

    PolicyCase receivedAgo(Duration elapsed) {
        this.receivedAt = NOW.minus(elapsed);
        return this;
    }

    PolicyCase notReceived() {
        this.receivedAt = null;
        return this;
    }

    PolicyCase receivedAt(Instant at) {
        this.receivedAt = at;
        return this;
    }

    PolicyCase history(int earlierExchanges, boolean styleChangeExceptionGranted) {
        this.history = new AfterSalesHistory(earlierExchanges, styleChangeExceptionGranted);
        return this;
    }

    PolicyCase resalable(@Nullable Boolean resalable) {
        this.resalable = resalable;
        return this;
    }

    PolicyCase settings(PolicySettings settings) {
        this.settings = settings;
        return this;
    }

    PolicyCase dispatch(Dispatch dispatch) {
        this.dispatch = dispatch;
        return this;
    }

    PolicyDecision decide(AfterSalesRequest request) {
        var policy = new AfterSalesPolicy(Clock.fixed(NOW, ZoneOffset.UTC));
        return policy.decide(new PolicyRequest(line, receivedAt, request, history, resalable, settings, dispatch));
    }

    /** The one check on {@code rule} in the decision; fails the test when there is none or several. */
    static PolicyCheck check(PolicyDecision decision, PolicyRule rule) {
        var found = decision.checks().stream().filter(c -> c.rule() == rule).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + rule + " check, got " + decision.checks());
        }
        return found.getFirst();
    }
}
