package gloss.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gloss.browser.Pages.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printing, emulated in headless Chromium (print media on A4 paper, {@link Screens#PRINT_WIDTH} px wide once the
 * margins are off) with the screen in dark mode, which a printout must ignore: nothing is wider than the paper,
 * the navigation is left off, a link prints the site it leads to rather than its whole address, and all text is
 * dark on white (the "What the draft says" box included).
 */
@ExtendWith(BuiltSite.Extension.class)
class PrintTest {
    static BuiltSite site;
    static Chromium chromium;

    @BeforeAll
    static void start(BuiltSite builtSite) throws IOException {
        Chromium.require();
        site = builtSite.require();
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) chromium.close();
    }

    /** The pages to print: every kind, with the widest tables (point 21's versions, the versions overview). */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>(Pages.types(site));
        pages.remove("search");
        pages.remove("search results");
        pages.remove("404");
        pages.put("point 6", site.expectPage("provisions/06-[^/]+/index\\.html"));
        pages.put("point 21", site.expectPage("provisions/21-[^/]+/index\\.html"));
        pages.put("plan", "plan/");
        return pages;
    }

    /** What one printed page looks like, measured in one script. */
    private static final String MEASURE = """
            var width = document.documentElement.clientWidth;
            function shown(e) { return e.getClientRects().length > 0; }
            function luminance(css) {
              var m = css.match(/[\\d.]+/g); if (!m) return null;
              var c = m.slice(0, 3).map(function (v) { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return {l: 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2], a: m.length > 3 ? parseFloat(m[3]) : 1};
            }
            var all = Array.from(document.body.querySelectorAll('*')).filter(shown);
            var wide = all.filter(function (e) { var r = e.getBoundingClientRect(); return r.right > width + 0.5 || r.left < -0.5; })
              .slice(0, 5).map(function (e) { var r = e.getBoundingClientRect();
                return e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right); });
            var chrome = Array.from(document.querySelectorAll('.skip-link, .site-header, .site-nav, .crumbs, .toc, .prev-next,'
              + ' .site-footer ul, form, button, .margin-notes, .cite-preview')).filter(shown)
              .map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });
            var urls = Array.from(document.querySelectorAll('a[href^="http"]')).map(function (a) {
              return getComputedStyle(a, '::after').content; }).filter(function (c) { return c !== 'none' && c !== 'normal'; });
            var light = [], dark = [];
            all.forEach(function (e) {
              var s = getComputedStyle(e);
              var bg = luminance(s.backgroundColor);
              if (bg && bg.a > 0 && bg.l < 0.8) dark.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + s.backgroundColor);
              var text = Array.from(e.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });
              var fg = luminance(s.color);
              // contrast with white paper at least 4.5:1
              if (text && fg && (1.05 / (fg.l + 0.05)) < 4.5) light.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + s.color);
            });
            return {scrollWidth: document.documentElement.scrollWidth, width: width, wide: wide, chrome: chrome, urls: urls,
              darkBoxes: dark.slice(0, 5), lightText: light.slice(0, 5),
              draftBox: (function () { var d = document.querySelector('.draft-text'); return d ? getComputedStyle(d).backgroundColor : null; })()};
            """;

    @Test
    void printedPagesFitThePaperLeaveOutNavigationAndIgnoreDarkMode() {
        List<String> problems = new ArrayList<>();
        int urlsSeen = 0;
        for (Map.Entry<String, String> page : pages().entrySet()) {
            Screens.print(chromium.driver, "dark");
            Pages.open(chromium.driver, site, page.getValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) js(chromium.driver, MEASURE);
            String name = page.getKey();
            System.out.printf("[print] %s: %s px wide on %s px paper; %d link addresses printed%s%n", name, m.get("scrollWidth"),
                    m.get("width"), ((List<?>) m.get("urls")).size(),
                    m.get("draftBox") == null ? "" : "; draft box background " + m.get("draftBox"));
            if (((Number) m.get("scrollWidth")).intValue() > ((Number) m.get("width")).intValue()) {
                problems.add(name + ": wider than the paper: " + m.get("scrollWidth") + " px; " + m.get("wide"));
            }
            if (!((List<?>) m.get("wide")).isEmpty()) problems.add(name + ": elements past the paper's edge: " + m.get("wide"));
            if (!((List<?>) m.get("chrome")).isEmpty()) problems.add(name + ": navigation printed: " + m.get("chrome"));
            if (!((List<?>) m.get("darkBoxes")).isEmpty()) problems.add(name + ": dark backgrounds: " + m.get("darkBoxes"));
            if (!((List<?>) m.get("lightText")).isEmpty()) problems.add(name + ": pale text: " + m.get("lightText"));
            for (Object url : (List<?>) m.get("urls")) {
                urlsSeen++;
                // A site name in brackets, e.g. " (reuters.com)": no path, no query, never the whole address.
                if (!String.valueOf(url).matches("\" \\([a-z0-9.-]+(:\\d+)?\\)\"") || String.valueOf(url).length() > 50) {
                    problems.add(name + ": a long address is printed: " + url);
                }
            }
        }
        assertTrue(urlsSeen > 50, "printed pages name the sites their sources are on: " + urlsSeen);
        Screens.reset(chromium.driver);
        assertEquals(List.of(), problems);
    }
}
