package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static gloss.browser.Pages.js;
import static gloss.browser.Pages.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reactions index's live filter keeps the reader's choice in the address (?actor=&country=&stance=): a
 * reload or a shared link shows the same selection, Back and Forward step through the choices, and a reset
 * button shows everything again.
 */
@ExtendWith(BuiltSite.Extension.class)
class ReactionFiltersTest {
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

    private static Select select(String name) {
        return new Select(driver.findElement(By.cssSelector("form.live-filter select[name=" + name + "]")));
    }

    private static String query() {
        return String.valueOf(js(driver, "return location.search"));
    }

    /** The cards shown, each with its filter keys; and the status line. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> shownCards() {
        return (List<Map<String, String>>) js(driver, "return Array.from(document.querySelectorAll('#reaction-list .reaction-card'))"
                + ".filter(function (c) { return c.getClientRects().length > 0; }).map(function (c) {"
                + " return {actor: c.getAttribute('data-actor'), country: c.getAttribute('data-country'),"
                + " stance: c.getAttribute('data-stance')}; })");
    }

    private static int allCards() {
        return ((Number) js(driver, "return document.querySelectorAll('#reaction-list .reaction-card').length")).intValue();
    }

    private static String status() {
        return driver.findElement(By.cssSelector("form.live-filter .filter-status")).getText();
    }

    /** The page shows exactly the cards that match, the selects say so, and the status counts them. */
    private static void showing(String stance, String country) {
        until(driver, d -> stance.equals(select("stance").getFirstSelectedOption().getDomAttribute("value"))
                && country.equals(select("country").getFirstSelectedOption().getDomAttribute("value")));
        List<Map<String, String>> cards = shownCards();
        assertTrue(!cards.isEmpty(), "some cards match " + stance + " / " + country);
        for (Map<String, String> c : cards) {
            if (!stance.isEmpty()) assertEquals(stance, c.get("stance"));
            if (!country.isEmpty()) assertEquals(country, c.get("country"));
        }
        assertEquals(cards.size() + " of " + allCards() + " reactions shown", status());
    }

    @Test
    void theChoiceIsKeptInTheAddressAndSurvivesReloadBackAndForward() {
        Screens.use(driver, Screens.Size.DESKTOP, "light");
        Pages.open(driver, site, "reactions/");
        int total = allCards();
        select("stance").selectByValue("opposes");
        until(driver, d -> query().equals("?stance=opposes"));
        showing("opposes", "");
        String country = shownCards().get(0).get("country");
        select("country").selectByValue(country);
        until(driver, d -> query().contains("country=") && query().contains("stance=opposes"));
        showing("opposes", country);
        String both = driver.getCurrentUrl();

        driver.navigate().refresh();
        until(driver, d -> "complete".equals(js(d, "return document.readyState")));
        showing("opposes", country);

        driver.navigate().back();
        until(driver, d -> query().equals("?stance=opposes"));
        showing("opposes", "");
        driver.navigate().forward();
        until(driver, d -> both.equals(d.getCurrentUrl()));
        showing("opposes", country);

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("form.live-filter .filter-reset"))).click().perform();
        until(driver, d -> query().isEmpty());
        assertEquals(total, shownCards().size(), "reset shows every reaction");
        assertEquals("", select("stance").getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("", select("country").getFirstSelectedOption().getDomAttribute("value"));
        driver.navigate().back();
        until(driver, d -> both.equals(d.getCurrentUrl()));
        showing("opposes", country);
    }

    @Test
    void aSharedLinkShowsItsSelectionAndAnUnknownValueShowsAll() {
        Screens.use(driver, Screens.Size.PHONE, "dark");
        Pages.open(driver, site, "reactions/");
        String actor = shownCards().get(0).get("actor");
        Pages.open(driver, site, "reactions/?actor=" + actor + "&stance=no-such-stance");
        until(driver, d -> actor.equals(select("actor").getFirstSelectedOption().getDomAttribute("value")));
        assertEquals("", select("stance").getFirstSelectedOption().getDomAttribute("value"), "an unknown stance counts as Any");
        List<Map<String, String>> cards = shownCards();
        assertTrue(!cards.isEmpty());
        for (Map<String, String> c : cards) assertEquals(actor, c.get("actor"));

        // On a phone the reset button is a proper target and a tap clears the choice.
        WebElement reset = driver.findElement(By.cssSelector("form.live-filter .filter-reset"));
        js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", reset);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js(driver, "var r = arguments[0].getBoundingClientRect();"
                + " return {w: r.width, h: r.height, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};", reset);
        assertTrue(box.get("w").doubleValue() >= 24 && box.get("h").doubleValue() >= 24, "reset button size: " + box);
        assertEquals(0, box.get("overflow").intValue(), "the filter fits a phone");
        Screens.tap(driver, reset);
        until(driver, d -> !query().contains("actor="));
        assertEquals(allCards(), shownCards().size());
    }
}
