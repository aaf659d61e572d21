package io.hrassist.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidatesCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatASpreadsheetWouldRunIsText(String cell) {
        assertThat(CandidatesCsv.safe(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Ольга Смирнова", "", "a=b"})
    void otherCellsStayAsTheyAre(String cell) {
        assertThat(CandidatesCsv.safe(cell)).isEqualTo(cell);
    }
}
