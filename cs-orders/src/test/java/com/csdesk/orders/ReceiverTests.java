package com.csdesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiverTests {

    private final Receiver home = new Receiver("张三", "13800000000", "上海", "上海市", "浦东新区", "世纪大道 1 号");

    @Test
    void oneLineLeavesOutACityThatRepeatsTheProvince() {
        assertThat(new Receiver("张三", "1", "上海", "上海", null, "世纪大道1号").oneLine()).isEqualTo("上海世纪大道1号");
        assertThat(home.oneLine()).isEqualTo("上海上海市浦东新区世纪大道 1 号");
    }

    @Test
    void theSameAddressWithOrWithoutSpacesIsTheSame() {
        assertThat(home.isAt("上海上海市浦东新区世纪大道1号")).isTrue();
        assertThat(home.isAt(" 上海 上海市 浦东新区 世纪大道 1 号 ")).isTrue();
    }

    @Test
    void anotherAddressOrNoneIsNotTheSame() {
        assertThat(home.isAt("上海上海市浦东新区世纪大道2号")).isFalse();
        assertThat(home.isAt(null)).isFalse();
    }
}
