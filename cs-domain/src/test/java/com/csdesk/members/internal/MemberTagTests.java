package com.csdesk.members.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MemberTagTests {

    @Test
    void aTagIsStrippedAndAtMostTwentyCharacters() {
        assertThat(MemberService.tag("  高价值 ")).isEqualTo("高价值");
        assertThat(MemberService.tag("一二三四五六七八九十一二三四五六七八九十")).hasSize(MemberService.MAX_TAG_LENGTH);
        assertRefused(" ");
        assertRefused("一二三四五六七八九十一二三四五六七八九十一");
    }

    @Test
    void aTagCanBeNamedInTheAddressThatRemovesIt() {
        assertThat(MemberService.tag("VIP-2026 (老客)")).isEqualTo("VIP-2026 (老客)");
        for (String bad : new String[] {"a/b", "a\\b", "50%", "a;b", "a\u0000b", "a\nb"}) {
            assertRefused(bad);
        }
    }

    private static void assertRefused(String tag) {
        assertThatThrownBy(() -> MemberService.tag(tag)).as(tag).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("invalid-tag"));
    }
}
