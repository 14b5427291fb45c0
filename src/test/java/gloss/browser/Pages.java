package gloss.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The page types of the explainer and small browser helpers shared by the browser tests. */
final class Pages {
    private Pages() {}

    /**
     * One page of each type, by name, as site-relative URLs. The provision, reaction, actor and topic pages
     * are the first of their kind; the search page is also checked with results showing. The versions and
     * document pages are included when the content has plan versions.
     */
    static Map<String, String> types(BuiltSite site) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("home", "");
        t.put("provision", site.expectPage("provisions/\\d+-[^/]+/index\\.html"));
        t.put("reaction", site.expectPage("reactions/\\d{4}-\\d\\d-\\d\\d-[^/]+/index\\.html"));
        t.put("reactions index", "reactions/");
        t.put("reactions by stance", site.expectPage("reactions/stance/[^/]+/index\\.html"));
        t.put("reactions by country", site.expectPage("reactions/country/[^/]+/index\\.html"));
        t.put("matrix", "reactions/matrix/");
        t.put("actors", "actors/");
        t.put("actor", site.expectPage("actors/[^/]+/index\\.html"));
        t.put("topic", site.expectPage("topics/[^/]+/index\\.html"));
        t.put("sources", "sources/");
        t.put("timeline", "timeline/");
        t.put("methodology", "methodology/");
        // The plan-versions pages, once the content has documents.
        site.page("versions/index\\.html").ifPresent(url -> t.put("versions", url));
        site.page("documents/[^/]+/index\\.html").ifPresent(url -> t.put("document", url));
        t.put("search", "search/");
        t.put("search results", "search/?q=plan");
        t.put("404", "404.html");
        return t;
    }

    /**
     * Loads a page and waits until its scripts have run (search with a query: until the whole index is in
     * and the results are shown; the search script marks the results aria-busy until then).
     */
    static void open(WebDriver driver, BuiltSite site, String relative) {
        openUrl(driver, site.url(relative));
        if (relative.startsWith("search/")) {
            wait(driver, 20).until(d -> Boolean.TRUE.equals(js(d, "var s = document.getElementById('search-status');"
                    + " var r = document.getElementById('search-results');"
                    + " return !!s && !s.textContent.startsWith('Loading') && !!r && !r.hasAttribute('aria-busy');")));
        }
    }

    /** Loads a page by its full address and waits until it has loaded. */
    static void openUrl(WebDriver driver, String url) {
        driver.get(url);
        wait(driver, 10).until(d -> "complete".equals(js(d, "return document.readyState")));
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static WebDriverWait wait(WebDriver driver, int seconds) {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        return wait(driver, 10).until(condition);
    }

    /**
     * The URLs the browser has requested since the last call (Chrome's performance log, which also sees
     * requests that failed or were blocked), in order.
     */
    @SuppressWarnings("unchecked")
    static List<String> requests(WebDriver driver) {
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> entry = new Json().toType(e.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) entry.get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method"))) continue;
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            urls.add(String.valueOf(((Map<String, Object>) params.get("request")).get("url")));
        }
        return urls;
    }

    /** True for a request that stays on this machine: 127.0.0.1, or no network at all (data:, blob:). */
    static boolean isLocal(String url) {
        URI u = URI.create(url.replace(" ", "%20"));
        String scheme = u.getScheme() == null ? "" : u.getScheme();
        return switch (scheme) {
            case "data", "blob", "about" -> true;
            case "http" -> "127.0.0.1".equals(u.getHost());
            default -> false;
        };
    }

    /**
     * The browser console's error messages since the last call, except the 404 of the {@code /favicon.ico}
     * that Chromium asks the server root for on its own (the site declares no icon).
     */
    static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.matches("http://127\\.0\\.0\\.1:\\d+/favicon\\.ico .*"))
                .toList();
    }

    /**
     * Presses Tab, as a reader would, until a citation marker has keyboard focus, and returns it; empty
     * when the page has none within {@code maxPresses}. Focusing from script ({@code element.focus()})
     * does not fire the events a real key press does in current headless Chromium, so tests that open a
     * citation preview must come through here.
     */
    static java.util.Optional<WebElement> tabToCitation(WebDriver driver, int maxPresses) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < maxPresses; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if ("cite-ref".equals(active.getDomAttribute("class"))) return java.util.Optional.of(active);
        }
        return java.util.Optional.empty();
    }

    /** Tabs to the page's first citation marker and waits until its preview is showing; returns the preview. */
    static WebElement openCitationPreview(WebDriver driver) {
        tabToCitation(driver, 200).orElseThrow(() -> new AssertionError("no citation marker is reachable with Tab"));
        return until(driver, d -> d.findElements(By.cssSelector("div.cite-preview")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
