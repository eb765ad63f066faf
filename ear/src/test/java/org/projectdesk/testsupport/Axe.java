package org.projectdesk.testsupport;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (the npm package, fetched by the build into {@code target/npm}) in the page the
 * browser shows and returns its violations of WCAG 2.0, 2.1 and 2.2 A and AA, of every impact (a
 * moderate or minor violation still fails someone).
 */
public final class Axe {

    private static final String SCRIPT = System.getProperty("projectdesk.axe.script", "target/npm/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    /** The violations as axe reports them: id, impact, help and the first few offending elements. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(WebDriver driver) {
        String axe;
        try {
            axe = Files.readString(Path.of(SCRIPT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing (the build fetches it with npm): " + SCRIPT, e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || ''))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        return (List<Map<String, Object>>) result;
    }
}
