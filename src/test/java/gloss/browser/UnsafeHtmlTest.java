package gloss.browser;

import gloss.Projects;
import gloss.content.Body;
import gloss.content.Location;
import gloss.markdown.Markdown;
import gloss.markdown.StandInLinks;
import gloss.markdown.ParsedBody;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored-XSS inputs of issue 11 in headless Chromium, observed on the page, not in the HTML. A build
 * refuses them all ({@code gloss.html.RawHtmlCheckTest}), so to see what each defense would still do
 * if that check were ever bypassed, the fixture is built for real and the about page is copied once per
 * input with its body replaced:
 * <ul>
 *   <li>by what Gloss's renderer makes of the input ({@link Markdown#render}, which sanitizes bodies with
 *       raw HTML): no payload runs, with the page's Content-Security-Policy or without it, and the site's
 *       navigation and footer are still there after every attempt to swallow the rest of the page;</li>
 *   <li>by the raw HTML as Gloss rendered it before this fix (plain commonmark): the page's
 *       Content-Security-Policy alone keeps every payload from running, and Chromium reports the
 *       violation;</li>
 *   <li>as a control, the raw HTML in a copy without the policy: the payload does run, so a payload that
 *       does not run above was stopped, not broken.</li>
 * </ul>
 * The payloads call {@code alert(1)}; here they set {@code window.__pwned} and the title, which
 * the test reads back. Images that fail to load fire their error handlers; the test waits until every
 * image is complete and the event loop has turned before it looks.
 */
class UnsafeHtmlTest {
    private static final String PAYLOAD = "window.__pwned=1;document.title='pwned'";

    /** The inputs of issue 11, item 1, and variants: each would run {@link #PAYLOAD} in a browser. */
    static final Map<String, String> SCRIPTS = new LinkedHashMap<>();
    /** Inputs that would hide the rest of the page, navigation and footer included. */
    static final Map<String, String> SWALLOWERS = new LinkedHashMap<>();

    static {
        for (String tag : List.of("textarea", "style", "title", "xmp", "noembed", "noscript")) {
            SCRIPTS.put(tag + "-then-attribute", "<" + tag + ">\n\n<img title=\"</" + tag + "><img src=x onerror=\"" + PAYLOAD + "\">\">");
        }
        SCRIPTS.put("noscript-one-block", "<noscript><p title=\"</noscript><img src=x onerror=\"" + PAYLOAD + "\">\">");
        SCRIPTS.put("cdata", "<![CDATA[ x ><img src=x onerror=\"" + PAYLOAD + "\"> ]]>");
        SCRIPTS.put("script", "<script>" + PAYLOAD + "</script>");
        // an HTML block ends at a blank line; the Markdown paragraph after it closes the quote and adds a handler
        SCRIPTS.put("markdown-after-unclosed-tag", "<details title='a\n\nb' open ontoggle=window.__pwned=1 x='\n\n'");
        SCRIPTS.put("svg-onload", "<svg onload=\"" + PAYLOAD + "\"></svg>");
        SCRIPTS.put("body-onload", "Text.\n\n<body onload=\"" + PAYLOAD + "\">");
        SWALLOWERS.put("unclosed-title", "Before.\n\n<title>");
        SWALLOWERS.put("unclosed-textarea", "Before.\n\n<textarea>");
        SWALLOWERS.put("unclosed-style", "Before.\n\n<style>");
        SWALLOWERS.put("unclosed-comment", "Before.\n\n<!--");
        SWALLOWERS.put("plaintext", "Before.\n\n<plaintext>");
        SWALLOWERS.put("unclosed-xmp", "Before.\n\n<xmp>");
        SWALLOWERS.put("unclosed-attribute", "Before.\n\n<div title=\"x");
        SWALLOWERS.put("unclosed-noembed", "Before.\n\n<noembed>");
    }

    static Path temp;
    static Path site;
    static StaticServer server;
    static Chromium chromium;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Chromium.require();
        temp = Files.createTempDirectory("gloss-unsafe-");
        Path root = Projects.fixtureCopy(temp.resolve("p"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        site = root.resolve("site");
        String about = Files.readString(site.resolve("about/index.html"));
        String body = "<div class=\"prose\">\n<p>About this fixture.</p>\n\n</div>";
        assertTrue(about.contains(body), "the about page has the body this test replaces");
        Map<String, String> all = new LinkedHashMap<>(SCRIPTS);
        all.putAll(SWALLOWERS);
        all.put("svg-javascript-link", "<svg><a xlink:href=\"javascript:" + PAYLOAD + "\"><text x=\"10\" y=\"20\">click</text></a></svg>");
        all.put("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere.invalid/\">");
        all.put("base", "<base href=\"https://elsewhere.invalid/\">\n\n[a relative link](methodology/)");
        for (Map.Entry<String, String> e : all.entrySet()) {
            String sanitized = about.replace(body, "<div class=\"prose\">\n" + rendered(e.getValue()) + "\n</div>");
            page("rendered/" + e.getKey(), sanitized);
            page("rendered-without-policy/" + e.getKey(), withoutPolicy(sanitized));
            String raw = about.replace(body, "<div class=\"prose\">\n" + raw(e.getValue()) + "\n</div>");
            page("raw/" + e.getKey(), raw);
            page("raw-without-policy/" + e.getKey(), withoutPolicy(raw));
        }
        server = new StaticServer(site, "/fixture/");
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) chromium.close();
        if (server != null) server.close();
        if (temp != null) {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void noPayloadRunsFromWhatGlossRenders() {
        List<String> ran = new ArrayList<>();
        for (String name : SCRIPTS.keySet()) {
            if (ranPayload("rendered/" + name)) ran.add(name);
            // the sanitizer alone, without the policy behind it
            if (ranPayload("rendered-without-policy/" + name)) ran.add(name + " (without the policy)");
        }
        assertEquals(List.of(), ran);
    }

    @Test
    void thePolicyAloneStopsEveryPayloadOfTheRawHtml() {
        List<String> ran = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        for (String name : SCRIPTS.keySet()) {
            chromium.driver.manage().logs().get(LogType.BROWSER); // forget earlier messages
            if (ranPayload("raw/" + name)) ran.add(name);
            List<String> console = chromium.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
            boolean reported = console.stream().anyMatch(m -> m.contains("Content Security Policy"));
            // a payload the parser never reaches as markup (inside a <noscript> read as text) needs no report
            if (!reported && payloadIsMarkup(name)) unreported.add(name + ": " + console);
        }
        assertEquals(List.of(), ran, "payloads that ran despite the policy");
        assertEquals(List.of(), unreported, "the browser reported no policy violation");
    }

    @Test
    void withoutThePolicyTheRawPayloadsRunSoTheObservationWorks() {
        List<String> silent = new ArrayList<>();
        for (String name : List.of("textarea-then-attribute", "style-then-attribute", "noscript-one-block", "cdata", "script", "svg-onload",
                "markdown-after-unclosed-tag")) {
            if (!ranPayload("raw-without-policy/" + name)) silent.add(name);
        }
        assertEquals(List.of(), silent, "these payloads should run in a page without the policy");
    }

    @Test
    void theNavigationAndFooterSurviveEveryAttemptToSwallowThePage() {
        WebDriver d = chromium.driver;
        List<String> hidden = new ArrayList<>();
        for (String name : SWALLOWERS.keySet()) {
            Pages.openUrl(d, url("rendered/" + name));
            if (!displayed(d, "nav.site-nav a[href]") || !displayed(d, "footer.site-footer") || !displayed(d, "a.site-title")) hidden.add(name);
            if (!d.getTitle().startsWith("About")) hidden.add(name + " (title: " + d.getTitle() + ")");
        }
        assertEquals(List.of(), hidden);
        // the control: the raw HTML does hide them
        Pages.openUrl(d, url("raw/unclosed-textarea"));
        assertFalse(displayed(d, "footer.site-footer"), "an unclosed <textarea> in the raw HTML swallows the footer");
    }

    @Test
    void aJavascriptLinkInSvgCannotRunEvenWhenClicked() {
        WebDriver d = chromium.driver;
        for (String variant : List.of("rendered/", "raw/")) {
            Pages.openUrl(d, url(variant + "svg-javascript-link"));
            List<WebElement> links = d.findElements(By.cssSelector("svg a"));
            if (!links.isEmpty()) new Actions(d).moveToElement(links.get(0)).click().perform();
            assertNull(Pages.js(d, "return window.__pwned === undefined ? null : window.__pwned;"), variant);
            assertTrue(d.getCurrentUrl().endsWith("/svg-javascript-link/"), d.getCurrentUrl());
        }
    }

    @Test
    void neitherBaseNorMetaRefreshTakesThePageElsewhere() {
        WebDriver d = chromium.driver;
        Pages.openUrl(d, url("rendered/base"));
        assertEquals(url("rendered/base"), Pages.js(d, "return document.baseURI;"));
        assertTrue(String.valueOf(Pages.js(d, "return document.querySelector('.prose a').href;")).startsWith(server.baseUrl()));
        Pages.openUrl(d, url("raw/base"));
        assertEquals(url("raw/base"), Pages.js(d, "return document.baseURI;"), "base-uri 'none' in the policy");
        // A refresh needs the element, and no policy stops one in the raw HTML: the check refuses it, the sanitizer drops it.
        Pages.openUrl(d, url("rendered/meta-refresh"));
        assertEquals(Boolean.FALSE, Pages.js(d, "return document.querySelector('meta[http-equiv=refresh]') !== null;"));
        assertEquals(url("rendered/meta-refresh"), d.getCurrentUrl());
    }

    @Test
    void theJsonLdDataBlockAndGlossJsStillWorkUnderThePolicy() {
        WebDriver d = chromium.driver;
        d.manage().logs().get(LogType.BROWSER);
        Pages.openUrl(d, server.baseUrl() + "provisions/01-borders/");
        Object type = Pages.js(d, "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type'];");
        assertEquals("NewsArticle", type);
        WebElement preview = Pages.openCitationPreview(d);
        assertTrue(preview.getText().length() > 0, "gloss.js, a script of the site itself, runs");
        List<String> violations = d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations, "the site's own pages need nothing the policy forbids");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static boolean payloadIsMarkup(String name) {
        return !name.startsWith("noscript"); // with scripts on, <noscript> content is text: nothing to block
    }

    /** Opens a page, waits until every image has loaded or failed and the event loop has turned, and says whether the payload ran. */
    private static boolean ranPayload(String page) {
        WebDriver d = chromium.driver;
        Pages.openUrl(d, url(page));
        Pages.until(d, x -> Boolean.TRUE.equals(Pages.js(x, "return Array.from(document.images).every(function (i) { return i.complete; });")));
        ((org.openqa.selenium.JavascriptExecutor) d).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { setTimeout(done, 0); });");
        return Pages.js(d, "return window.__pwned === undefined ? null : window.__pwned;") != null || "pwned".equals(d.getTitle());
    }

    private static String withoutPolicy(String page) {
        return page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    }

    private static boolean displayed(WebDriver d, String selector) {
        return d.findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed);
    }

    private static String url(String page) {
        return server.baseUrl() + "unsafe/" + page + "/";
    }

    private static void page(String name, String html) throws IOException {
        Path file = site.resolve("unsafe").resolve(name).resolve("index.html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }

    /** The body as Gloss renders it for a page: {@link Markdown#render}, sanitizer included. */
    private static String rendered(String markdown) {
        Markdown md = new Markdown();
        ParsedBody parsed = md.parse(new Body(markdown, new Location(Path.of("content/pages/about.md"), 4, 1)));
        return StandInLinks.render(md, parsed);
    }

    /** The body as Gloss rendered it before this fix: commonmark with raw HTML passed through. */
    private static String raw(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }
}
