package com.csdesk.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.csdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TargetTests {

    @Test
    void aSegmentOrAWholeMovementCellIsATarget() {
        assertThat(Target.segment(2, SegmentMap.VALUE, "重要价值").isMovementCell()).isFalse();
        assertThat(new Target(2, SegmentMap.GRID, "AT_RISK", 1L, "CANT_LOSE_THEM").isMovementCell()).isTrue();
        // a form's empty field counts as not given
        assertThat(new Target(2, SegmentMap.VALUE, "重要价值", null, " ").fromSegment()).isNull();
    }

    @Test
    void fromSegmentWithoutFromRunIsRefused() {
        assertThatThrownBy(() -> new Target(2, SegmentMap.VALUE, "重要价值", null, "重要挽留"))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("fromRun"));
    }

    @Test
    void fromRunWithoutFromSegmentIsRefused() {
        assertThatThrownBy(() -> new Target(2, SegmentMap.VALUE, "重要价值", 1L, null))
                .asInstanceOf(type(InvalidInputException.class))
                .satisfies(e -> assertThat(e.field()).isEqualTo("fromSegment"));
        assertThatThrownBy(() -> new Target(2, SegmentMap.VALUE, "重要价值", 1L, ""))
                .isInstanceOf(InvalidInputException.class);
    }
}
