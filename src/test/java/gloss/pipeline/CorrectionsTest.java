package gloss.pipeline;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections written as data ({@code corrections:} in a note's front matter or on a timeline event) go
 * through a real build onto the corrected page, into the log on the corrections page (newest first) and
 * into the feed (one entry each, dated by the correction); and {@code research_until} reaches every footer.
 */
class CorrectionsTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";

    private static Path project(Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        // No citation in 'was' or 'now': corrections are the publisher's own statements, exempt from the citation rule.
        edit(root, P1, "text_sources: [wire-one, paper-two]\n", """
                text_sources: [wire-one, paper-two]
                corrections:
                  - date: 2026-12-05
                    was: "The line of contact was fixed on 25 October."
                    now: "It was fixed on 22 October."
                    sources: [wire-one]
                  - date: 2026-12-01
                    was: "Point 1 was called point 2."
                    now: "It is point 1."
                """);
        edit(root, R1, "sources: [paper-two, wire-one]\n", """
                sources: [paper-two, wire-one]
                corrections:
                  - {date: 2026-12-03, was: "Alice was called a laureate.", now: "Her organisation won the prize."}
                """);
        edit(root, "content/events.yaml", "  sources: [wire-one]\n", """
                  sources: [wire-one]
                  corrections:
                    - {date: 2026-12-04, was: "Dated 21 November.", now: "Dated 20 November.", sources: [state-three]}
                """);
        edit(root, "content/explainer.yaml", "updated: 2025-12-01\n", "updated: 2026-12-05\nresearch_until: 2026-02-22\n");
        return root;
    }

    @Test
    void aCorrectionAppearsOnItsPageOnTheCorrectionsPageAndInTheFeed(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        Path site = root.resolve("site");

        Document provision = Jsoup.parse(site.resolve("provisions/01-borders/index.html").toFile(), "UTF-8");
        Element section = provision.getElementById("corrections");
        assertNotNull(section, "the corrected page has a corrections section");
        List<String> texts = section.select("p.correction").eachText();
        assertEquals(List.of(
                "Correction, 5 December 2026: What was wrong: The line of contact was fixed on 25 October. What it says now: It was fixed on 22 October.[1]",
                "Correction, 1 December 2026: What was wrong: Point 1 was called point 2. What it says now: It is point 1."), texts);
        Element marker = section.selectFirst("a.cite-ref");
        assertNotNull(marker, "the correction's source is cited");
        assertNotNull(provision.getElementById(marker.attr("href").substring(1)), "its reference is on the page");
        assertEquals("2026-12-05", section.selectFirst("time").attr("datetime"));

        Document log = Jsoup.parse(site.resolve("corrections/index.html").toFile(), "UTF-8");
        assertTrue(log.selectFirst(".prose").text().contains("None yet."), "the page's own text stays above the log");
        List<Element> items = log.select("ol.corrections-list > li");
        assertEquals(List.of("2026-12-05", "2026-12-04", "2026-12-03", "2026-12-01"),
                items.stream().map(li -> li.selectFirst("time").attr("datetime")).toList(), "newest first");
        assertEquals(List.of("provisions/01-borders/#corrections", "timeline/#event-2025-11-20-text-published",
                        "reactions/2025-11-21-alice-statement/#corrections", "provisions/01-borders/#corrections"),
                items.stream().map(li -> li.selectFirst("a:not(.cite-ref)").attr("href").replaceFirst("^\\.\\./", "")).toList());
        assertTrue(items.get(2).text().contains("Alice rejects the borders clause"), items.get(2).text());

        Document timeline = Jsoup.parse(site.resolve("timeline/index.html").toFile(), "UTF-8");
        assertTrue(timeline.select("li.event p.correction").text().contains("What it says now: Dated 20 November."));

        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        List<Element> corrections = feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().startsWith("Correction: ")).toList();
        assertEquals(4, corrections.size(), "one feed entry per correction");
        Element newest = corrections.stream().filter(e -> e.selectFirst("updated").text().equals("2026-12-05T00:00:00Z"))
                .findFirst().orElseThrow();
        assertEquals("Correction: Point 1: Borders", newest.selectFirst("title").text());
        assertEquals("https://example.org/fixture/provisions/01-borders/#corrections", newest.selectFirst("link").attr("href"));
        assertTrue(newest.selectFirst("summary").text().contains("What it says now: It was fixed on 22 October."));
        assertEquals(4, corrections.stream().map(e -> e.selectFirst("id").text()).distinct().count(), "ids are unique");
    }

    @Test
    void theResearchCutOffIsInEveryFooter(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        for (String page : List.of("index.html", "provisions/01-borders/index.html", "timeline/index.html",
                "sources/index.html", "corrections/index.html", "404.html")) {
            Document doc = Jsoup.parse(root.resolve("site").resolve(page).toFile(), "UTF-8");
            Element footer = doc.selectFirst("footer.site-footer");
            assertTrue(footer.text().contains("Research up to 22 February 2026."), page + ": " + footer.text());
            assertFalse(footer.select("time[datetime=2026-02-22]").isEmpty(), page);
        }
    }

    @Test
    void badCorrectionsAreReportedWhereWritten(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        edit(root, P1, "    now: \"It is point 1.\"\n", "    when: yesterday\n");
        edit(root, R1, "{date: 2026-12-03,", "{date: 3 December,");
        edit(root, "content/events.yaml", "sources: [state-three]}", "sources: [state-tree]}");
        edit(root, "content/explainer.yaml", "research_until: 2026-02-22", "research_until: 2027-01-01");
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit());
        String err = run.err();
        assertTrue(err.contains(P1 + ":15:5: error: unknown field 'when' in a correction"), err);
        assertTrue(err.contains(P1 + ":13:5: error: missing required field 'now' in a correction"), err);
        assertTrue(err.contains(R1 + ":13:12: error: field 'date' must be a date written YYYY-MM-DD, not '3 December'"), err);
        assertTrue(err.contains("content/events.yaml:6:90: error: unknown source 'state-tree' (did you mean 'state-three'?)"), err);
        assertTrue(err.contains("content/explainer.yaml:8:17: error: 'research_until' (2027-01-01) is after 'updated' (2026-12-05)"), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals(5, err.lines().filter(l -> l.contains(": error: ")).count(), err);
    }

    static void edit(Path root, String file, String find, String replace) throws IOException {
        Path p = root.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(find), file + " contains " + find);
        Files.writeString(p, text.replace(find, replace));
    }
}
