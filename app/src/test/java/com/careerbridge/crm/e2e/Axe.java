package com.careerbridge.crm.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core in the page under test: injected by the test (no frontend bundle carries it), run against the WCAG 2.x A
 * and AA rules, and reduced to the serious and critical violations, one readable line per offending element.
 */
final class Axe {

    /** The rule tags axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = load();

    private final Browser browser;

    Axe(Browser browser) {
        this.browser = browser;
    }

    /** The serious and critical violations on the page as it is now, each as "rule (impact): help — target: html". */
    List<String> seriousViolations() {
        browser.idle();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(SOURCE);
        }
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(result => done(result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help
                          + ' — ' + JSON.stringify(n.target) + ': ' + n.html.substring(0, 160)
                          + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ').substring(0, 240) : '')))))
                  .catch(e => done(['axe failed: ' + e]));""", TAGS);
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String report(Map<String, List<String>> byScreen) {
        StringBuilder text = new StringBuilder();
        byScreen.forEach((screen, violations) -> {
            text.append("\n== ").append(screen).append(" (").append(violations.size()).append(")\n");
            violations.forEach(v -> text.append("  - ").append(v).append('\n'));
        });
        return text.toString();
    }
}
