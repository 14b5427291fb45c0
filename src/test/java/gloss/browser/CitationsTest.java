package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gloss.browser.Pages.js;
import static gloss.browser.Pages.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citations as a reader meets them on the real point 6 page (the page with the most markers), on a phone
 * (390 px, touch) and a desktop (1366 px, mouse), light and dark: every citation link is a target of at
 * least 24 × 24 px, the preview stays inside the screen and never opens by itself after a back-link,
 * ranges preview every source they stand for, references lead to the sources page, and wide screens show
 * the sources in the margin. Measurements are printed for the record.
 */
@ExtendWith(BuiltSite.Extension.class)
class CitationsTest {
    private static final List<String> SCHEMES = List.of("light", "dark");
    static BuiltSite site;
    static Chromium chromium;
    static WebDriver driver;
    static String point6;

    @BeforeAll
    static void start(BuiltSite builtSite) throws IOException {
        Chromium.require();
        site = builtSite.require();
        point6 = site.expectPage("provisions/06-[^/]+/index\\.html");
        chromium = Chromium.start();
        driver = chromium.driver;
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) chromium.close();
    }

    @AfterEach
    void backToTheWindow() {
        Screens.reset(driver);
    }

    private static void open(Screens.Size size, String scheme, String page) {
        Screens.use(driver, size, scheme);
        Pages.open(driver, site, page);
    }

    // ---- tap targets -----------------------------------------------------------------------------

    @Test
    void everyCitationLinkIsATargetOfAtLeast24PxSquare() {
        List<String> problems = new ArrayList<>();
        for (Screens.Size size : Screens.Size.values()) {
            for (String scheme : SCHEMES) {
                open(size, scheme, point6);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> links = (List<Map<String, Object>>) js(driver,
                        // Each link in view in turn. A pointer anywhere in a 24 x 24 px square centred on the link
                        // must reach it (WCAG 2.5.8's measure): tried at 7 x 7 points, from 0.5 px inside its edges.
                        "return Array.from(document.querySelectorAll('a.cite-ref, .backlinks a, a.src-entry')).map(function (a) {"
                                + " a.scrollIntoView({block: 'center', behavior: 'instant'});"
                                + " var r = a.getBoundingClientRect(), cx = r.left + r.width / 2, cy = r.top + r.height / 2;"
                                + " var hit = true;"
                                + " for (var i = 0; i < 7; i++) for (var j = 0; j < 7; j++) {"
                                + "   var e = document.elementFromPoint(cx - 11.5 + i * 23 / 6, cy - 11.5 + j * 23 / 6);"
                                + "   if (!e || !(e === a || a.contains(e))) hit = false; }"
                                + " var kind = a.classList.contains('cite-ref') ? 'marker' : a.classList.contains('src-entry')"
                                + "   ? 'entry link' : 'back-link';"
                                + " return {kind: kind, name: a.id || a.getAttribute('href'), w: r.width, h: r.height, hit: hit}; })");
                assertTrue(links.size() > 100, "point 6 has its markers, back-links and entry links: " + links.size());
                for (String kind : List.of("marker", "back-link", "entry link")) {
                    List<Map<String, Object>> some = links.stream().filter(l -> kind.equals(l.get("kind"))).toList();
                    System.out.printf("[citations] %s %s: %d %ss, width %.1f-%.1f px, height %.1f-%.1f px%n", size, scheme,
                            some.size(), kind, min(some, "w"), max(some, "w"), min(some, "h"), max(some, "h"));
                }
                for (Map<String, Object> l : links) {
                    double w = ((Number) l.get("w")).doubleValue();
                    double h = ((Number) l.get("h")).doubleValue();
                    if (w < 24 || h < 24) problems.add(size + " " + scheme + ": " + l.get("kind") + " " + l.get("name")
                            + " is " + w + " x " + h + " px");
                    if (!Boolean.TRUE.equals(l.get("hit"))) problems.add(size + " " + scheme + ": " + l.get("kind") + " "
                            + l.get("name") + ": part of the 24 px square around it reaches something else");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static double min(List<Map<String, Object>> list, String key) {
        return list.stream().mapToDouble(m -> ((Number) m.get(key)).doubleValue()).min().orElse(Double.NaN);
    }

    private static double max(List<Map<String, Object>> list, String key) {
        return list.stream().mapToDouble(m -> ((Number) m.get(key)).doubleValue()).max().orElse(Double.NaN);
    }

    // ---- back-links -------------------------------------------------------------------------------

    /** The first back-link in the reference list that leads to a marker of its own (not into a range). */
    private static WebElement backLinkToAMarker() {
        return (WebElement) js(driver, "return Array.from(document.querySelectorAll('.references .backlinks a')).find(function (a) {"
                + " var t = document.getElementById(a.getAttribute('href').slice(1));"
                + " return t && t.matches('.annotation a.cite-ref'); });");
    }

    private static boolean previewShowing() {
        return driver.findElements(By.cssSelector("div.cite-preview")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** After a back-link: the marker is the target, in view and focused, and no preview has opened. */
    private static WebElement returnedTo(String how, WebElement back) {
        String target = back.getDomAttribute("href").substring(1);
        until(driver, d -> ("#" + target).equals(js(d, "return location.hash")));
        Screens.waitUntilStill(driver);
        WebElement marker = driver.findElement(By.id(target));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js(driver, "var r = arguments[0].getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, vh: document.documentElement.clientHeight};", marker);
        assertTrue(box.get("top").doubleValue() > -1 && box.get("bottom").doubleValue() <= box.get("vh").doubleValue(),
                how + ": the marker returned to is in view: " + box);
        assertEquals(marker, driver.switchTo().activeElement(), how + ": the browser moved focus to the marker");
        assertTrue(!previewShowing(), how + ": no preview opens by itself over the sentence returned to");
        System.out.printf("[citations] %s: back-link to %s, marker at %.0f px from the top, no preview%n", how, target,
                box.get("top").doubleValue());
        return marker;
    }

    @Test
    void aBackLinkFollowedWithTheKeyboardReturnsToTheMarkerWithoutItsPreview() {
        open(Screens.Size.DESKTOP, "light", point6);
        WebElement back = backLinkToAMarker();
        // A click on the list's heading starts keyboard navigation there, as it would for a reader.
        new Actions(driver).moveToElement(driver.findElement(By.id("references-heading"))).click().perform();
        Actions keys = new Actions(driver);
        for (int i = 0; i < 400 && !back.equals(driver.switchTo().activeElement()); i++) keys.sendKeys(Keys.TAB).perform();
        assertEquals(back, driver.switchTo().activeElement(), "the back-link is reachable with Tab");
        keys.sendKeys(Keys.ENTER).perform();
        WebElement marker = returnedTo("keyboard", back);
        // The reader may still ask for it: Tab away and back opens it.
        keys.sendKeys(Keys.TAB).perform();
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals(marker, driver.switchTo().activeElement());
        until(driver, d -> previewShowing());
    }

    @Test
    void aBackLinkClickedWithTheMouseReturnsToTheMarkerWithoutItsPreview() {
        open(Screens.Size.DESKTOP, "dark", point6);
        WebElement back = backLinkToAMarker();
        js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", back);
        new Actions(driver).moveToElement(back).click().perform();
        WebElement marker = returnedTo("mouse", back);
        new Actions(driver).moveToElement(marker).perform();
        until(driver, d -> previewShowing());
    }

    @Test
    void aBackLinkTappedOnAPhoneReturnsToTheMarkerWithoutItsPreview() {
        open(Screens.Size.PHONE, "light", point6);
        WebElement back = backLinkToAMarker();
        js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", back);
        Screens.tap(driver, back);
        WebElement marker = returnedTo("touch", back);
        Screens.tap(driver, marker);
        until(driver, d -> previewShowing());
    }

    // ---- preview placement ------------------------------------------------------------------------

    /**
     * Markers put at the bottom edge, the top edge and the right of the screen (and the long range of
     * sources near the bottom), each opened as the reader would (tap or mouse): the preview stays inside the
     * viewport and does not cover its marker.
     */
    @Test
    void aPreviewStaysInsideTheScreenNearEveryEdge() {
        List<String> problems = new ArrayList<>();
        for (Screens.Size size : Screens.Size.values()) {
            for (String scheme : SCHEMES) {
                open(size, scheme, point6);
                for (String edge : List.of("bottom", "top", "right", "range at the bottom")) {
                    WebElement marker = (WebElement) js(driver,
                            "var all = Array.from(document.querySelectorAll('.annotation a.cite-ref'));"
                                    + " var edge = arguments[0], m = all[5];"
                                    + " if (edge === 'right') m = all.reduce(function (a, b) {"
                                    + "   return b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a; });"
                                    + " if (edge.indexOf('range') === 0) m = document.querySelector('a.cite-ref[data-last]');"
                                    + " var vh = document.documentElement.clientHeight, r = m.getBoundingClientRect();"
                                    + " var y = edge === 'top' ? r.top - 4 : edge === 'right' ? r.top - vh / 2 : r.bottom - vh + 4;"
                                    + " window.scrollBy({top: y, behavior: 'instant'});"
                                    + " return m;", edge);
                    Screens.waitUntilStill(driver);
                    if (size.touch) Screens.tap(driver, marker);
                    else new Actions(driver).moveToElement(marker).perform();
                    until(driver, d -> previewShowing());
                    @SuppressWarnings("unchecked")
                    Map<String, Number> box = (Map<String, Number>) js(driver,
                            "var p = document.querySelector('div.cite-preview').getBoundingClientRect();"
                                    + " var m = arguments[0].getBoundingClientRect();"
                                    + " return {top: p.top, bottom: p.bottom, left: p.left, right: p.right, markerTop: m.top,"
                                    + "  markerBottom: m.bottom, vw: document.documentElement.clientWidth,"
                                    + "  vh: document.documentElement.clientHeight,"
                                    + "  entries: document.querySelectorAll('div.cite-preview li').length};", marker);
                    System.out.printf("[citations] %s %s, marker at the %s (%.0f-%.0f of %s px): preview %.0f-%.0f x %.0f-%.0f%n",
                            size, scheme, edge, box.get("markerTop").doubleValue(), box.get("markerBottom").doubleValue(),
                            box.get("vh"), box.get("top").doubleValue(), box.get("bottom").doubleValue(),
                            box.get("left").doubleValue(), box.get("right").doubleValue());
                    String where = size + " " + scheme + " " + edge + ": " + box;
                    if (box.get("top").doubleValue() < 0 || box.get("left").doubleValue() < 0
                            || box.get("bottom").doubleValue() > box.get("vh").doubleValue() + 0.5
                            || box.get("right").doubleValue() > box.get("vw").doubleValue() + 0.5) {
                        problems.add(where + ": the preview leaves the viewport");
                    }
                    boolean covers = box.get("top").doubleValue() < box.get("markerBottom").doubleValue()
                            && box.get("bottom").doubleValue() > box.get("markerTop").doubleValue();
                    if (covers) problems.add(where + ": the preview covers its marker");
                    if (edge.startsWith("range") && box.get("entries").intValue() < 3) {
                        problems.add(where + ": a range's preview lists each of its sources");
                    }
                    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
                    until(driver, d -> !previewShowing());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void previewsOpenedWithTheKeyboardStayInsideAPhoneScreen() {
        open(Screens.Size.PHONE, "dark", point6);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            WebElement marker = Pages.tabToCitation(driver, 60).orElseThrow();
            until(driver, d -> previewShowing());
            Screens.waitUntilStill(driver); // focus scrolls the marker into view (smoothly) after it opened
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) js(driver,
                    "var p = document.querySelector('div.cite-preview').getBoundingClientRect();"
                            + " return {top: p.top, bottom: p.bottom, left: p.left, right: p.right,"
                            + "  vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight};");
            if (box.get("top").doubleValue() < 0 || box.get("left").doubleValue() < 0
                    || box.get("bottom").doubleValue() > box.get("vh").doubleValue() + 0.5
                    || box.get("right").doubleValue() > box.get("vw").doubleValue() + 0.5) {
                problems.add(marker.getDomAttribute("id") + ": " + box);
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- references and the sources page ------------------------------------------------------------

    @Test
    void eachReferenceLinksToItsEntryOnTheSourcesPage() {
        open(Screens.Size.DESKTOP, "light", point6);
        @SuppressWarnings("unchecked")
        List<String> entries = (List<String>) js(driver, "return Array.from(document.querySelectorAll('.references li[id^=ref-]'))"
                + ".map(function (li) { var a = li.querySelector('a.src-entry'); return a ? a.href : li.id + ' has none'; });");
        assertTrue(entries.size() > 20, "point 6 lists its references: " + entries.size());
        Pages.open(driver, site, "sources/");
        List<String> missing = new ArrayList<>();
        for (String href : entries) {
            String id = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
            if (!href.startsWith(site.url("sources/#source-")) || driver.findElements(By.id(id)).isEmpty()) missing.add(href);
        }
        assertEquals(List.of(), missing, "every reference leads to an entry of the sources page");

        // Followed as a reader would: the entry is the target, in view.
        Pages.open(driver, site, point6);
        WebElement link = driver.findElement(By.cssSelector("#ref-3 a.src-entry"));
        js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        String expected = link.getDomProperty("href");
        new Actions(driver).moveToElement(link).click().perform();
        until(driver, d -> expected.equals(d.getCurrentUrl()));
        Screens.waitUntilStill(driver);
        assertEquals(Boolean.TRUE, js(driver, "var t = document.querySelector(':target'); if (!t) return false;"
                + " var r = t.getBoundingClientRect(); return t.matches('li.source-entry') && r.top >= 0"
                + " && r.top < document.documentElement.clientHeight;"), "the source's entry is shown");
    }

    // ---- margin notes -------------------------------------------------------------------------------

    @Test
    void wideScreensShowTheSourcesInTheMarginAndPhonesDoNot() {
        List<String> problems = new ArrayList<>();
        for (String scheme : SCHEMES) {
            open(Screens.Size.DESKTOP, scheme, point6);
            until(driver, d -> !d.findElements(By.cssSelector(".margin-note")).isEmpty());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) js(driver,
                    "var notes = Array.from(document.querySelectorAll('.margin-note')).map(function (n) {"
                            + "  var r = n.getBoundingClientRect(); return {top: r.top + scrollY, bottom: r.bottom + scrollY,"
                            + "  left: r.left, right: r.right}; });"
                            + " var text = Array.from(document.querySelectorAll('.annotation p, .annotation li, .draft-text p'))"
                            + "  .reduce(function (x, e) { return Math.max(x, e.getBoundingClientRect().right); }, 0);"
                            + " var first = document.querySelector('.draft-text sup.cite, .annotation sup.cite').getBoundingClientRect();"
                            + " return {notes: notes, textRight: text, firstMarkerTop: first.top + scrollY,"
                            + "  vw: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,"
                            + "  hidden: document.querySelector('.margin-notes').getAttribute('aria-hidden')};");
            @SuppressWarnings("unchecked")
            List<Map<String, Number>> notes = (List<Map<String, Number>>) m.get("notes");
            double textRight = ((Number) m.get("textRight")).doubleValue();
            double vw = ((Number) m.get("vw")).doubleValue();
            System.out.printf("[citations] DESKTOP %s: %d margin notes from x %.0f to %.0f (text column ends at %.0f, viewport %.0f)%n",
                    scheme, notes.size(), notes.get(0).get("left").doubleValue(), notes.get(0).get("right").doubleValue(),
                    textRight, vw);
            if (notes.size() < 10) problems.add(scheme + ": only " + notes.size() + " margin notes on point 6");
            if (Math.abs(notes.get(0).get("top").doubleValue() - ((Number) m.get("firstMarkerTop")).doubleValue()) > 2) {
                problems.add(scheme + ": the first note is not beside the first marker: " + notes.get(0) + " vs " + m.get("firstMarkerTop"));
            }
            for (int i = 0; i < notes.size(); i++) {
                Map<String, Number> n = notes.get(i);
                if (n.get("left").doubleValue() < textRight + 16) problems.add(scheme + ": note " + i + " overlaps the text: " + n);
                if (n.get("right").doubleValue() > vw) problems.add(scheme + ": note " + i + " leaves the screen: " + n);
                if (i > 0 && n.get("top").doubleValue() < notes.get(i - 1).get("bottom").doubleValue()) {
                    problems.add(scheme + ": note " + i + " overlaps the one before: " + n);
                }
            }
            if (((Number) m.get("scrollWidth")).doubleValue() > vw) problems.add(scheme + ": the page scrolls sideways");
            assertEquals("true", m.get("hidden"), "the notes repeat the reference list, so assistive technology skips them");
        }
        for (String scheme : SCHEMES) {
            open(Screens.Size.PHONE, scheme, point6);
            Screens.waitUntilStill(driver);
            Object shown = js(driver, "return Array.from(document.querySelectorAll('.margin-note'))"
                    + ".filter(function (n) { return n.getClientRects().length > 0; }).length");
            if (((Number) shown).intValue() != 0) problems.add("PHONE " + scheme + ": " + shown + " margin notes shown");
            Object overflow = js(driver, "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).intValue() > 0) problems.add("PHONE " + scheme + ": the page is " + overflow + " px too wide");
        }
        assertEquals(List.of(), problems);
    }
}
