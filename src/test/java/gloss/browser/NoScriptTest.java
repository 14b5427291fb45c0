package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With JavaScript disabled every annotation, reaction and reference is still there and visible: the text of
 * each page's main content equals what a reader with scripts sees, and what only works with scripts (the
 * live filter, search) is hidden or explained. Two browsers, one with scripts off.
 */
@ExtendWith(BuiltSite.Extension.class)
class NoScriptTest {
    /** The reader's content: annotation, draft text, reaction cards and quotes, references, page prose. */
    static final List<String> CONTENT = List.of(".annotation > p", ".annotation li", ".draft-text .paraphrase",
            ".reaction-card", ".quote", ".references li", ".prose > p", ".facts dd", ".source-entry", ".event");

    static BuiltSite site;
    static Chromium withScript;
    static Chromium withoutScript;

    @BeforeAll
    static void start(BuiltSite builtSite) throws IOException {
        Chromium.require();
        site = builtSite.require();
        CompletableFuture<Chromium> second = Chromium.startAsync(false);
        withScript = Chromium.start(true);
        withoutScript = second.join();
    }

    @AfterAll
    static void stop() throws IOException {
        if (withScript != null) withScript.close();
        if (withoutScript != null) withoutScript.close();
    }

    @Test
    void scriptsAreReallyOffInTheSecondBrowser() {
        // gloss.js unhides the live filter as its first act on the reactions index; here it must not have run.
        Pages.open(withoutScript.driver, site, "reactions/");
        assertNotNull(withoutScript.driver.findElement(By.cssSelector("form.live-filter")).getDomAttribute("hidden"));
        Pages.open(withScript.driver, site, "reactions/");
        assertEquals(null, withScript.driver.findElement(By.cssSelector("form.live-filter")).getDomAttribute("hidden"));
    }

    @Test
    void everyAnnotationReactionAndReferenceIsThereWithoutScripts() {
        // Every provision, and one page of each other type that carries content.
        List<String> pages = new ArrayList<>(site.pages("provisions/\\d+-[^/]+/index\\.html"));
        Pages.types(site).forEach((type, url) -> {
            if (!type.equals("provision") && !type.startsWith("search")) pages.add(url);
        });
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            // The two browsers load the page side by side.
            CompletableFuture<String> withScripts = CompletableFuture.supplyAsync(() -> mainText(withScript.driver, page));
            String off = mainText(withoutScript.driver, page);
            String on = withScripts.join();
            if (!on.equals(off)) problems.add(page + ": main text differs without scripts:\n" + firstDifference(on, off));
            @SuppressWarnings("unchecked")
            List<String> hidden = (List<String>) Pages.js(withoutScript.driver,
                    "return arguments[0].filter(function (sel) {"
                            + " return Array.from(document.querySelectorAll('main ' + sel)).some(function (e) {"
                            + " return e.getClientRects().length === 0 || !e.innerText.trim(); }); })", CONTENT);
            for (String selector : hidden) problems.add(page + ": some " + selector + " is hidden or empty without scripts");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aProvisionPageKeepsItsAnnotationReactionsAndReferences() {
        String page = site.expectPage("provisions/\\d+-[^/]+/index\\.html");
        Pages.open(withoutScript.driver, site, page);
        WebDriver d = withoutScript.driver;
        assertTrue(d.findElements(By.cssSelector(".annotation p")).size() > 0, "annotation paragraphs");
        assertTrue(d.findElement(By.cssSelector(".who-said-what")).isDisplayed(), "who said what");
        assertTrue(d.findElements(By.cssSelector(".references li")).size() > 0, "references");
        // A citation marker is an ordinary link to its reference.
        WebElement marker = d.findElement(By.cssSelector("a.cite-ref"));
        String target = marker.getDomAttribute("href");
        assertTrue(target.startsWith("#ref-"), target);
        assertTrue(d.findElement(By.id(target.substring(1))).isDisplayed());
    }

    @Test
    void scriptOnlyControlsAreHiddenOrExplainedWithoutScripts() {
        WebDriver d = withoutScript.driver;
        Pages.open(d, site, "reactions/");
        for (WebElement form : d.findElements(By.cssSelector("form.live-filter"))) {
            assertFalse(form.isDisplayed(), "the live filter needs scripts and stays hidden without them");
        }
        assertTrue(d.findElements(By.cssSelector("nav.filters a")).stream().anyMatch(WebElement::isDisplayed),
                "the filtered pages are linked instead");
        Pages.open(d, site, "search/");
        // (WebDriver's isDisplayed() calls anything in a noscript element hidden, so ask the layout directly.)
        assertEquals(Boolean.TRUE, Pages.js(d, "var links = document.querySelectorAll('main noscript a[href]');"
                        + " return links.length > 0 && links[0].getClientRects().length > 0;"),
                "the search page says that search needs scripts and links the lists instead");
    }

    private static String mainText(WebDriver driver, String page) {
        Pages.open(driver, site, page);
        // The rendered text (innerText leaves out what is not displayed), without the live filter: the script
        // shows it, and it is checked separately.
        String text = String.valueOf(Pages.js(driver, "var form = document.querySelector('form.live-filter');"
                + " var text = document.querySelector('main').innerText;"
                + " return form ? text.replace(form.innerText, '') : text;"));
        return text.replaceAll("\\s*\\n\\s*", "\n").strip();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return "  with scripts:    …" + a.substring(from, Math.min(a.length(), i + 60)).replace('\n', ' ')
                + "\n  without scripts: …" + b.substring(from, Math.min(b.length(), i + 60)).replace('\n', ' ');
    }
}
