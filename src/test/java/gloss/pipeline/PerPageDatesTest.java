package gloss.pipeline;

import gloss.Projects;
import gloss.content.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each page is dated by the content it shows: a correction to one note rewrites only the pages that
 * show that note (they link to it), the corrections log and the exports, and the feed dates a note's
 * entry by when it was added, not by when its statement was made.
 */
class PerPageDatesTest {
    private static final String BOB = "content/reactions/2025-11-22-bob-briefing.md";
    private static final String BOB_PAGE = "reactions/2025-11-22-bob-briefing/";

    private static Map<String, byte[]> build(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        return new Pipeline().run(new Pipeline.Options(root, false), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted().toString()));
    }

    @Test
    void aCorrectionToOneNoteChangesOnlyThePagesThatShowIt(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Map<String, byte[]> before = build(root);
        Path bob = root.resolve(BOB);
        String text = Files.readString(bob);
        Files.writeString(bob, text.replaceFirst("\n---\n", "\ncorrections:\n  - date: 2099-01-02\n"
                + "    was: \"It said the text had been received.\"\n    now: \"It says the text had not been received.\"\n---\n"));
        Map<String, byte[]> after = build(root);

        Set<String> changed = new TreeSet<>();
        for (String file : after.keySet()) {
            if (!Arrays.equals(after.get(file), before.get(file))) changed.add(file);
        }
        Set<String> allowed = new TreeSet<>(Set.of(BOB_PAGE + "index.html", "corrections/index.html", "feed.xml",
                "sitemap.xml", "data/explainer.json"));
        after.keySet().stream().filter(f -> f.startsWith("search/")).forEach(allowed::add);
        for (String file : after.keySet()) {
            if (!file.endsWith(".html")) continue;
            Document page = Jsoup.parse(new String(after.get(file), StandardCharsets.UTF_8), "https://x.invalid/" + file);
            if (page.select("a[href]").stream().anyMatch(a -> a.absUrl("href").startsWith("https://x.invalid/" + BOB_PAGE))) {
                allowed.add(file);
            }
        }
        Set<String> unexpected = new TreeSet<>(changed);
        unexpected.removeAll(allowed);
        assertEquals(Set.of(), unexpected, "changed: " + changed);
        assertTrue(changed.contains(BOB_PAGE + "index.html"));
        assertTrue(new String(after.get(BOB_PAGE + "index.html"), StandardCharsets.UTF_8)
                .contains("Last updated <time datetime=\"2099-01-02\">"), "the corrected page is dated by its correction");
        assertFalse(changed.contains("timeline/index.html"), "a page that does not show the note keeps its bytes");
        // Bob's briefing concerns the document as a whole: a point's page names it in a list of links, and
        // a correction to what the note says does not change that list
        assertFalse(changed.stream().anyMatch(f -> f.startsWith("provisions/")), "changed: " + changed);
        System.out.println("PerPageDatesTest: a one-note correction changed " + changed.size() + " of " + after.size()
                + " files: " + changed);
    }

    @Test
    void theFeedDatesAReactionByWhenItWasAdded(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path bob = root.resolve(BOB);
        Files.writeString(bob, Files.readString(bob).replaceFirst("\n---\n", "\nadded: 2099-03-04\n---\n"));
        String feed = new String(build(root).get("feed.xml"), StandardCharsets.UTF_8);
        int entry = feed.indexOf("reaction/2025-11-22-bob-briefing</id>");
        assertTrue(entry > 0, feed);
        String rest = feed.substring(entry, feed.indexOf("</entry>", entry));
        assertTrue(rest.contains("<published>2099-03-04T00:00:00Z</published>"), rest);
        assertTrue(feed.contains("<updated>2099-03-04T00:00:00Z</updated>"), "the feed is as new as its newest entry");
    }
}
