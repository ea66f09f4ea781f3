package com.csdesk.rfm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cells of a target list's CSV: quoted where needed, and never opened by a spreadsheet as a formula. */
class RfmCsvCellTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "=SUM(1+2); '=SUM(1+2)",
            "+cmd|calc; '+cmd|calc",
            "-2+3; '-2+3",
            "@A1; '@A1",
            "=1,2; \"'=1,2\"",
            "=\"x\"; \"'=\"\"x\"\"\""})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String value, String cell) {
        assertThat(RfmTargets.csv(value)).isEqualTo(cell);
    }

    @Test
    void aTabOrCarriageReturnFirstIsGuardedToo() {
        assertThat(RfmTargets.csv("\tx")).isEqualTo("'\tx");
        assertThat(RfmTargets.csv("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void ordinaryTextIsWrittenAsBeforeQuotedWhereNeeded() {
        assertThat(RfmTargets.csv("小明-01")).isEqualTo("小明-01");
        assertThat(RfmTargets.csv("Can't Lose Them")).isEqualTo("Can't Lose Them");
        assertThat(RfmTargets.csv("a,b")).isEqualTo("\"a,b\"");
        assertThat(RfmTargets.csv("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RfmTargets.csv("")).isEmpty();
    }
}
