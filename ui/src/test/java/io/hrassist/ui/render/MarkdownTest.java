package io.hrassist.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final Warning ROCKSTAR = new Warning("rockstar", "Masculine-coded.", "skilled", "", "", "");

    @Test
    void escapesHtmlInTheInput() {
        String html = Markdown.toHtml("Hi <script>alert(1)</script> [x](javascript:alert(1))", List.of());

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void dropsDataAndScriptLinks() {
        String html = Markdown.toHtml(
                "[a](data:text/html;base64,PHNjcmlwdD4=) [b](JavaScript:alert(1)) [c](vbscript:x) [d](file:///etc/passwd)"
                        + " [e](https://example.com/job) [f](/vacancies) [g](mailto:jobs@example.com)",
                List.of());

        assertThat(html)
                .doesNotContainIgnoringCase("data:")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContain("vbscript:", "file:")
                .contains(
                        "<a rel=\"nofollow\" href=\"https://example.com/job\">e</a>",
                        "<a rel=\"nofollow\" href=\"/vacancies\">f</a>",
                        "<a rel=\"nofollow\" href=\"mailto:jobs@example.com\">g</a>");
    }

    @Test
    void showsImagesAsTheirTextWithoutLoadingThem() {
        String html = Markdown.toHtml(
                "![tracking pixel](https://attacker.example/p.gif?who=me) ![logo](data:image/png;base64,iVBO)"
                        + " ![local](/assets/favicon.svg)",
                List.of());

        assertThat(html)
                .doesNotContain("<img", "attacker.example", "data:")
                .contains("tracking pixel", "logo", "local");
    }

    @Test
    void marksEachWarningPhraseWithReasonAndSuggestion() {
        String html = Markdown.toHtml("# Role\n\nA **Rockstar** and a rockstar, not rockstars.", List.of(ROCKSTAR));

        assertThat(html)
                .contains("<strong><mark title=\"Masculine-coded. — skilled\" class=\"jd-warning\">Rockstar</mark>")
                .contains("a <mark title=\"Masculine-coded. — skilled\" class=\"jd-warning\">rockstar</mark>,")
                .contains("not rockstars.");
    }

    @Test
    void escapesTheTooltip() {
        var warning = new Warning("ninja", "Says \"<b>\"", "expert", "", "", "");

        assertThat(Markdown.toHtml("a ninja", List.of(warning)))
                .contains("title=\"Says &quot;&lt;b&gt;&quot; — expert\"");
    }
}
