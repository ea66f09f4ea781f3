package com.csdesk.members.internal;

import static com.csdesk.members.CustomerType.ANALYTICAL;
import static com.csdesk.members.CustomerType.BARGAINER;
import static com.csdesk.members.CustomerType.EXPERT;
import static com.csdesk.members.CustomerType.FRIENDLY;
import static com.csdesk.members.CustomerType.PICKY;
import static com.csdesk.members.CustomerType.SEASONED;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csdesk.members.CustomerType;
import com.csdesk.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerTypeRulesTests {

    @Test
    void oneTypePerDimensionIsFine() {
        assertThatCode(() -> CustomerTypeRules.requireOnePerDimension(EnumSet.of(FRIENDLY, BARGAINER, EXPERT, SEASONED)))
                .doesNotThrowAnyException();
        assertThatCode(() -> CustomerTypeRules.requireOnePerDimension(Set.<CustomerType>of())).doesNotThrowAnyException();
    }

    @Test
    void twoTypesOfOneDimensionAreRefusedNamingBoth() {
        assertThatThrownBy(() -> CustomerTypeRules.requireOnePerDimension(EnumSet.of(FRIENDLY, PICKY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Friendly").hasMessageContaining("Picky");
        assertThatThrownBy(() -> CustomerTypeRules.requireOnePerDimension(EnumSet.of(ANALYTICAL, PICKY, EXPERT)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyTypeHasAStrategyInBothLanguages() {
        for (CustomerType type : CustomerType.values()) {
            org.assertj.core.api.Assertions.assertThat(type.strategy().zh()).isNotBlank();
            org.assertj.core.api.Assertions.assertThat(type.strategy().en()).isNotBlank();
        }
    }
}
