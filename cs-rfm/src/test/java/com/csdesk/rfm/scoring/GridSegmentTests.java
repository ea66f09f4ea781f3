package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridSegmentTests {

    @Test
    void everyOneOfThe25CellsLiesInExactlyOneSegment() {
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                int recency = r;
                int fmScore = fm;
                List<GridSegment> containing = Arrays.stream(GridSegment.values())
                        .filter(s -> s.contains(recency, fmScore))
                        .toList();
                assertThat(containing).as("R%d FM%d", r, fm).hasSize(1);
                assertThat(GridSegment.of(r, fm)).isEqualTo(containing.getFirst());
            }
        }
    }

    @Test
    void eachSegmentHasTheCellsOfTheRulesTable() {
        // counted from the rules' table: ranges multiplied out
        Map<GridSegment, Integer> cells = Map.of(GridSegment.CHAMPIONS, 2, GridSegment.LOYAL, 4,
                GridSegment.POTENTIAL_LOYALIST, 4, GridSegment.NEW, 1, GridSegment.PROMISING, 1,
                GridSegment.NEED_ATTENTION, 1, GridSegment.ABOUT_TO_SLEEP, 2, GridSegment.AT_RISK, 4,
                GridSegment.CANT_LOSE_THEM, 2, GridSegment.HIBERNATING, 4);

        cells.forEach((segment, count) -> {
            int found = 0;
            for (int r = 1; r <= 5; r++) {
                for (int fm = 1; fm <= 5; fm++) {
                    found += segment.contains(r, fm) ? 1 : 0;
                }
            }
            assertThat(found).as("%s", segment).isEqualTo(count);
        });
        assertThat(cells.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    }

    @ParameterizedTest(name = "R{0} FM{1} → {2}")
    @CsvSource({
            "5,5,CHAMPIONS", "5,4,CHAMPIONS", "5,3,POTENTIAL_LOYALIST", "5,2,POTENTIAL_LOYALIST", "5,1,NEW",
            "4,5,LOYAL", "4,4,LOYAL", "4,3,POTENTIAL_LOYALIST", "4,2,POTENTIAL_LOYALIST", "4,1,PROMISING",
            "3,5,LOYAL", "3,4,LOYAL", "3,3,NEED_ATTENTION", "3,2,ABOUT_TO_SLEEP", "3,1,ABOUT_TO_SLEEP",
            "2,5,CANT_LOSE_THEM", "2,4,AT_RISK", "2,3,AT_RISK", "2,2,HIBERNATING", "2,1,HIBERNATING",
            "1,5,CANT_LOSE_THEM", "1,4,AT_RISK", "1,3,AT_RISK", "1,2,HIBERNATING", "1,1,HIBERNATING"})
    void eachCellHasItsSegment(int r, int fm, GridSegment segment) {
        assertThat(GridSegment.of(r, fm)).isEqualTo(segment);
    }

    @ParameterizedTest(name = "F{0} M{1} → FM{2}")
    @CsvSource({
            "1,1,1", "1,2,2", "1,3,2", "1,4,3", "1,5,3",
            "2,1,2", "2,2,2", "2,3,3", "2,4,3", "2,5,4",
            "3,1,2", "3,2,3", "3,3,3", "3,4,4", "3,5,4",
            "4,1,3", "4,2,3", "4,3,4", "4,4,4", "4,5,5",
            "5,1,3", "5,2,4", "5,3,4", "5,4,5", "5,5,5"})
    void fmIsTheMeanOfFAndMRoundedUp(int f, int m, int fm) {
        assertThat(GridSegment.fm(f, m)).isEqualTo(fm);
        assertThat(fm).isEqualTo((int) Math.ceil((f + m) / 2.0));
    }

    @Test
    void segmentsAMemberByRAndFm() {
        assertThat(GridSegment.of(RfmScores.of(5, 4, 3))).isEqualTo(GridSegment.CHAMPIONS);
        assertThat(GridSegment.of(RfmScores.of(3, 3, 2))).isEqualTo(GridSegment.NEED_ATTENTION);
        assertThat(GridSegment.of(RfmScores.of(1, 5, 4))).isEqualTo(GridSegment.CANT_LOSE_THEM);
    }

    @Test
    void theLookupTableHas125RowsOnePerScoreTriple() {
        List<GridSegmentRow> table = GridSegment.lookupTable();

        assertThat(table).hasSize(125);
        assertThat(table).extracting(row -> List.of(row.recency(), row.frequency(), row.monetary()))
                .doesNotHaveDuplicates();
        assertThat(table).allSatisfy(row -> {
            assertThat(row.fm()).isEqualTo(GridSegment.fm(row.frequency(), row.monetary()));
            assertThat(row.segment()).isEqualTo(GridSegment.of(row.recency(), row.fm()));
        });
        assertThat(table).extracting(GridSegmentRow::segment).doesNotContain(GridSegment.NO_PURCHASE)
                .containsAll(Arrays.stream(GridSegment.values()).filter(GridSegment::isScored).toList());
    }

    @Test
    void noPurchaseLiesInNoCell() {
        assertThat(GridSegment.NO_PURCHASE.isScored()).isFalse();
        assertThat(GridSegment.NO_PURCHASE.zh()).isEqualTo("无购买");
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                assertThat(GridSegment.NO_PURCHASE.contains(r, fm)).isFalse();
            }
        }
    }

    @Test
    void segmentsHaveTheirNames() {
        assertThat(GridSegment.CHAMPIONS.zh()).isEqualTo("冠军");
        assertThat(GridSegment.CANT_LOSE_THEM.en()).isEqualTo("Can't Lose Them");
        assertThat(GridSegment.AT_RISK.zh()).isEqualTo("有流失风险");
    }

    @Test
    void refusesScoresOutsideOneToFive() {
        assertThatThrownBy(() -> GridSegment.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridSegment.of(3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridSegment.fm(6, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
