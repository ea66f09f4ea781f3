package com.csdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTests {

    @ParameterizedTest
    @CsvSource({"13812341234, 138****1234", "+8613812341234, +86138****1234", "88881234, ****1234", "123, ****"})
    void masksPhonesLikeThePlatform(String phone, String masked) {
        assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"世纪大道100号1201室, 世纪大道10****", "人民路1号, 人民****"})
    void keepsTheStartOfAStreetAddress(String detail, String masked) {
        assertThat(PersonalData.maskAddress(detail)).isEqualTo(masked);
    }
}
