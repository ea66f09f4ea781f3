package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import com.csdesk.shared.Money;
import com.csdesk.shared.Region;
import com.csdesk.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierRestrictionTests {

    @ParameterizedTest(name = "{1} to {0} is refused")
    @CsvSource({
            "上海, COD, 到付, 江浙沪皖", "北京, COD, 到付, 其他大陆地区", "新疆, COD, 到付, 偏远地区",
            "香港, COD, 到付, 港澳台", "海外, COD, 到付, 海外",
            "上海, SURFACE_MAIL, 平邮, 江浙沪皖", "北京, SURFACE_MAIL, 平邮, 其他大陆地区",
            "西藏, SURFACE_MAIL, 平邮, 偏远地区", "台湾, SURFACE_MAIL, 平邮, 港澳台", "海外, SURFACE_MAIL, 平邮, 海外",
    })
    void cashOnDeliveryAndSurfaceMailAreAlwaysRefused(String province, Carrier carrier, String carrierZh,
            String regionZh) {
        assertThatThrownBy(() -> RequestBuilder.to(province).by(carrier).line("ITEM", 1, "2000", "1").quote())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("carrier-not-allowed");
                    assertThat(e.text().zh()).contains(carrierZh, regionZh);
                    assertThat(e.text().en()).contains(carrier.en());
                });
    }

    @Test
    void cashOnDeliveryIsExplainedInBothLanguages() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").by(Carrier.parse("到付")).line("ITEM", 1, "10", "1").quote())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.text().zh()).isEqualTo("本店不接受到付(收货地区:江浙沪皖)");
                    assertThat(e.text().en()).isEqualTo(
                            "The shop does not ship by cash on delivery (destination: Jiangsu, Zhejiang, Shanghai, Anhui)");
                });
    }

    @ParameterizedTest(name = "{1} to {0} is refused: SF only")
    @CsvSource({"香港, ZTO", "澳门, ZTO", "台湾, ZTO", "香港, EMS", "澳门, EMS", "台湾, EMS"})
    void hongKongMacauAndTaiwanShipBySfOnlyEvenWhereTheTableHasARate(String province, Carrier carrier) {
        assertThatThrownBy(() -> RequestBuilder.to(province).by(carrier).line("ITEM", 1, "10", "1").quote())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("carrier-not-allowed");
                    assertThat(e.text().zh()).isEqualTo("港澳台只发顺丰,不能发" + carrier.zh());
                    assertThat(e.text().en()).isEqualTo(
                            "Orders to Hong Kong, Macau, Taiwan ship by SF only, not by " + carrier.en());
                });
        assertThat(RateTable.defaults().find(Carrier.EMS, Region.HK_MO_TW)).isPresent();
    }

    @Test
    void withoutACarrierHongKongIsRefusedBecauseTheDefaultIsZto() {
        assertThatThrownBy(() -> RequestBuilder.to("香港").line("ITEM", 1, "10", "1").quote())
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.text().zh()).isEqualTo("港澳台只发顺丰,不能发中通"));
    }

    @ParameterizedTest(name = "{0} by SF is accepted")
    @CsvSource({"香港", "澳门", "台湾", "香港特别行政区", "Taiwan"})
    void hongKongMacauAndTaiwanAcceptSf(String province) {
        assertThat(RequestBuilder.to(province).by(Carrier.SF).line("ITEM", 1, "10", "1").quote().shipping().fee())
                .isEqualTo(Money.of("30.00"));
    }

    @ParameterizedTest(name = "{0} overseas is refused: EMS only")
    @CsvSource({"ZTO", "SF"})
    void overseasShipsByEmsOnly(Carrier carrier) {
        assertThatThrownBy(() -> RequestBuilder.to("海外").by(carrier).line("ITEM", 1, "10", "1").quote())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("carrier-not-allowed");
                    assertThat(e.text().zh()).isEqualTo("海外只发EMS(或发往转运公司的大陆地址),不能发" + carrier.zh());
                    assertThat(e.text().en()).isEqualTo("Orders overseas ship by EMS only (or through a forwarding "
                            + "company's mainland address), not by " + carrier.en());
                });
    }

    @Test
    void overseasAcceptsEms() {
        assertThat(RequestBuilder.to("overseas").by(Carrier.EMS).line("ITEM", 1, "10", "1").quote().shipping().fee())
                .isEqualTo(Money.of("150.00"));
    }

    @Test
    void aCarrierTheTableDoesNotListForARegionIsNotOffered() {
        RateTable withoutZtoRemote = new RateTable(RateTable.defaults().entries().stream()
                .filter(entry -> !(entry.carrier() == Carrier.ZTO && entry.region() == Region.REMOTE))
                .toList());

        assertThatThrownBy(() -> RequestBuilder.to("新疆").line("ITEM", 1, "10", "1").quote(withoutZtoRemote))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("carrier-not-offered");
                    assertThat(e.text().zh()).isEqualTo("中通不发往偏远地区");
                    assertThat(e.text().en()).isEqualTo("ZTO does not ship to remote region");
                });
    }

    @Test
    void anEmptyTableOffersNothing() {
        assertThatThrownBy(() -> RequestBuilder.to("上海").line("ITEM", 1, "10", "1").quote(new RateTable(List.of())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("carrier-not-offered"));
    }

    @ParameterizedTest(name = "forwarding to {0} is invalid")
    @CsvSource({"海外", "香港", "台湾"})
    void overseasForwardingNeedsAMainlandAddress(String province) {
        assertThatThrownBy(() -> RequestBuilder.to(province).forwarding().line("ITEM", 1, "10", "1").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("forwarding-address-not-mainland");
                    assertThat(e.field()).isEqualTo("province");
                });
    }
}
