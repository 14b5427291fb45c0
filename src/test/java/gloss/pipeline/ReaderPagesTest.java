package gloss.pipeline;

import gloss.Projects;
import gloss.content.Stance;
import gloss.content.DocumentTerms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of issue 15 built whole: the home page's dated box and list of every point, the plan page's
 * anchors, the versions rule (wording only), the desk's address, and on the real explainer the counts,
 * the matrix's entries and the stance rubric. Errors of the new fields are located and reported together.
 */
class ReaderPagesTest {
    private static final String STANDING = """
            ---
            date: 2025-12-01
            ---
            - **Talks go on.** The parties met again [@wire-one].
            - See [point 2](provision:2) [@paper-two].
            """;

    private static Document page(Path root, String file) throws IOException {
        return Jsoup.parse(root.resolve("site").resolve(file).toFile(), "UTF-8");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theHomePageOpensWithTheDatedBoxAndEveryPointInOrderWithItsBadgesExplained(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/standing.md"), STANDING);
        replace(root.resolve("content/provisions/02-forces.md"), "summary: The second point caps forces at 600,000.\n",
                "summary: The second point caps forces at 600,000.\ngist: \"A cap of 600,000\"\n");
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        Document home = page(root, "index.html");

        Element box = home.selectFirst("aside.standing");
        assertNotNull(box);
        assertEquals("Where things stand", box.selectFirst("h2").text());
        assertEquals("2025-12-01", box.selectFirst(".standing-date time").attr("datetime"));
        assertEquals("As of 1 December 2025", box.selectFirst(".standing-date").text());
        assertEquals(2, box.select("li").size());
        // Its citations are numbered first (it comes first) and listed with the page's references.
        Element marker = box.selectFirst("a.cite-ref");
        assertNotNull(marker);
        assertNotNull(home.getElementById(marker.attr("href").substring(1)));
        assertNotNull(box.selectFirst("a[href$=provisions/02-forces/]"));

        List<Element> rows = home.select("ol.point-list > li.point-row");
        assertEquals(List.of("1", "2"), rows.stream().map(r -> r.selectFirst(".point-number").text()).toList());
        assertTrue(rows.get(0).selectFirst("a.point-link").attr("href").endsWith("provisions/01-borders/"));
        assertEquals("The first point is about borders.", rows.get(0).selectFirst(".point-gist").text()); // no gist: the summary
        assertEquals("A cap of 600,000", rows.get(1).selectFirst(".point-gist").text());
        assertNotNull(rows.get(1).selectFirst(".badge-weak"));
        // Every badge shown is defined in the legend right above the list.
        Element legend = home.selectFirst("section.point-index dl.badge-legend");
        assertNotNull(legend);
        for (String badge : List.of("badge-disputed", "badge-weak")) {
            assertNotNull(legend.selectFirst("dt ." + badge), badge + " is defined");
        }
        assertTrue(legend.text().contains("Disputed at least one of those reactions opposes it or is mixed"), legend.text());
        // The box and the list come before anything else in the main column.
        assertTrue(home.selectFirst("main").html().indexOf("point-list") < home.selectFirst("main").html().indexOf("home-about"));
    }

    @Test
    void theNewFieldsAreCheckedWhereWritten(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/standing.md"), """
                ---
                title: Where things stand
                ---
                The parties met again.

                - See [point 9](provision:9) [@wire-one].
                """);
        replace(root.resolve("content/provisions/02-forces.md"), "summary: The second point caps forces at 600,000.\n",
                "summary: The second point caps forces at 600,000.\ngist: \"" + "x".repeat(81) + "\"\n");
        replace(root.resolve("content/provisions/02-forces.md"), "    status: removed\n",
                "    status: removed\n    text: \"The sources say it was dropped.\"\n");
        replace(root.resolve("content/explainer.yaml"), "contact: desk@example.org", "contact: the desk");
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        String err = run.err();
        assertTrue(err.contains("content/standing.md:2:1: error: missing required field 'date' in front matter"), err);
        assertTrue(err.contains("content/standing.md:4:1: error: paragraph has no citation"), err);
        assertTrue(err.contains("content/standing.md:6:7: error: broken cross-reference: no provision '9'"), err);
        assertTrue(err.contains("content/provisions/02-forces.md:6:7: error: gist is 81 characters long; it is the one line "
                + "after the title in the home page's list (keep it to 80 characters; the summary says the rest)"), err);
        assertTrue(err.contains("content/provisions/02-forces.md:17:11: error: a version with status 'removed' has no wording"
                + " to show; 'text' is that version's wording of the point"), err);
        assertTrue(err.contains("content/explainer.yaml:10:10: error: contact must be an e-mail address, not 'the desk'"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void theDeskIsNamedWithItsAddressInEveryFooterOnTheAboutPageAndAtTheTopOfTheCorrectionsPage(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path file : pages) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) continue; // a redirect page has no footer
            Element footer = doc.selectFirst("footer.site-footer");
            assertNotNull(footer, file.toString());
            assertTrue(footer.text().contains("written and edited by Test desk"), file + ": " + footer.text());
            assertEquals("mailto:desk@example.org", footer.selectFirst("a.desk-contact").attr("href"), file.toString());
        }
        Element about = page(root, "about/index.html").selectFirst("section.desk-box");
        assertNotNull(about);
        assertNotNull(about.selectFirst("a[href=mailto:desk@example.org]"));
        Document corrections = page(root, "corrections/index.html");
        Element first = corrections.selectFirst("article > p.desk-box");
        assertNotNull(first);
        assertTrue(first.text().startsWith("To report an error, write to Test desk at desk@example.org."), first.text());
    }

    @Test
    void thePlanPageGivesEveryPointAShareableAnchorAndItsLaterVersions(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        Document plan = page(root, "plan/index.html");
        List<Element> points = plan.select("li.plan-point");
        assertEquals(List.of("point-1", "point-2"), points.stream().map(Element::id).toList());
        for (Element p : points) {
            assertEquals("#" + p.id(), p.selectFirst("a.anchor-link").attr("href"));
            assertNotNull(p.selectFirst("p.paraphrase a.cite-ref"), p.id() + " cites its wording");
        }
        assertNotNull(points.get(1).selectFirst(".notice-weak"));
        assertEquals("Later versions: Counter-draft (23 Nov 2025): changed (there point 1); not known in 1 other.",
                points.get(0).selectFirst(".plan-versions").text());
        assertEquals("Later versions: Counter-draft (23 Nov 2025): merged (there point 1); Later framework (24 Dec 2025): removed.",
                points.get(1).selectFirst(".plan-versions").text());
        assertTrue(plan.select("script:not([src])").stream().allMatch(s -> "application/ld+json".equals(s.attr("type"))),
                "no inline script: the copy buttons come from gloss.js");
    }

    // ---- the real explainer ------------------------------------------------------------------------

    @Test
    void theRealHomePageCountsWhoReactedAndTheMatrixNamesWhoSaidEachStance(@TempDir Path dir) throws IOException {
        Path root = Projects.withTemplates(Projects.REPO.resolve("content"), dir.resolve("explainer"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());

        // Counted here from the files, independently of the site model.
        Set<String> reacting = new TreeSet<>();
        int reactions = 0;
        try (Stream<Path> notes = Files.list(root.resolve("content/reactions"))) {
            for (Path note : notes.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(note);
                if (text.contains("\ndraft: true\n")) continue;
                Matcher actor = Pattern.compile("(?m)^actor: (\\S+)").matcher(text);
                assertTrue(actor.find(), note.toString());
                reacting.add(actor.group(1));
                reactions++;
            }
        }
        Document home = page(root, "index.html");
        String glance = home.selectFirst("p.at-a-glance").text();
        assertTrue(glance.startsWith("This explainer records " + reactions + " reactions from " + reacting.size()
                + " people and bodies"), glance);
        int provisions;
        try (Stream<Path> files = Files.list(root.resolve("content/provisions"))) {
            provisions = (int) files.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertEquals(provisions, home.select("ol.point-list > li").size());

        Document matrix = page(root, "reactions/matrix/index.html");
        List<String> bare = new ArrayList<>();
        for (Element stance : matrix.select("main .stance")) {
            if (stance.closest(".stance-legend") != null) continue;
            Element entry = stance.closest("a.cell-entry");
            if (entry == null || entry.selectFirst(".cell-actor") == null || entry.selectFirst(".cell-actor").text().isBlank()
                    || entry.selectFirst("time[datetime]") == null || !entry.attr("href").contains("reactions/")) {
                bare.add(stance.parent().outerHtml());
            }
        }
        assertEquals(List.of(), bare, "every stance in the matrix names its actor and date and links the reaction");
        assertFalse(matrix.select("a.cell-entry").isEmpty());
        // Columns are only the points someone reacted to: no empty column in the table.
        int columns = matrix.select("table.matrix thead th").size() - 2;
        for (int c = 0; c < columns; c++) {
            int col = c + 2;
            assertFalse(matrix.select("table.matrix tbody tr > td:nth-of-type(" + (c + 1) + ")").stream()
                    .allMatch(td -> td.text().isBlank()), "column " + col + " of the matrix is empty");
        }
    }

    @Test
    void theMethodologyStatesTheStanceRubricThePagesShow() throws IOException {
        String methodology = Files.readString(Projects.REPO.resolve("content/pages/methodology.md"));
        DocumentTerms terms = new DocumentTerms("the 28-point plan", "point", "points", "", "");
        for (Stance s : Stance.values()) {
            String line = "- **" + s.label() + ":** " + s.definition(terms);
            assertTrue(methodology.contains(line), "the methodology says: " + line);
        }
    }
}
