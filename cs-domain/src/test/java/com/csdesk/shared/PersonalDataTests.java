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

    /** The first three and the last four digits of the number show (and a country code before it), whatever separates them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "138 1234 5678      | 138 **** 5678",
            "138-1234-5678      | 138-****-5678",
            "+86 138-1234-5678  | +86 138-****-5678",
            "+86 13812345678    | +86 138****5678",
            "0086 138 1234 5678 | 0086 138 **** 5678",
            "1 3 8 1 2 3 4 5 6 7 8 | 1 3 8 * * * * 5 6 7 8",
            "021-8888-1234      | 021-****-1234",
            "8888 1234          | **** 1234",
            "12345              | *2345",
            "1 2 3              | ****",
            "１３８１２３４５６７８        | １３８****５６７８"})
    void masksByDigitsNotCharacters(String phone, String masked) {
        assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"世纪大道100号1201室, 世纪大道10****", "人民路1号, 人民****"})
    void keepsTheStartOfAStreetAddress(String detail, String masked) {
        assertThat(PersonalData.maskAddress(detail)).isEqualTo(masked);
    }
}
