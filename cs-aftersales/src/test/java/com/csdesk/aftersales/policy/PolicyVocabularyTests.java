package com.csdesk.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.csdesk.shared.Text;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The enums agents see: causes, categories, labels in both languages. */
class PolicyVocabularyTests {

    @ParameterizedTest(name = "{0}: {1}, {2}, quality problem {3}")
    @CsvSource({
            "NO_REASON,          BUYER,       BUYER_CHOICE, false, 七天无理由",
            "SIZE,               BUYER,       BUYER_CHOICE, false, 尺码不合适",
            "COLOUR,             BUYER,       BUYER_CHOICE, false, 颜色不合适",
            "STYLE,              BUYER,       BUYER_CHOICE, false, 换款",
            "DEFECT,             SELLER,      QUALITY,      true,  瑕疵",
            "NOT_AS_DESCRIBED,   SELLER,      QUALITY,      true,  描述不符",
            "WRONG_ITEM,         SELLER,      QUALITY,      true,  发错货",
            "MISSING_ITEM,       SELLER,      QUALITY,      true,  少件",
            "DAMAGED_IN_TRANSIT, THIRD_PARTY, CARRIER,      false, 破损",
            "LOST,               THIRD_PARTY, CARRIER,      false, 丢件",
            "LATE_SHIPMENT,      SELLER,      DELAY,        false, 延迟发货"})
    void eachReasonKnowsItsCauseAndCategory(Reason reason, Cause cause, Reason.Category category, boolean quality, String zh) {
        assertThat(reason.cause()).isEqualTo(cause);
        assertThat(reason.category()).isEqualTo(category);
        assertThat(reason.isQualityProblem()).isEqualTo(quality);
        assertThat(reason.label().zh()).isEqualTo(zh);
    }

    @ParameterizedTest(name = "{0}: moves goods {1}, refunds {2}")
    @CsvSource({
            "RETURN_REFUND, true,  true,  退货退款",
            "REFUND_ONLY,   false, true,  仅退款",
            "EXCHANGE,      true,  false, 换货",
            "REPAIR,        true,  false, 维修",
            "COMPLAINT,     false, false, 投诉"})
    void eachRequestKindKnowsWhetherGoodsTravelAndMoneyIsRefunded(RequestKind kind, boolean moves, boolean refunds, String zh) {
        assertThat(kind.movesGoods()).isEqualTo(moves);
        assertThat(kind.refundsMoney()).isEqualTo(refunds);
        assertThat(kind.label().zh()).isEqualTo(zh);
    }

    @Test
    void onlyTheExceptionsASupervisorMayGrantLeadToApproval() {
        assertThat(Arrays.stream(PolicyRule.values()).filter(r -> r.whenFailed() == Outcome.NEEDS_APPROVAL))
                .containsExactlyInAnyOrder(PolicyRule.PURCHASE_AGENT_EXCHANGE, PolicyRule.STYLE_CHANGE);
        assertThat(PolicyRule.values()).allMatch(r -> r.whenFailed() != Outcome.ALLOWED);
    }

    @Test
    void everyValueHasAChineseAndAnEnglishLabel() {
        Stream<Text> labels = Stream.of(
                labels(Reason.values(), Reason::label),
                labels(Reason.Category.values(), Reason.Category::label),
                labels(Cause.values(), Cause::label),
                labels(RequestKind.values(), RequestKind::label),
                labels(Outcome.values(), Outcome::label),
                labels(ShippingPayer.values(), ShippingPayer::label),
                labels(PolicyRule.values(), PolicyRule::label)).flatMap(s -> s);

        assertThat(labels).allSatisfy(label -> {
            assertThat(label.zh()).isNotBlank().isNotEqualTo(label.en());
            assertThat(label.en()).isNotBlank();
        });
    }

    private static <E> Stream<Text> labels(E[] values, Function<E, Text> label) {
        return Arrays.stream(values).map(label);
    }
}
