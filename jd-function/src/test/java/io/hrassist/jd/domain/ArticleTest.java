package io.hrassist.jd.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

    @ParameterizedTest
    @CsvSource({
        "Electrician, an Electrician",
        "Engineer, an Engineer",
        "Office Manager, an Office Manager",
        "Software Engineer, a Software Engineer",
        "SEO Specialist, an SEO Specialist",
        "HR Manager, an HR Manager",
        "UX Designer, a UX Designer",
        "QA Engineer, a QA Engineer",
        "University Lecturer, a University Lecturer",
        "Hourly Cashier, an Hourly Cashier",
        "European Sales Lead, a European Sales Lead",
        "Urban Planner, an Urban Planner",
        "iOS Developer, an iOS Developer"
    })
    void choosesTheArticleByHowTheTitleSounds(String title, String expected) {
        assertThat(Article.indefinite(title)).isEqualTo(expected);
    }
}
