package com.csdesk.rfm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuintileScorerTests {

    private static final QuintileScorer RECENCY = new QuintileScorer(Metric.RECENCY);
    private static final QuintileScorer FREQUENCY = new QuintileScorer(Metric.FREQUENCY);
    private static final QuintileScorer MONETARY = new QuintileScorer(Metric.MONETARY);

    @Test
    void emptyInputGivesNoScoresAndNoBands() {
        MetricScores scores = FREQUENCY.score(List.of());

        assertThat(scores.scores()).isEmpty();
        assertThat(scores.cutPoints().bands()).isEmpty();
        assertThat(scores.cutPoints().metric()).isEqualTo(Metric.FREQUENCY);
    }

    @Test
    void aSingleMemberIsInTheFirstGroup() {
        List<MemberValue> one = List.of(value(42, "7"));

        assertThat(FREQUENCY.score(one).scoreOf(42)).isEqualTo(Score.of(1));
        assertThat(MONETARY.score(one).scoreOf(42)).isEqualTo(Score.of(1));
        // first group of R is the most recent, so the only member scores 5
        assertThat(RECENCY.score(one).scoreOf(42)).isEqualTo(Score.of(5));
        assertThat(RECENCY.score(one).cutPoints().bands())
                .containsExactly(new ScoreBand(Score.of(5), new BigDecimal("7"), new BigDecimal("7")));
    }

    @Test
    void fewerThanFiveMembersGetOneGroupEachAndTheLastGroupsStayEmpty() {
        List<MemberValue> three = List.of(value(1, "30"), value(2, "10"), value(3, "20"));

        assertThat(FREQUENCY.score(three).scores()).containsExactlyInAnyOrderEntriesOf(
                Map.of(2L, Score.of(1), 3L, Score.of(2), 1L, Score.of(3)));
        assertThat(RECENCY.score(three).scores()).containsExactlyInAnyOrderEntriesOf(
                Map.of(2L, Score.of(5), 3L, Score.of(4), 1L, Score.of(3)));
        assertThat(FREQUENCY.score(three).cutPoints().bands()).extracting(ScoreBand::score)
                .containsExactly(Score.of(3), Score.of(2), Score.of(1));
        assertThat(FREQUENCY.score(three).cutPoints().band(Score.of(5))).isEmpty();
    }

    @ParameterizedTest(name = "{0} members → group sizes {1}")
    @CsvSource(delimiter = ';', value = {
            "1; 1 0 0 0 0",
            "4; 1 1 1 1 0",
            "5; 1 1 1 1 1",
            "6; 2 1 1 1 1",
            "7; 2 2 1 1 1",
            "10; 2 2 2 2 2",
            "11; 3 2 2 2 2",
            "14; 3 3 3 3 2",
            "1000003; 200001 200001 200001 200000 200000"})
    void groupSizesDifferByAtMostOneWithTheLargerGroupsFirst(int members, String expectedSizes) {
        int[] sizes = new int[QuintileScorer.GROUPS];
        for (int row = 0; row < members; row++) {
            sizes[QuintileScorer.ntile(row, members) - 1]++;
        }

        assertThat(IntStream.of(sizes).mapToObj(String::valueOf).toList())
                .containsExactly(expectedSizes.split(" "));
    }

    @Test
    void sixSevenAndElevenMembersAreScoredInGroupsOfTheRightSize() {
        // counts of scores 1, 2, 3, 4, 5: F's first (larger) groups are the lowest values, scores 1 and 2
        assertThat(countsByScore(FREQUENCY.score(distinctValues(6)))).containsExactly(2L, 1L, 1L, 1L, 1L);
        assertThat(countsByScore(FREQUENCY.score(distinctValues(7)))).containsExactly(2L, 2L, 1L, 1L, 1L);
        assertThat(countsByScore(FREQUENCY.score(distinctValues(11)))).containsExactly(3L, 2L, 2L, 2L, 2L);
        // R's first (larger) groups are the fewest days, the most recent, so scores 5 and 4
        assertThat(countsByScore(RECENCY.score(distinctValues(6)))).containsExactly(1L, 1L, 1L, 1L, 2L);
        assertThat(countsByScore(RECENCY.score(distinctValues(7)))).containsExactly(1L, 1L, 1L, 2L, 2L);
        assertThat(countsByScore(RECENCY.score(distinctValues(11)))).containsExactly(2L, 2L, 2L, 2L, 3L);
    }

    @Test
    void numbersGroupsExactlyAsPostgresqlNtileDoes() {
        for (int rows = 0; rows <= 300; rows++) {
            List<Integer> postgres = postgresNtile(rows);
            for (int row = 0; row < rows; row++) {
                assertThat(QuintileScorer.ntile(row, rows)).as("row %d of %d", row, rows).isEqualTo(postgres.get(row));
            }
        }
    }

    @Test
    void elevenMembersGetTheirScoresAndCutPoints() {
        // F values 1..11 on members 101..111 in a shuffled order
        List<MemberValue> values = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            values.add(value(100 + i, String.valueOf(i)));
        }
        Collections.shuffle(values, new Random(7));

        MetricScores scores = FREQUENCY.score(values);

        assertThat(scores.scores()).containsExactlyInAnyOrderEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry(101L, Score.of(1)), Map.entry(102L, Score.of(1)), Map.entry(103L, Score.of(1)),
                Map.entry(104L, Score.of(2)), Map.entry(105L, Score.of(2)),
                Map.entry(106L, Score.of(3)), Map.entry(107L, Score.of(3)),
                Map.entry(108L, Score.of(4)), Map.entry(109L, Score.of(4)),
                Map.entry(110L, Score.of(5)), Map.entry(111L, Score.of(5)))));
        assertThat(scores.cutPoints().bands()).containsExactly(
                band(5, "10", "11"), band(4, "8", "9"), band(3, "6", "7"), band(2, "4", "5"), band(1, "1", "3"));
    }

    @Test
    void recencyGivesTheFewestDaysTheHighestScore() {
        List<MemberValue> days = List.of(value(1, "0"), value(2, "400"), value(3, "30"), value(4, "90"),
                value(5, "200"));

        MetricScores scores = RECENCY.score(days);

        assertThat(scores.scores()).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, Score.of(5), 3L, Score.of(4), 4L, Score.of(3), 5L, Score.of(2), 2L, Score.of(1)));
        assertThat(scores.cutPoints().bands()).containsExactly(
                band(5, "0", "0"), band(4, "30", "30"), band(3, "90", "90"), band(2, "200", "200"),
                band(1, "400", "400"));
    }

    @Test
    void tiesAreBrokenByMemberIdAscending() {
        // members 4 and 2 tie at 50, members 9 and 3 tie at 70: the lower id sorts first
        List<MemberValue> values = List.of(value(9, "70"), value(4, "50"), value(3, "70"), value(2, "50"),
                value(8, "10"));

        assertThat(MONETARY.score(values).scores()).containsExactlyInAnyOrderEntriesOf(Map.of(
                8L, Score.of(1), 2L, Score.of(2), 4L, Score.of(3), 3L, Score.of(4), 9L, Score.of(5)));
        // R sorts the same way, so among equal days the lower id gets the higher score
        assertThat(RECENCY.score(values).scores()).containsExactlyInAnyOrderEntriesOf(Map.of(
                8L, Score.of(5), 2L, Score.of(4), 4L, Score.of(3), 3L, Score.of(2), 9L, Score.of(1)));
    }

    @Test
    void allEqualValuesAreSplitByMemberId() {
        List<MemberValue> values = List.of(value(5, "1"), value(3, "1"), value(9, "1"), value(1, "1"),
                value(7, "1"), value(2, "1"));

        MetricScores scores = FREQUENCY.score(values);

        assertThat(scores.scores()).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, Score.of(1), 2L, Score.of(1), 3L, Score.of(2), 5L, Score.of(3), 7L, Score.of(4),
                9L, Score.of(5)));
        assertThat(scores.cutPoints().bands()).allSatisfy(b -> {
            assertThat(b.min()).isEqualByComparingTo("1");
            assertThat(b.max()).isEqualByComparingTo("1");
        });
    }

    @Test
    void equalNumbersWrittenWithDifferentScalesAreTies() {
        List<MemberValue> values = List.of(value(2, "100.00"), value(1, "100.0"));

        assertThat(MONETARY.score(values).scores()).containsExactlyInAnyOrderEntriesOf(
                Map.of(1L, Score.of(1), 2L, Score.of(2)));
    }

    @Test
    void theSameDataInAnyOrderGivesTheSameScores() {
        Random random = new Random(20250630);
        List<MemberValue> values = new ArrayList<>();
        for (long id = 1; id <= 97; id++) {
            values.add(value(id, String.valueOf(random.nextInt(8))));
        }
        MetricScores first = MONETARY.score(values);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(values, random);
            MetricScores again = MONETARY.score(values);
            assertThat(again.scores()).containsExactlyInAnyOrderEntriesOf(first.scores());
            assertThat(again.cutPoints()).isEqualTo(first.cutPoints());
        }
    }

    @Test
    void everyValueLiesInTheBandOfItsScore() {
        Random random = new Random(3);
        List<MemberValue> values = new ArrayList<>();
        for (long id = 1; id <= 53; id++) {
            values.add(value(id, String.valueOf(random.nextInt(365))));
        }

        MetricScores scores = RECENCY.score(values);

        for (MemberValue v : values) {
            ScoreBand band = scores.cutPoints().band(scores.scoreOf(v.memberId())).orElseThrow();
            assertThat(v.value()).isBetween(band.min(), band.max());
        }
    }

    @Test
    void refusesAMemberGivenTwice() {
        assertThatThrownBy(() -> FREQUENCY.score(List.of(value(1, "2"), value(1, "3"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member 1");
    }

    @Test
    void anUnscoredMemberHasNoScore() {
        MetricScores scores = FREQUENCY.score(List.of(value(1, "2")));

        assertThatThrownBy(() -> scores.scoreOf(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static MemberValue value(long memberId, String value) {
        return new MemberValue(memberId, new BigDecimal(value));
    }

    private static ScoreBand band(int score, String min, String max) {
        return new ScoreBand(Score.of(score), new BigDecimal(min), new BigDecimal(max));
    }

    private static List<MemberValue> distinctValues(int members) {
        return IntStream.rangeClosed(1, members).mapToObj(i -> value(i, String.valueOf(i * 10))).toList();
    }

    /** How many members got score 1, 2, 3, 4 and 5. */
    private static List<Long> countsByScore(MetricScores scores) {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(s -> scores.scores().values().stream().filter(Score.of(s)::equals).count())
                .toList();
    }

    /**
     * An independent statement of PostgreSQL's ntile(5): the first rows % 5 groups hold
     * ⌈rows / 5⌉ rows, the others ⌊rows / 5⌋, filled in sort order (with fewer than five rows,
     * one row per group from group 1).
     */
    private static List<Integer> postgresNtile(int rows) {
        List<Integer> tiles = new ArrayList<>();
        for (int group = 1; group <= 5; group++) {
            int size = rows / 5 + (group <= rows % 5 ? 1 : 0);
            tiles.addAll(Collections.nCopies(size, group));
        }
        return tiles;
    }

    @Test
    void theFirstRowOfEachGroupIsWhereNtileStartsIt() {
        for (int rows = 0; rows <= 40; rows++) {
            for (int group = 2; group <= QuintileScorer.GROUPS; group++) {
                long first = QuintileScorer.firstRowOfGroup(group, rows);
                if (first < rows) {
                    assertThat(QuintileScorer.ntile((int) first, rows)).as(rows + " rows, group " + group).isEqualTo(group);
                    assertThat(QuintileScorer.ntile((int) first - 1, rows)).isEqualTo(group - 1);
                } else {
                    int g = group;
                    int n = rows;
                    assertThat(IntStream.range(0, n).map(r -> QuintileScorer.ntile(r, n)))
                            .as("group " + group + " of " + rows + " rows is empty").noneMatch(x -> x == g);
                }
            }
        }
        assertThat(QuintileScorer.firstRowOfGroup(2, 713_920)).isEqualTo(142_784);
        assertThatThrownBy(() -> QuintileScorer.firstRowOfGroup(1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
