package com.csdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinceTests {

    @ParameterizedTest
    @CsvSource({
            "上海, SHANGHAI", "上海市, SHANGHAI", "Shanghai, SHANGHAI", " shanghai , SHANGHAI",
            "广东, GUANGDONG", "广东省, GUANGDONG", "新疆, XINJIANG", "新疆维吾尔自治区, XINJIANG",
            "香港, HONG_KONG", "香港特别行政区, HONG_KONG", "Hong Kong, HONG_KONG", "澳門, MACAU",
            "内蒙古自治区, INNER_MONGOLIA", "内蒙, INNER_MONGOLIA", "广西壮族自治区, GUANGXI", "宁夏回族自治区, NINGXIA",
            "西藏自治区, TIBET", "Xizang, TIBET", "台湾省, TAIWAN", "海外, OVERSEAS", "overseas, OVERSEAS"})
    void acceptsNamesWithAndWithoutSuffix(String text, Province expected) {
        assertThat(Province.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"火星", "上海省", "", "Shang hai x"})
    void refusesUnknownProvincesByName(String text) {
        assertThatThrownBy(() -> Province.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(text)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("province"));
    }

    @Test
    void regionsAreTheShopsShippingRegions() {
        assertThat(Province.domestic()).filteredOn(p -> p.region() == Region.A)
                .containsExactlyInAnyOrder(Province.JIANGSU, Province.ZHEJIANG, Province.SHANGHAI, Province.ANHUI);
        assertThat(Province.domestic()).filteredOn(p -> p.region() == Region.REMOTE)
                .containsExactlyInAnyOrder(Province.GANSU, Province.QINGHAI, Province.NINGXIA, Province.GUIZHOU,
                        Province.XINJIANG, Province.TIBET);
        assertThat(Province.domestic()).filteredOn(p -> p.region() == Region.HK_MO_TW)
                .containsExactlyInAnyOrder(Province.HONG_KONG, Province.MACAU, Province.TAIWAN);
        assertThat(Province.domestic()).hasSize(34);
        assertThat(Province.OVERSEAS.region()).isEqualTo(Region.OVERSEAS);
        assertThat(Province.BEIJING.region()).isEqualTo(Region.B);
    }
}
