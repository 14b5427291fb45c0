package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static gloss.browser.Pages.js;
import static gloss.browser.Pages.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's experience of the real built site in headless Chromium: every page type renders, the
 * header search box leads to results (search itself: {@link SearchTest}), citation previews work from
 * the keyboard, the reactions index filters in place, and nothing is fetched from beyond 127.0.0.1.
 */
@ExtendWith(BuiltSite.Extension.class)
class ReaderExperienceTest {
    static BuiltSite site;
    static Chromium chromium;
    static WebDriver driver;

    @BeforeAll
    static void start(BuiltSite builtSite) throws IOException {
        Chromium.require();
        site = builtSite.require();
        chromium = Chromium.start();
        driver = chromium.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) chromium.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        Pages.requests(driver);
        Pages.consoleErrors(driver);
    }

    @Test
    void everyPageTypeRendersWithItsStylesAndWithoutScriptErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : Pages.types(site).entrySet()) {
            String name = e.getKey();
            String url = e.getValue();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(site.url(url))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) problems.add(name + ": HTTP " + response.statusCode());
            Pages.open(driver, site, url);
            String title = driver.getTitle();
            if (title.isBlank()) problems.add(name + ": no title");
            WebElement main = driver.findElement(By.cssSelector("main#main"));
            if (!main.isDisplayed() || main.getText().isBlank()) problems.add(name + ": main is empty or hidden");
            List<WebElement> h1 = driver.findElements(By.tagName("h1"));
            if (h1.size() != 1 || !h1.get(0).isDisplayed() || h1.get(0).getText().isBlank()) {
                problems.add(name + ": expected one visible h1, found " + h1.size());
            }
            if (!Boolean.TRUE.equals(js(driver, "return document.styleSheets.length > 0"
                    + " && document.styleSheets[0].cssRules.length > 0"
                    + " && getComputedStyle(document.body).marginTop === '0px'"))) {
                problems.add(name + ": the stylesheet did not load");
            }
            for (String error : Pages.consoleErrors(driver)) problems.add(name + ": console: " + error);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aMissingPageAnswers404WithTheStyledNotFoundPage() throws Exception {
        String missing = site.url("provisions/99-no-such-point/");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(missing)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        driver.get(missing);
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        assertEquals(Boolean.TRUE, js(driver, "return document.styleSheets[0].cssRules.length > 0"),
                "the 404 page links its stylesheet from the site root, so it is styled at any depth");
        WebElement firstPoint = driver.findElement(By.cssSelector("main ol a"));
        firstPoint.click();
        until(driver, d -> d.getCurrentUrl().contains("/provisions/"));
        assertEquals(1, driver.findElements(By.cssSelector("article.provision h1")).size());
    }

    @Test
    void theHeaderSearchBoxLeadsToResults() {
        Pages.open(driver, site, "");
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("G8", Keys.ENTER);
        until(driver, d -> d.getCurrentUrl().contains("/search/?q=G8"));
        until(driver, d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        assertEquals("G8", driver.findElement(By.id("search-q")).getDomProperty("value"));
    }

    @Test
    void aCitationPreviewOpensOnKeyboardFocusAndClosesOnEscapeWithoutTakingFocus() {
        Pages.open(driver, site, site.expectPage("provisions/\\d+-[^/]+/index\\.html"));
        Actions keys = new Actions(driver);
        WebElement marker = Pages.tabToCitation(driver, 80).orElse(null);
        assertNotNull(marker, "a citation marker is reachable with Tab");
        WebElement focused = marker;

        WebElement preview = until(driver, d -> d.findElements(By.cssSelector("div.cite-preview[role=tooltip]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String refId = marker.getDomAttribute("href").substring(1);
        String publisher = driver.findElement(By.cssSelector("#" + refId + " .src-publisher")).getText();
        assertTrue(preview.getText().contains(publisher), "the preview shows the source: " + preview.getText());
        assertEquals(preview.getDomAttribute("id"), marker.getDomAttribute("aria-describedby"),
                "the marker is described by its preview");
        assertEquals(focused, driver.switchTo().activeElement(), "opening the preview leaves focus on the marker");
        assertPreviewInsideViewport(preview);

        keys.sendKeys(Keys.ESCAPE).perform();
        until(driver, d -> d.findElements(By.cssSelector("div.cite-preview")).isEmpty());
        assertEquals(focused, driver.switchTo().activeElement(), "Escape leaves focus on the marker");
        assertEquals(null, marker.getDomAttribute("aria-describedby"));

        // Not a trap: Tab moves on, Shift+Tab comes back.
        keys.sendKeys(Keys.TAB).perform();
        WebElement next = driver.switchTo().activeElement();
        assertNotEquals(focused, next, "Tab moves focus on from the marker");
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals(focused, driver.switchTo().activeElement(), "Shift+Tab returns to the marker");
        // Moving focus to something that is not a citation closes any preview.
        if (!"cite-ref".equals(next.getDomAttribute("class"))) {
            keys.sendKeys(Keys.TAB).perform();
            until(driver, d -> d.findElements(By.cssSelector("div.cite-preview")).isEmpty());
        }
    }

    private void assertPreviewInsideViewport(WebElement preview) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js(driver,
                "var r = arguments[0].getBoundingClientRect();"
                        + "return {left: r.left, right: r.right, width: document.documentElement.clientWidth};", preview);
        assertTrue(box.get("left").doubleValue() >= 0 && box.get("right").doubleValue() <= box.get("width").doubleValue(),
                "the preview stays inside the viewport: " + box);
    }

    @Test
    void filteringTheReactionsIndexHidesOtherCardsAndUpdatesTheStatus() {
        Pages.open(driver, site, "reactions/");
        WebElement form = driver.findElement(By.cssSelector("form.live-filter"));
        assertTrue(form.isDisplayed(), "the live filter appears when scripts run");
        int total = cards().size();
        assertTrue(total > 1, "reactions listed: " + total);

        checkFilter("country", total, card -> card.get("country"));
        checkFilter("stance", total, card -> card.get("stance"));
        checkFilter("actor", total, card -> card.get("actor"));

        // Filters combine, and "Any" everywhere shows every card again.
        Select country = select("country");
        Select stance = select("stance");
        country.selectByIndex(1);
        stance.selectByIndex(1);
        String wantCountry = country.getFirstSelectedOption().getDomAttribute("value");
        String wantStance = stance.getFirstSelectedOption().getDomAttribute("value").toLowerCase(Locale.ROOT);
        for (Map<String, Object> card : cards()) {
            if (!Boolean.TRUE.equals(card.get("shown"))) continue;
            assertEquals(wantCountry, card.get("country"));
            assertEquals(wantStance, card.get("stance"));
        }
        country.selectByIndex(0);
        stance.selectByIndex(0);
        assertEquals(total, shown(cards()).size());
        assertEquals(total + " of " + total + " reactions shown", status());
    }

    /** For every option of one filter: the cards shown are the ones that match, as many as the option says. */
    private void checkFilter(String name, int total, Function<Map<String, Object>, Object> key) {
        WebElement select = driver.findElement(By.cssSelector("form.live-filter select[name=" + name + "]"));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) js(driver,
                "return Array.from(arguments[0].options).map(function (o) { return {value: o.value, text: o.text}; })", select);
        assertTrue(options.size() > 2, name + " has options: " + options.size());
        for (int i = 1; i < options.size(); i++) {
            String value = options.get(i).get("value");
            // Choose as a user would: the change event fires, as with the mouse or keyboard.
            new Select(select).selectByIndex(i);
            Matcher count = Pattern.compile("\\((\\d+)\\)$").matcher(options.get(i).get("text"));
            assertTrue(count.find(), options.get(i).get("text"));
            int expected = Integer.parseInt(count.group(1));
            List<Map<String, Object>> cards = cards();
            List<Map<String, Object>> shown = shown(cards);
            assertEquals(expected, shown.size(), name + " = " + value + " shows as many cards as its option says");
            for (Map<String, Object> card : shown) {
                String k = String.valueOf(key.apply(card));
                assertTrue(k.equalsIgnoreCase(value),
                        name + " = " + value + " shows a card with " + k);
            }
            assertEquals(total - expected, cards.size() - shown.size(), "the other cards are hidden");
            assertEquals(expected + " of " + total + " reactions shown", status());
        }
        new Select(select).selectByIndex(0);
        assertEquals(total, shown(cards()).size());
    }

    private Select select(String name) {
        return new Select(driver.findElement(By.cssSelector("form.live-filter select[name=" + name + "]")));
    }

    /** Every card of the list with its filter keys and whether it is rendered, read in one script call. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cards() {
        return (List<Map<String, Object>>) js(driver,
                "return Array.from(document.querySelectorAll('#reaction-list .reaction-card')).map(function (c) {"
                        + " return {shown: c.getClientRects().length > 0, country: c.getAttribute('data-country'),"
                        + " stance: c.getAttribute('data-stance'), actor: c.getAttribute('data-actor')}; })");
    }

    private static List<Map<String, Object>> shown(List<Map<String, Object>> cards) {
        return cards.stream().filter(c -> Boolean.TRUE.equals(c.get("shown"))).toList();
    }

    private String status() {
        return driver.findElement(By.cssSelector("form.live-filter .filter-status")).getText();
    }

    @Test
    void noPageRequestsAnythingBeyond127001() {
        List<String> requested = new ArrayList<>();
        for (String url : Pages.types(site).values()) {
            Pages.open(driver, site, url);
            // Open a citation preview too: its content must not load anything either.
            if (!driver.findElements(By.cssSelector("a.cite-ref")).isEmpty()) Pages.openCitationPreview(driver);
            requested.addAll(Pages.requests(driver));
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js(driver,
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
            requested.addAll(resources);
        }
        assertFalse(requested.isEmpty(), "the performance log records requests");
        assertTrue(requested.stream().anyMatch(u -> u.endsWith("/assets/gloss.css")), "the log saw the stylesheet");
        assertEquals(List.of(), requested.stream().filter(u -> !Pages.isLocal(u)).distinct().toList(),
                "requests beyond 127.0.0.1");
    }
}
