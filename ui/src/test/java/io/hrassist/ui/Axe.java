package io.hrassist.ui;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine browsers' developer tools use, run on the page the browser shows. The engine is
 * bundled in the test dependency's jar: nothing is downloaded.
 */
final class Axe {

    private Axe() {}

    /** The serious and critical violations on the current page, each as "rule: what — where", for an assertion. */
    static List<String> seriousViolations(WebDriver driver) {
        // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge the frames' results,
        // which these pages (no frames) do not need and which doubled the time of a run.
        List<Rule> violations =
                new AxeBuilder().setLegacyMode(true).analyze(driver).getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }
}
