package io.hrassist.resume.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years in a summary read as a person would write them, in English and in Russian. */
class YearsTextTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12.0|about 12 years|около 12 лет",
                "1.0|about 1 year|около 1 года",
                "3.0|about 3 years|около 3 лет",
                "2.5|about 2.5 years|около 2,5 лет",
                "21.0|about 21 years|около 21 года",
                "11.0|about 11 years|около 11 лет",
                "0.0|about 0 years|около 0 лет",
                "7.9166|about 7.9 years|около 7,9 лет",
                "4.99|about 5 years|около 5 лет"
            })
    void writesWholeYearsWholeAndAgreesTheNoun(double years, String english, String russian) {
        assertThat(YearsText.english(years)).isEqualTo(english);
        assertThat(YearsText.russian(years)).isEqualTo(russian);
    }

    @Test
    void theSummarySaysTheYearsInTheVacancysLanguage() {
        assertThat(Summary.of(List.of(), 12.0, Language.RU))
                .isEqualTo(
                        "Обязательные навыки подтверждены: 0 из 0, желательные: 0 из 0; опыт по датам: около 12 лет.");
        assertThat(Summary.of(List.of(), 1.0, Language.RU)).contains("опыт по датам: около 1 года.");
        assertThat(Summary.of(List.of(), 2.5, Language.RU)).contains("опыт по датам: около 2,5 лет.");
        assertThat(Summary.of(List.of(), 12.0, Language.EN))
                .isEqualTo("Must-have skills shown with evidence: 0 of 0, nice-to-have: 0 of 0; about 12 years of"
                        + " experience by the dates.");
        assertThat(Summary.of(List.of(), 1.0, Language.EN)).contains("about 1 year of experience");
    }
}
