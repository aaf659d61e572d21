package io.hrassist.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static final Warning ROCKSTAR = new Warning("rockstar", "Masculine-coded.", "skilled");

    @Test
    void escapesHtmlInTheInput() {
        String html = Markdown.toHtml("Hi <script>alert(1)</script> [x](javascript:alert(1))", List.of());

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
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
        var warning = new Warning("ninja", "Says \"<b>\"", "expert");

        assertThat(Markdown.toHtml("a ninja", List.of(warning)))
                .contains("title=\"Says &quot;&lt;b&gt;&quot; — expert\"");
    }
}
