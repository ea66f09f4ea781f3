package com.csdesk.orders.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "ZTO, ZTO", "zto, ZTO", "中通, ZTO", "中通快递, ZTO",
            "SF, SF", "sf, SF", "顺丰, SF", "顺丰速运, SF",
            "EMS, EMS", "ems, EMS", "邮政EMS, EMS", "邮政ems, EMS",
            "COD, COD", "cod, COD", "到付, COD",
            "SURFACE_MAIL, SURFACE_MAIL", "surface_mail, SURFACE_MAIL", "surface mail, SURFACE_MAIL",
            "平邮, SURFACE_MAIL",
            "' sf ', SF", "ＳＦ, SF",
    })
    void parsesCodesAndChineseNames(String text, Carrier expected) {
        assertThat(Carrier.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DHL", "圆通", "", "  "})
    void anUnknownCarrierIsInvalidInputOnTheCarrierField(String text) {
        assertThatThrownBy(() -> Carrier.parse(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-carrier");
                    assertThat(e.field()).isEqualTo("carrier");
                    assertThat(e.text().zh()).isEqualTo("未知的快递公司:" + text);
                    assertThat(e.text().en()).isEqualTo("Unknown carrier: " + text);
                });
    }

    @Test
    void ztoIsTheDefaultAndOnlyCashOnDeliveryAndSurfaceMailAreRefused() {
        assertThat(Carrier.DEFAULT).isEqualTo(Carrier.ZTO);
        assertThat(Carrier.values()).filteredOn(Carrier::isRefused)
                .containsExactlyInAnyOrder(Carrier.COD, Carrier.SURFACE_MAIL);
    }
}
