package gloss.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core in Chromium reports no WCAG 2.2 A/AA violation on any page type, in the light and the dark
 * colour scheme, on a provision page at 320 CSS pixels, and with a citation preview open; at 320 px no
 * page scrolls sideways (WCAG 1.4.10, which axe does not check). Two browsers, one emulating
 * {@code prefers-color-scheme: dark}, run side by side to keep the suite short.
 */
@ExtendWith(BuiltSite.Extension.class)
class AccessibilityTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /**
     * The rules of those tags whose outcome depends on colours: all a colour scheme can change. The dark
     * scheme is checked with these only (the other rules see the same page either way), to keep it fast.
     */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    static BuiltSite site;
    static Chromium light;
    static Chromium dark;

    @BeforeAll
    static void start(BuiltSite builtSite) throws Exception {
        Chromium.require();
        site = builtSite.require();
        CompletableFuture<Chromium> second = Chromium.startAsync(true);
        light = Chromium.start();
        dark = second.join();
        darkScheme(dark.driver);
    }

    @AfterAll
    static void stop() throws IOException {
        if (light != null) light.close();
        if (dark != null) dark.close();
    }

    @AfterEach
    void fullWidth() {
        for (Chromium c : List.of(light, dark)) {
            c.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void everyPageTypeHasNoViolationsInTheLightAndTheDarkScheme() {
        CompletableFuture<List<String>> inDark = CompletableFuture.supplyAsync(() -> everyPageType(dark));
        List<String> violations = new ArrayList<>(everyPageType(light));
        violations.addAll(inDark.join());
        assertEquals("", String.join("\n", violations));
    }

    private static List<String> everyPageType(Chromium browser) {
        List<String> violations = new ArrayList<>();
        Pages.types(site).forEach((name, url) -> violations.addAll(axe(browser, name, url)));
        return violations;
    }

    @Test
    void aProvisionPageHasNoViolationsAt320Pixels() {
        String provision = Pages.types(site).get("provision");
        List<String> violations = new ArrayList<>();
        for (Chromium c : List.of(light, dark)) {
            narrow(c.driver);
            violations.addAll(axe(c, "provision (320 px)", provision));
        }
        assertEquals("", String.join("\n", violations));
    }

    @Test
    void anOpenCitationPreviewHasNoViolations() {
        List<String> violations = new ArrayList<>();
        for (Chromium c : List.of(light, dark)) {
            Pages.open(c.driver, site, Pages.types(site).get("provision"));
            Pages.openCitationPreview(c.driver);
            violations.addAll(report("citation preview" + (c == dark ? " (dark)" : ""), analyze(c)));
        }
        assertEquals("", String.join("\n", violations));
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        ChromeDriver driver = light.driver;
        narrow(driver);
        List<String> wide = new ArrayList<>();
        Pages.types(site).forEach((name, url) -> {
            Pages.open(driver, site, url);
            Number width = (Number) Pages.js(driver, "return document.documentElement.scrollWidth");
            Number viewport = (Number) Pages.js(driver, "return document.documentElement.clientWidth");
            if (width.intValue() > viewport.intValue()) {
                wide.add(name + ": " + width + " px wide in a " + viewport + " px viewport; too wide: " + Pages.js(driver,
                        "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                                + ".filter(function (e) { return e.getBoundingClientRect().right > w + 1"
                                + " || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'); }).slice(-3)"
                                + ".map(function (e) { return e.outerHTML.slice(0, 120); }).join(' | ')"));
            }
        });
        // An open citation preview fits the narrow screen too (it is placed by script).
        Pages.open(driver, site, Pages.types(site).get("provision"));
        Pages.openCitationPreview(driver);
        Object box = Pages.js(driver, "var r = document.querySelector('div.cite-preview').getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= document.documentElement.clientWidth ? 'inside'"
                + " : 'from ' + r.left + ' to ' + r.right + ' px';");
        if (!"inside".equals(box)) wide.add("citation preview at 320 px: " + box);
        assertEquals(List.of(), wide);
    }

    private static List<String> axe(Chromium browser, String name, String url) {
        if (browser == dark) name += " (dark)";
        Pages.open(browser.driver, site, url);
        long start = System.nanoTime();
        List<String> exclude = repeatedSourceEntries(browser.driver);
        if (!exclude.isEmpty()) name += " (" + exclude.size() + " same-shape source entries left out)";
        Results results = analyze(browser, exclude);
        System.out.printf("[axe] %-30s %d violations, %d ms%n", name, results.getViolations().size(),
                (System.nanoTime() - start) / 1_000_000);
        return report(name, results);
    }

    /**
     * axe with the WCAG 2.2 A/AA tags, or in the dark browser their colour rules; only violations come back
     * in full (the other result lists are cut short).
     */
    private static Results analyze(Chromium browser) {
        return analyze(browser, List.of());
    }

    /** As {@link #analyze(Chromium)}, leaving out the elements that match {@code exclude}. */
    private static Results analyze(Chromium browser, List<String> exclude) {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType(browser == dark ? "rule" : "tag");
        runOnly.setValues(browser == dark ? COLOUR_RULES : TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        AxeBuilder axe = new AxeBuilder().withOptions(options);
        exclude.forEach(axe::exclude);
        return axe.analyze(browser.driver);
    }

    /**
     * Source entries are made by one template macro, hundreds of times on the sources page and dozens in
     * each page's reference list; axe spends most of the suite's time on them. Every entry whose markup has
     * the same shape (the same elements with the same classes: publisher, via, author, note, flags,
     * back-links...) as two entries before it on the page is left out, so each variant is still checked,
     * in both schemes. The Nu Html Checker still reads every entry.
     */
    @SuppressWarnings("unchecked")
    private static List<String> repeatedSourceEntries(ChromeDriver driver) {
        return (List<String>) Pages.js(driver, "var seen = {}, out = [];"
                + " document.querySelectorAll('li.source-entry[id], section.references li[id]').forEach(function (li) {"
                + "   var shape = Array.from(li.querySelectorAll('*')).map(function (e) {"
                + "     return e.tagName + '.' + e.className + (e.hasAttribute('href') ? '[href]' : ''); })"
                + "     .filter(function (v, i, a) { return a.indexOf(v) === i; }).sort().join(' ');"
                + "   seen[shape] = (seen[shape] || 0) + 1;"
                + "   if (seen[shape] > 2) out.push('#' + CSS.escape(li.id)); });"
                + " return out;");
    }

    private static List<String> report(String name, Results results) {
        if (results.isErrored()) return List.of(name + ": axe failed: " + results.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            out.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + ", "
                    + rule.getNodes().size() + " elements:\n" + rule.getNodes().stream().limit(5)
                    .map(n -> "    " + n.getTarget() + " " + summary(n)).collect(Collectors.joining("\n")));
        }
        return out;
    }

    private static String summary(CheckedNode n) {
        String s = n.getFailureSummary() == null ? "" : n.getFailureSummary().replace('\n', ' ');
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Emulates {@code prefers-color-scheme: dark} for every page this browser loads from now on. */
    private static void darkScheme(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        Pages.open(driver, site, "");
        assertEquals(Boolean.TRUE, Pages.js(driver, "return matchMedia('(prefers-color-scheme: dark)').matches"));
    }

    /** A 320 px wide phone screen (mobile: the page's viewport meta tag applies). */
    private static void narrow(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        Pages.open(driver, site, "");
        assertEquals(320L, Pages.js(driver, "return window.innerWidth"));
    }
}
