package gloss.render;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consecutive citation numbers collapse into ranges: first the rule on bare numbers ({@link NumberRuns}),
 * then the markers a real build writes, where every use keeps the id its reference's back-link points to.
 */
class CitationRangesTest {
    /** The groups NumberRuns makes of {@code numbers}, written as a reader sees them: "1, 3–5, 8". */
    private static String collapse(Integer... numbers) {
        return NumberRuns.of(List.of(numbers), Integer::intValue, n -> true).stream()
                .map(run -> run.size() == 1 ? String.valueOf(run.get(0)) : run.get(0) + "–" + run.get(run.size() - 1))
                .collect(Collectors.joining(", "));
    }

    @Test
    void consecutiveNumbersCollapseFromThreeOn() {
        assertEquals("1–9", collapse(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertEquals("1, 3–5, 8", collapse(1, 3, 4, 5, 8));
        assertEquals("1, 2", collapse(1, 2), "two numbers stay apart: a range would save nothing");
        assertEquals("1, 2, 4–6", collapse(1, 2, 4, 5, 6));
        assertEquals("3–5, 7–9", collapse(3, 4, 5, 7, 8, 9));
        assertEquals("4", collapse(4));
        assertEquals("", collapse());
        assertEquals("1, 2, 2, 3", collapse(1, 2, 2, 3), "a repeated number breaks the run");
    }

    @Test
    void anItemThatMustStandAloneBreaksTheRun() {
        List<List<Integer>> runs = NumberRuns.of(List.of(1, 2, 3, 4, 5, 6), Integer::intValue, n -> n != 3);
        assertEquals(List.of(List.of(1), List.of(2), List.of(3), List.of(4, 5, 6)), runs);
    }

    // ---- markers in a real build ------------------------------------------------------------------

    static Document page;

    /**
     * The fixture with nine more sources, s1 ... s9, and a provision that cites them: nine at once, then
     * each alone in order (so their numbers are fixed), then groups that test sorting, gaps and locators.
     */
    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        StringBuilder sources = new StringBuilder("\n");
        for (int i = 1; i <= 9; i++) {
            sources.append("- id: s").append(i).append("\n  publisher: Publisher ").append(i)
                    .append("\n  title: \"Report ").append(i).append("\"\n  date: 2025-11-2").append(i % 10)
                    .append("\n  url: https://example.org/s").append(i).append("\n  kind: newspaper\n");
        }
        Files.writeString(root.resolve("content/sources.yaml"), sources.toString(), StandardOpenOption.APPEND);
        String all = IntStream.rangeClosed(1, 9).mapToObj(i -> "@s" + i).collect(Collectors.joining("; "));
        Files.writeString(root.resolve("content/provisions/02-forces.md"), """

                Nine at once [%s].

                Out of order with gaps [@s8; @s4; @s1; @s3; @s5].

                A locator stands alone [@s1; @s2, p. 4; @s3].

                Two in a row [@s2; @s1].
                """.formatted(all), StandardOpenOption.APPEND);
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        page = Jsoup.parse(root.resolve("site/provisions/02-forces/index.html").toFile(), "UTF-8");
    }

    /** The bracketed group that follows the paragraph text beginning with {@code start}, as text. */
    private static Element group(String start) {
        Element p = page.select(".annotation p").stream().filter(e -> e.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting " + start));
        return p.selectFirst("sup.cite");
    }

    @Test
    void nineNewSourcesAtOnceAreOneLinkLabelledWithTheRange() {
        Element sup = group("Nine at once");
        // The page's own sources come first ([1] is the draft text's source), so s1 ... s9 are 2 ... 10.
        Element link = sup.selectFirst("a.cite-ref");
        int first = Integer.parseInt(link.attr("href").substring("#ref-".length()));
        int last = first + 8;
        assertEquals("[" + first + "–" + last + "]", sup.text());
        assertEquals(1, sup.select("a").size(), "one link, one tab stop");
        assertEquals("Sources " + first + " to " + last, link.attr("aria-label"));
        assertEquals(String.valueOf(last), link.attr("data-last"));
        // Every reference of the range links back to an id inside the range's link.
        for (int n = first; n <= last; n++) {
            Element ref = page.getElementById("ref-" + n);
            assertNotNull(ref, "reference " + n);
            List<String> targets = ref.select(".backlinks a").eachAttr("href");
            assertTrue(targets.stream().anyMatch(t -> {
                Element target = page.getElementById(t.substring(1));
                return target != null && (target == link || target.parent() == link);
            }), "reference " + n + " links back into the range: " + targets);
        }
    }

    @Test
    void groupsAreSortedAndCollapsedAroundGaps() {
        int s1 = number("s1");
        assertEquals("[" + s1 + ", " + (s1 + 2) + "–" + (s1 + 4) + ", " + (s1 + 7) + "]",
                group("Out of order with gaps").text());
        assertEquals("[" + s1 + ", " + (s1 + 1) + "]", group("Two in a row").text(), "two numbers are put in order, not collapsed");
    }

    @Test
    void aCitationWithALocatorIsNeverHiddenInARange() {
        int s1 = number("s1");
        Element sup = group("A locator stands alone");
        assertEquals("[" + s1 + ", " + (s1 + 1) + ", " + (s1 + 2) + "]", sup.text());
        assertTrue(sup.select("a").get(1).attr("aria-label").endsWith(", p. 4"), sup.html());
    }

    @Test
    void everyUseOnThePageKeepsItsOwnId() {
        List<String> missing = new ArrayList<>();
        for (Element back : page.select(".references .backlinks a")) {
            if (page.getElementById(back.attr("href").substring(1)) == null) missing.add(back.attr("href"));
        }
        assertEquals(List.of(), missing);
        assertTrue(page.select(".references .backlinks a").size() > 20, "the uses are all listed");
    }

    /** The number of a source on the page (its marker's data-source names it). */
    private static int number(String source) {
        Element ref = page.select(".references li").stream()
                .filter(li -> li.select(".src-title").text().equals("Report " + source.substring(1))).findFirst()
                .orElseThrow();
        return Integer.parseInt(ref.id().substring("ref-".length()));
    }
}
