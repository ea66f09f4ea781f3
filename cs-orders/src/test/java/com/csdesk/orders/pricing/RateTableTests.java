package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTests {

    @ParameterizedTest(name = "{0} to {1}: {2} + {3}/kg")
    @CsvSource({
            "ZTO, A, 6, 0", "ZTO, B, 8, 0", "ZTO, REMOTE, 15, 10",
            "SF, A, 12, 2", "SF, B, 12, 2", "SF, REMOTE, 20, 8", "SF, HK_MO_TW, 30, 10",
            "EMS, A, 20, 6", "EMS, B, 20, 6", "EMS, REMOTE, 20, 6", "EMS, HK_MO_TW, 40, 10", "EMS, OVERSEAS, 150, 50",
    })
    void theDefaultTableHasTheShopsRates(Carrier carrier, Region region, long first, long additional) {
        assertThat(RateTable.defaults().find(carrier, region))
                .contains(new RateTable.Entry(carrier, region, Money.of(first), Money.of(additional)));
    }

    @ParameterizedTest(name = "{0} does not go to {1}")
    @CsvSource({"ZTO, HK_MO_TW", "ZTO, OVERSEAS", "SF, OVERSEAS", "COD, A", "SURFACE_MAIL, B"})
    void cellsLeftOutAreNotOffered(Carrier carrier, Region region) {
        assertThat(RateTable.defaults().find(carrier, region)).isEmpty();
    }

    @Test
    void theDefaultTableHasTwelveCells() {
        assertThat(RateTable.defaults().entries()).hasSize(12);
    }

    @Test
    void anEntryChargesTheFirstKilogramThenEachAdditionalOne() {
        RateTable.Entry sfRemote = new RateTable.Entry(Carrier.SF, Region.REMOTE, Money.of(20), Money.of(8));

        assertThat(sfRemote.feeFor(1)).isEqualTo(Money.of("20.00"));
        assertThat(sfRemote.feeFor(2)).isEqualTo(Money.of("28.00"));
        assertThat(sfRemote.feeFor(5)).isEqualTo(Money.of("52.00"));
    }

    @Test
    void ztoChargesTheFirstKilogramOnlyOutsideRemoteRegionsWhateverTheCellSays() {
        var ztoB = new RateTable.Entry(Carrier.ZTO, Region.B, Money.of(8), Money.of(3));
        assertThat(ztoB.feeFor(1)).isEqualTo(Money.of(8));
        assertThat(ztoB.feeFor(5)).isEqualTo(Money.of(8));
        assertThatThrownBy(ztoB::requireMeaningful).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("additionalKgFee"));
        var ztoRemote = new RateTable.Entry(Carrier.ZTO, Region.REMOTE, Money.of(15), Money.of(10));
        assertThat(ztoRemote.feeFor(3)).isEqualTo(Money.of(35));
        ztoRemote.requireMeaningful();
        new RateTable.Entry(Carrier.ZTO, Region.A, Money.of(6), Money.ZERO).requireMeaningful();
        var sfB = new RateTable.Entry(Carrier.SF, Region.B, Money.of(12), Money.of(2));
        assertThat(sfB.feeFor(3)).isEqualTo(Money.of(16));
        sfB.requireMeaningful();
    }

    @Test
    void aCellListedTwiceIsRefused() {
        List<RateTable.Entry> entries = new ArrayList<>(RateTable.defaults().entries());
        entries.add(new RateTable.Entry(Carrier.ZTO, Region.A, Money.of(5), Money.ZERO));

        assertThatThrownBy(() -> new RateTable(entries))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-rate-table");
                    assertThat(e.text().zh()).contains("中通", "江浙沪皖");
                });
    }

    @Test
    void aNegativeFeeIsRefused() {
        assertThatThrownBy(() -> new RateTable.Entry(Carrier.SF, Region.B, Money.of(12), Money.of("-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-rate-table");
                    assertThat(e.field()).isEqualTo("additionalKgFee");
                });
        assertThatThrownBy(() -> new RateTable.Entry(Carrier.SF, Region.B, Money.of("-12"), Money.of(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstKgFee"));
    }

    @Test
    void aRefusedCarrierCannotHaveARate() {
        assertThatThrownBy(() -> new RateTable.Entry(Carrier.COD, Region.A, Money.of(6), Money.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-rate-table");
                    assertThat(e.field()).isEqualTo("carrier");
                });
    }

    @Test
    void theEntriesCannotBeChangedAfterwards() {
        List<RateTable.Entry> entries = new ArrayList<>();
        entries.add(new RateTable.Entry(Carrier.ZTO, Region.A, Money.of(6), Money.ZERO));
        RateTable table = new RateTable(entries);
        entries.clear();

        assertThat(table.entries()).hasSize(1);
    }
}
