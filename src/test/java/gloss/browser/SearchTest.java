package gloss.browser;

import gloss.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static gloss.browser.Pages.js;
import static gloss.browser.Pages.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on the real built site in headless Chromium, queries typed with real key presses: spellings and
 * alphabets, typos, numbers, whole words, every kind of page, results grouped by kind, nothing downloaded
 * before the reader searches, and the same search from {@code file://} under a strict script policy. The
 * top three results of every query go to {@code target/search-results.txt}, the sizes to
 * {@code target/search-weight.txt}.
 */
@ExtendWith(BuiltSite.Extension.class)
class SearchTest {
    /** The search index (search/index.json) that the search page fetched before the first query until now (issue 15). */
    private static final long OLD_INDEX_BYTES = 378 * 1024;
    private static final List<String> DATA = List.of("assets/minisearch/index.js", "search/documents.js",
            "search/sources.js", "search/text.js");

    static BuiltSite site;
    static Chromium chromium;
    static WebDriver driver;
    static final Map<String, List<Result>> seen = new LinkedHashMap<>();

    record Result(String group, String title, String href) {
        @Override
        public String toString() {
            return title + " [" + group + "] " + href.replaceFirst("^.*?/(?=[^/]*/[^/]*$|[^/]*$)", "…/");
        }
    }

    @BeforeAll
    static void start(BuiltSite builtSite) throws IOException {
        Chromium.require();
        site = builtSite.require();
        chromium = Chromium.start();
        driver = chromium.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        StringBuilder out = new StringBuilder();
        seen.forEach((q, results) -> {
            out.append(q).append("  (").append(results.size()).append(" results)\n");
            results.stream().limit(3).forEach(r -> out.append("  ").append(r).append('\n'));
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-results.txt"), out.toString());
        if (chromium != null) chromium.close();
    }

    @Test
    void everySpellingOfZelenskyyGivesTheSameTopResult() {
        Result top = search("Zelenskyy").get(0);
        assertTrue(top.title().contains("Zelenskyy"), "the top result is about Zelenskyy: " + top);
        for (String spelling : List.of("Zelenskiy", "zelensky", "Зеленський", "Зеленский")) {
            assertEquals(top, search(spelling).get(0), spelling);
        }
    }

    @Test
    void natoFindsANatoPointFirstAndNoWordThatMerelyContainsIt() {
        List<Result> results = search("NATO");
        Result top = results.get(0);
        assertTrue(top.href().contains("/provisions/") && top.title().contains("NATO"), "a NATO point first: " + top);
        for (Result r : results.subList(0, 3)) {
            assertFalse(r.title().matches("(?s).*(Senator|signator|Hnatov).*"), "a whole-word match only: " + r);
        }
    }

    @Test
    void euFindsTheEuropeanUnionNotCheung() {
        List<Result> results = search("EU");
        assertTrue(results.get(0).title().matches(".*\\b(EU|Europe\\w*)\\b.*"), "an EU result first: " + results.get(0));
        assertTrue(results.subList(0, 3).stream().noneMatch(r -> r.title().contains("Cheung")), results.toString());
    }

    @Test
    void aNumberIsFoundWithOrWithoutItsSeparatorsAndLeadsToItsPoint() {
        assertTrue(search("600000").get(0).href().contains("/provisions/06-"));
        List<Result> results = search("600,000");
        assertTrue(results.get(0).href().contains("/provisions/06-"), results.toString());
        assertTrue(URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).endsWith("?q=600,000"),
                "the address carries the query, so a search can be shared: " + driver.getCurrentUrl());
        new Actions(driver).click(driver.findElement(By.cssSelector("#search-results a"))).perform();
        until(driver, d -> d.getCurrentUrl().contains("/provisions/06-"));
        assertEquals(1, driver.findElements(By.cssSelector("article.provision h1")).size());
    }

    @Test
    void typosTransliterationsAndOtherAlphabetsFindRelevantResults() {
        assertTrue(search("sanctoins").subList(0, 3).stream().anyMatch(r -> r.title().contains("anction")), "sanctoins");
        List<Result> whitkoff = search("Whitkoff");
        assertTrue(whitkoff.get(0).href().endsWith("/actors/witkoff/"), "Whitkoff: " + whitkoff.stream().limit(5).toList());
        assertTrue(search("Zaporozhye").get(0).href().contains("/provisions/19-"), "Zaporozhye");
        assertTrue(search("Lugansk").subList(0, 3).stream().anyMatch(r -> r.href().contains("/provisions/21-")), "Lugansk");
        assertTrue(search("Донбас").subList(0, 5).stream()
                .anyMatch(r -> r.title().contains("Donbas") || r.href().endsWith("/topics/territory/")), "Донбас");
        assertTrue(search("санкции").get(0).href().endsWith("/topics/sanctions-reintegration/"), "санкции");
        assertTrue(search("санкції").get(0).href().endsWith("/topics/sanctions-reintegration/"), "санкції");
    }

    @Test
    void everyKindOfPageIsFindable() {
        assertFound("Anchorage", "/timeline/#event-2025-08-15-");
        assertFound("counter-proposal", "/documents/e3-counter-proposal/");
        assertFound("Telegraph 24-point", "/documents/telegraph-24-points/");
        assertFound("how the plan changed", "/versions/");
        assertFound("frozen assets", "/topics/frozen-assets/");
        assertFound("methodology", "/methodology/");
        assertFound("Moscow Times", "/sources/#source-");
        assertFound("Rustem Umerov", "/actors/umerov/");
        assertFound("G8", "/provisions/13-");

        // A timeline result leads to its event on the timeline page.
        Result event = search("Anchorage").stream().filter(r -> r.href().contains("/timeline/#")).findFirst().orElseThrow();
        WebElement link = driver.findElements(By.cssSelector("#search-results a")).stream()
                .filter(a -> a.getDomProperty("href").equals(event.href())).findFirst().orElseThrow();
        new Actions(driver).scrollToElement(link).click(link).perform();
        until(driver, d -> d.getCurrentUrl().equals(event.href()));
        String anchor = event.href().substring(event.href().indexOf('#') + 1);
        WebElement target = until(driver, d -> d.findElements(By.id(anchor)).stream().findFirst().orElse(null));
        assertTrue(target.getText().contains("Anchorage"), target.getText());
        // (scrolled to the anchor: its top at the top of the window less its scroll margin, give or take a fraction of a pixel)
        until(driver, d -> Boolean.TRUE.equals(js(d, "var e = document.getElementById(arguments[0]), r = e.getBoundingClientRect();"
                + " return Math.abs(r.top - parseFloat(getComputedStyle(e).scrollMarginTop || '0')) < 2;", anchor)));
    }

    private void assertFound(String query, String urlPart) {
        List<Result> results = search(query);
        assertTrue(results.stream().limit(5).anyMatch(r -> r.href().contains(urlPart)),
                query + " lists " + urlPart + " among its first results: " + results.stream().limit(5).toList());
    }

    @Test
    void resultsAreGroupedByKindAndLongGroupsOpenOnRequest() {
        List<Result> results = search("Witkoff");
        // Group heading (the provisions' and versions' in the explainer's own words) and where its results lead.
        Map<String, String> patterns = Map.of("Points", "/provisions/", "Topics", "/topics/",
                "People and bodies", "/actors/", "Reactions", "/reactions/", "Timeline", "/timeline/#",
                "Versions of .+", "/(versions|documents)/", "Pages", "/", "Sources", "/sources/#source-");
        List<String> groups = results.stream().map(Result::group).distinct().toList();
        assertTrue(groups.size() >= 3, "several kinds: " + groups);
        for (Result r : results) {
            String kind = r.group().replaceFirst(" \\(\\d+\\)$", "");
            String heading = patterns.keySet().stream().filter(kind::matches).findFirst().orElse(null);
            assertNotNull(heading, "a known group: " + r.group());
            assertTrue(Pattern.compile(patterns.get(heading)).matcher(r.href()).find(), r + " belongs in " + kind);
        }
        // Each group is one block: a kind never comes back after another.
        List<String> order = new ArrayList<>();
        results.forEach(r -> { if (order.isEmpty() || !order.get(order.size() - 1).equals(r.group())) order.add(r.group()); });
        assertEquals(groups, order, "each kind's results together");

        // A group with more than five results shows five and a button for the rest.
        WebElement group = driver.findElements(By.cssSelector(".search-group")).stream()
                .filter(g -> g.findElements(By.cssSelector("li")).size() > 5).findFirst().orElseThrow();
        List<WebElement> items = group.findElements(By.cssSelector("li"));
        assertEquals(5, items.stream().filter(WebElement::isDisplayed).count());
        WebElement more = group.findElement(By.cssSelector("button.search-more"));
        assertEquals("Show all " + items.size(), more.getText());
        new Actions(driver).scrollToElement(more).click(more).perform();
        until(driver, d -> items.stream().allMatch(WebElement::isDisplayed));
        assertEquals(items.get(5).findElement(By.tagName("a")), driver.switchTo().activeElement(),
                "focus moves to the first result the button revealed");
        assertTrue(group.findElements(By.cssSelector("button.search-more")).isEmpty());
    }

    @Test
    void theSearchPageDownloadsNoIndexBeforeTheFirstQuery() throws IOException {
        Pages.open(driver, site, "search/");
        long before = downloaded();
        List<String> requested = Pages.requests(driver);
        assertTrue(requested.stream().anyMatch(u -> u.endsWith("/assets/search.js")), requested.toString());
        assertTrue(requested.stream().noneMatch(u -> u.contains("/search/documents") || u.contains("minisearch")),
                "nothing of the index before the first query: " + requested);
        assertTrue(before < OLD_INDEX_BYTES, before + " bytes");

        long start = System.nanoTime();
        type("plan");
        until(driver, d -> d.findElement(By.id("search-status")).getText().contains(" for “plan”"));
        long first = (System.nanoTime() - start) / 1_000_000;
        awaitComplete("plan");
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> after = Pages.requests(driver);
        for (String file : DATA) assertTrue(after.stream().anyMatch(u -> u.endsWith("/" + file)), file + " loaded: " + after);
        long total = downloaded();

        StringBuilder report = new StringBuilder("Search page downloads (uncompressed, as the test server sends them)\n");
        report.append(String.format("  before the first query: %,d bytes (the page, its CSS and scripts)%n", before));
        report.append(String.format("  after the first query:  %,d bytes; first results %,d ms and complete results %,d ms"
                + " after the first key press%n", total, first, millis));
        report.append("Search files: raw, gzip -9\n");
        long firstResults = 0;
        for (String file : DATA) {
            byte[] bytes = Files.readAllBytes(site.dir().resolve(file));
            report.append(String.format("  %-28s %,9d  %,8d%n", file, bytes.length, gzip(bytes).length));
            if (!file.endsWith("sources.js") && !file.endsWith("text.js")) firstResults += bytes.length;
        }
        report.append(String.format("  first results need the library and documents.js: %,d bytes%n", firstResults));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-weight.txt"), report.toString());
        assertTrue(firstResults < OLD_INDEX_BYTES, "first results need less than today's index: " + firstResults);
    }

    /** Bytes the page has downloaded: the document and every resource (the test server does not compress). */
    private long downloaded() {
        return ((Number) js(driver, "return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce(function (n, e) { return n + e.encodedBodySize; }, 0)")).longValue();
    }

    @Test
    void searchWorksFromFileUrlsUnderAStrictScriptPolicy(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("site");
        Projects.copyTree(site.dir(), copy);
        Path page = copy.resolve("search/index.html");
        String policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'\">";
        // The inline script proves the policy is in force: it must not run.
        Files.writeString(page, Files.readString(page).replace("<head>",
                "<head>\n" + policy + "\n<script>document.documentElement.dataset.inline = 'ran';</script>"));
        driver.get(page.toUri() + "?q=Zelenskiy");
        awaitComplete("Zelenskiy");
        assertEquals(null, js(driver, "return document.documentElement.dataset.inline || null"), "inline scripts are blocked");
        List<Result> results = results();
        assertTrue(results.get(0).href().startsWith("file:") && results.get(0).title().contains("Zelenskyy"), results.toString());
        List<String> errors = Pages.consoleErrors(driver).stream().filter(e -> !e.contains("inline script")).toList();
        assertEquals(List.of(), errors, "no other script or policy errors");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Types the query into the search page's box with real key presses and returns the complete results. */
    private List<Result> search(String query) {
        if (!driver.getCurrentUrl().startsWith(site.url("search/"))) Pages.open(driver, site, "search/");
        type(query);
        awaitComplete(query);
        List<Result> results = results();
        assertFalse(results.isEmpty(), "results for " + query);
        seen.put(query, results);
        return results;
    }

    private void type(String query) {
        WebElement input = driver.findElement(By.id("search-q"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(query);
    }

    /** Until the status reports the results of the whole query from the whole index. */
    private static void awaitComplete(String query) {
        Pattern done = Pattern.compile("(No results|1 result|\\d+ results) for “" + Pattern.quote(query.trim()) + "”");
        until(driver, d -> done.matcher(d.findElement(By.id("search-status")).getText()).matches()
                && d.findElement(By.id("search-results")).getDomAttribute("aria-busy") == null);
    }

    /** Every result in page order (those of long groups not yet shown too), read in one script call. */
    @SuppressWarnings("unchecked")
    private static List<Result> results() {
        List<Map<String, String>> raw = (List<Map<String, String>>) js(driver,
                "var out = []; document.querySelectorAll('#search-results .search-group').forEach(function (g) {"
                        + " var h = g.querySelector('h2').textContent;"
                        + " g.querySelectorAll('li > a').forEach(function (a) { out.push({group: h, title: a.textContent, href: a.href}); });"
                        + " }); return out;");
        return raw.stream().map(m -> new Result(m.get("group"), m.get("title"), m.get("href"))).toList();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) {{ def.setLevel(9); }}) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
