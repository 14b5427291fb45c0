package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan as a reader finds it on the real explainer, on a phone (390 px, touch) and a desktop (1366 px,
 * mouse): the numbered list of points near the top of the home page, the whole plan on one page with an
 * anchor and a working copy-link button per point, a provision's "On this page" reaching its reactions and
 * references, later versions shown as cards on a phone, a matrix in which every entry names who spoke and
 * when, and a timeline whose jump list and events lead somewhere. Nothing is wider than the screen outside a
 * scroll box. Positions are printed for the record.
 */
@ExtendWith(BuiltSite.Extension.class)
class ReadingThePlanTest {
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

    @AfterEach
    void backToTheWindow() {
        Screens.reset(driver);
    }

    private static void open(Screens.Size size, String page) {
        Screens.use(driver, size, "light");
        Pages.open(driver, site, page);
    }

    /** Presses a link or button as the reader on that screen would: a tap on a phone, a click on a desktop. */
    private static void press(Screens.Size size, WebElement element) {
        Pages.js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        Screens.waitUntilStill(driver);
        if (size.touch) Screens.tap(driver, element);
        else element.click();
    }

    private static double top(WebElement e) {
        return ((Number) Pages.js(driver, "return arguments[0].getBoundingClientRect().top + window.scrollY", e)).doubleValue();
    }

    /** Elements that stick out of the screen, other than inside a box that scrolls sideways. */
    @SuppressWarnings("unchecked")
    private static List<String> wider() {
        return (List<String>) Pages.js(driver, "var w = document.documentElement.clientWidth, out = [];"
                + " if (document.documentElement.scrollWidth > w) out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');"
                + " document.querySelectorAll('main *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect(); if (r.width === 0 || r.right <= w + 1) return;"
                + "   for (var p = e.parentElement; p; p = p.parentElement) { var o = getComputedStyle(p).overflowX;"
                + "     if (o === 'auto' || o === 'scroll' || o === 'hidden') return; }"
                + "   out.push(e.tagName.toLowerCase() + '.' + e.className + ' to ' + Math.round(r.right) + ' px'); });"
                + " return out.slice(0, 5);");
    }

    @Test
    void theFirstPointIsOnTheFirstScreenOfTheHomePageAndAllPointsFollowInOrder() {
        for (Screens.Size size : Screens.Size.values()) {
            open(size, "");
            List<WebElement> points = driver.findElements(By.cssSelector(".point-list a.point-link"));
            assertEquals(28, points.size(), "every point of the plan is listed on the home page");
            List<String> numbers = points.stream().map(p -> p.findElement(By.cssSelector(".point-number")).getText()).toList();
            for (int i = 0; i < numbers.size(); i++) assertEquals(String.valueOf(i + 1), numbers.get(i), "points in order: " + numbers);
            double first = top(points.get(0));
            System.out.printf("[plan] home, %s: point 1 at %.0f px of a %d px screen%n", size, first, size.height);
            // on a desktop within the first screen; on a phone within one swipe (a second screen)
            assertTrue(first < (size.touch ? 2 * size.height : 900), size + ": point 1 at " + first + " px");
            assertTrue(driver.findElement(By.cssSelector(".badge-legend")).isDisplayed(), "the badges are explained where they are");
            assertEquals(List.of(), wider(), size.toString());
            press(size, points.get(20));
            Pages.until(driver, d -> d.getCurrentUrl().contains("/provisions/21-"));
        }
    }

    @Test
    void theWholePlanHasEveryPointWithAnAnchorAndACopyLinkButtonThatCopies() {
        for (Screens.Size size : Screens.Size.values()) {
            open(size, "plan/");
            List<WebElement> points = driver.findElements(By.cssSelector("li.plan-point"));
            assertEquals(28, points.size());
            for (int i = 0; i < points.size(); i++) assertEquals("point-" + (i + 1), points.get(i).getAttribute("id"));
            assertEquals(List.of(), wider(), size.toString());
            List<WebElement> buttons = driver.findElements(By.cssSelector("li.plan-point button.copy-link"));
            assertEquals(28, buttons.size(), "a copy-link button beside every point's anchor");
            WebElement seventh = buttons.get(6);
            press(size, seventh);
            String copied = Pages.until(driver, d -> {
                String v = seventh.getAttribute("data-copied");
                return v == null ? null : v;
            });
            assertTrue(copied.isEmpty() || copied.endsWith("/plan/#point-7"), "the link copied is point 7's: " + copied);
            assertFalse(seventh.getText().equals("Copy link"), "the button says what happened: " + seventh.getText());
            // the jump list leads to a point
            press(size, driver.findElement(By.cssSelector(".plan-jump a[href='#point-21']")));
            Pages.until(driver, d -> d.getCurrentUrl().endsWith("#point-21"));
            Screens.waitUntilStill(driver);
            double y = ((Number) Pages.js(driver, "return document.getElementById('point-21').getBoundingClientRect().top")).doubleValue();
            assertTrue(y >= -2 && y < size.height / 2.0, size + ": point 21 is brought into view, at " + y);
        }
    }

    @Test
    void aProvisionsContentsReachItsReactionsAndReferences() {
        String point21 = site.expectPage("provisions/21-[^/]+/index\\.html");
        for (Screens.Size size : Screens.Size.values()) {
            for (String target : List.of("reactions-heading", "references-heading")) {
                open(size, point21);
                WebElement link = driver.findElement(By.cssSelector("nav.toc a[href='#" + target + "']"));
                press(size, link);
                Pages.until(driver, d -> d.getCurrentUrl().endsWith("#" + target));
                Screens.waitUntilStill(driver);
                double y = ((Number) Pages.js(driver, "return document.getElementById(arguments[0]).getBoundingClientRect().top",
                        target)).doubleValue();
                assertTrue(y >= -2 && y < size.height, size + ": #" + target + " is on screen after the contents link, at " + y);
            }
            // later versions: one card per version, with the draft's words, not a table six columns wide
            List<WebElement> cards = driver.findElements(By.cssSelector(".version-card"));
            assertTrue(cards.size() >= 3, "point 21's later versions are cards: " + cards.size());
            assertTrue(cards.stream().allMatch(WebElement::isDisplayed));
            assertEquals(List.of(), wider(), size + " point 21");
        }
    }

    @Test
    void everyMatrixEntryNamesWhoSpokeAndWhenAndAPhoneGetsCards() {
        for (Screens.Size size : Screens.Size.values()) {
            open(size, "reactions/matrix/");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) Pages.js(driver,
                    "return Array.from(document.querySelectorAll('main .stance')).filter(function (s) {"
                            + " return !s.closest('.stance-legend'); }).map(function (s) {"
                            + "  var entry = s.closest('.cell-entry');"
                            + "  return {text: s.textContent, actor: entry && entry.querySelector('.cell-actor') ? entry.querySelector('.cell-actor').textContent : '',"
                            + "   date: entry && entry.querySelector('time[datetime]') ? entry.querySelector('time').getAttribute('datetime') : '',"
                            + "   href: entry ? entry.getAttribute('href') : ''}; });");
            assertTrue(entries.size() > 50, "the matrix shows stances: " + entries.size());
            List<String> anonymous = new ArrayList<>();
            for (Map<String, Object> e : entries) {
                if (((String) e.get("actor")).isBlank() || ((String) e.get("date")).isBlank() || !((String) e.get("href")).contains("reactions/")) {
                    anonymous.add(e.toString());
                }
            }
            assertEquals(List.of(), anonymous, "a stance without who said it, when, and a link to it");
            assertTrue(driver.findElement(By.cssSelector(".country-cards")).isDisplayed(), "the cards are the matrix's first form");
            assertTrue(driver.findElement(By.cssSelector(".stance-legend")).isDisplayed(), "the rubric is beside the stances");
            assertEquals(List.of(), wider(), size.toString());
            // the full table is folded away and opens on request, scrolling inside its own box
            WebElement details = driver.findElement(By.cssSelector("details.matrix-details"));
            assertTrue(details.getAttribute("open") == null);
            press(size, details.findElement(By.tagName("summary")));
            Pages.until(driver, d -> details.getAttribute("open") != null);
            assertEquals(List.of(), wider(), size + " with the table open");
        }
    }

    @Test
    void theTimelineJumpsByMonthAndItsEventsLeadToPointsReactionsAndPeople() {
        for (Screens.Size size : Screens.Size.values()) {
            open(size, "timeline/");
            assertEquals(List.of(), wider(), size.toString());
            List<WebElement> months = driver.findElements(By.cssSelector(".jump-list a"));
            assertTrue(months.size() >= 3, "a jump list by month");
            WebElement november = months.stream().filter(m -> m.getText().startsWith("November 2025")).findFirst().orElseThrow();
            String target = november.getAttribute("href").replaceFirst(".*#", "");
            press(size, november);
            Pages.until(driver, d -> d.getCurrentUrl().endsWith("#" + target));
            Screens.waitUntilStill(driver);
            double y = ((Number) Pages.js(driver, "return document.getElementById(arguments[0]).getBoundingClientRect().top", target)).doubleValue();
            assertTrue(y >= -2 && y < size.height / 2.0, size + ": the month is brought to the top, at " + y);
            long withPoints = (Long) Pages.js(driver, "return document.querySelectorAll('.event .event-links a[href*=\"provisions/\"]').length");
            long withReactions = (Long) Pages.js(driver, "return document.querySelectorAll('.event .event-links a[href*=\"reactions/\"]').length");
            long withPeople = (Long) Pages.js(driver, "return document.querySelectorAll('.event .event-links a[href*=\"actors/\"]').length");
            System.out.printf("[plan] timeline, %s: links to points %d, reactions %d, people %d%n", size, withPoints, withReactions, withPeople);
            assertTrue(withPoints > 20 && withReactions > 10 && withPeople > 10, withPoints + " " + withReactions + " " + withPeople);
            WebElement pointLink = driver.findElement(By.cssSelector(".event .event-links a[href*='provisions/']"));
            String href = pointLink.getAttribute("href");
            press(size, pointLink);
            Pages.until(driver, d -> d.getCurrentUrl().equals(href));
        }
    }
}
