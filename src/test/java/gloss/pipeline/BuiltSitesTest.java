package gloss.pipeline;

import gloss.Projects;
import gloss.content.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds every project of the repository (the explainer, the fixture, each example) and checks the
 * sites independently of the build's own checks, with jsoup: every internal link and anchor resolves;
 * every citation marker leads to a reference with publisher and date that links back; citation numbers
 * follow the reading order of each page; each note has its page. Nothing here depends on what the
 * content says or how much of it there is.
 */
class BuiltSitesTest {
    @TempDir
    static Path dir;
    /** Project name -> site file -> parsed page. */
    static final Map<String, Map<String, Document>> sites = new TreeMap<>();
    static final Map<String, Map<String, byte[]>> files = new TreeMap<>();
    static final Map<String, Path> roots = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        roots.putAll(Projects.allProjects(dir));
        for (Map.Entry<String, Path> project : roots.entrySet()) {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Map<String, byte[]>> built = new Pipeline().run(new Pipeline.Options(project.getValue(), false), diagnostics);
            assertTrue(built.isPresent(), project.getKey() + " builds: " + diagnostics.sorted());
            files.put(project.getKey(), built.get());
            Map<String, Document> pages = new HashMap<>();
            built.get().forEach((file, bytes) -> {
                if (file.endsWith(".html")) pages.put(file, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            });
            sites.put(project.getKey(), pages);
        }
    }

    @Test
    void theExamplesAreAmongTheProjects() {
        assertTrue(sites.keySet().size() >= 3, "explainer, fixture and at least one example: " + sites.keySet());
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        sites.forEach((project, pages) -> pages.forEach((file, doc) -> {
            if (file.equals("404.html")) return; // its links start from the base path, checked by the build itself
            for (Element a : doc.select("a[href], link[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*") || href.startsWith("//")) continue;
                URI target = URI.create("https://x.invalid/" + file).resolve(href);
                String path = target.getPath().substring(1);
                if (path.isEmpty() || path.endsWith("/")) path += "index.html";
                Document targetDoc = pages.get(path);
                if (targetDoc == null && files.get(project).containsKey(path)) continue; // feed, data, assets
                if (targetDoc == null) {
                    broken.add(project + ": " + file + " -> " + href);
                } else if (target.getFragment() != null && !target.getFragment().isEmpty()
                        && targetDoc.getElementById(target.getFragment()) == null) {
                    broken.add(project + ": " + file + " -> " + href + " (no such anchor)");
                }
            }
        }));
        assertEquals(List.of(), broken);
    }

    /** A heading in a note never takes an id the template writes (the methodology's "## Corrections" once did). */
    @Test
    void noPageHasAnIdTwice() {
        List<String> problems = new ArrayList<>();
        sites.forEach((project, pages) -> pages.forEach((file, doc) -> {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Element e : doc.select("[id]")) {
                if (!seen.add(e.id())) problems.add(project + ": " + file + " #" + e.id());
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCitationLeadsToAReferenceThatLinksBack() {
        List<String> problems = new ArrayList<>();
        sites.forEach((project, pages) -> pages.forEach((file, doc) -> {
            for (Element a : doc.select("a.cite-ref")) {
                Element ref = doc.getElementById(a.attr("href").substring(1));
                String where = project + ": " + file + " " + a.id();
                if (ref == null) {
                    problems.add(where + ": no reference");
                    continue;
                }
                if (ref.select(".src-publisher").text().isBlank()) problems.add(where + ": reference without publisher");
                if (ref.selectFirst("time[datetime]") == null) problems.add(where + ": reference without date");
                // A range of sources (1–9) says which it means; a single one names publisher and date.
                String label = a.hasAttr("data-last") ? "Sources " + a.attr("href").substring(5) + " to " + a.attr("data-last")
                        : null;
                if (label != null ? !a.attr("aria-label").equals(label)
                        : !a.attr("aria-label").matches("Source \\d+: .+, \\d{1,2} \\w{3} \\d{4}.*")) {
                    problems.add(where + ": label " + a.attr("aria-label"));
                }
                if (ref.selectFirst("a[href=#" + a.id() + "]") == null) problems.add(where + ": the reference does not link back");
            }
        }));
        assertEquals(List.of(), problems);
    }

    /**
     * Reading order: the first citation a reader meets is [1], the next new source [2], and so on; no
     * number appears before a smaller one is first seen; the reference list runs 1, 2, 3 ...
     */
    @Test
    void citationNumbersFollowTheReadingOrderOfEveryPage() {
        List<String> problems = new ArrayList<>();
        int citing = 0;
        for (Map.Entry<String, Map<String, Document>> site : sites.entrySet()) {
            for (Map.Entry<String, Document> page : new TreeMap<>(site.getValue()).entrySet()) {
                int highest = 0;
                for (Element a : page.getValue().select("a.cite-ref")) {
                    // a range (3–5) counts as its last number, its first must not skip ahead
                    int n = Integer.parseInt(a.text().split("\u2013")[0]);
                    if (n > highest + 1) {
                        problems.add(site.getKey() + ": " + page.getKey() + ": [" + n + "] comes before [" + (highest + 1) + "]");
                        break;
                    }
                    highest = Math.max(highest, a.hasAttr("data-last") ? Integer.parseInt(a.attr("data-last")) : n);
                }
                if (highest > 0) citing++;
                List<Integer> listed = page.getValue().select("section.references li[id^=ref-]").stream()
                        .map(li -> Integer.parseInt(li.id().substring(4))).toList();
                for (int i = 0; i < listed.size(); i++) {
                    if (listed.get(i) != i + 1) {
                        problems.add(site.getKey() + ": " + page.getKey() + ": reference list out of order: " + listed);
                        break;
                    }
                }
            }
        }
        assertTrue(citing > 0, "some pages cite");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyNoteHasItsPage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Path> project : roots.entrySet()) {
            for (String folder : List.of("provisions", "reactions")) {
                Path notes = project.getValue().resolve("content").resolve(folder);
                if (!Files.isDirectory(notes)) continue;
                try (Stream<Path> list = Files.list(notes)) {
                    for (Path note : list.filter(p -> p.toString().endsWith(".md")).toList()) {
                        if (Files.readString(note).contains("\ndraft: true")) continue;
                        String page = folder + "/" + note.getFileName().toString().replaceFirst("\\.md$", "") + "/index.html";
                        if (!sites.get(project.getKey()).containsKey(page)) missing.add(project.getKey() + ": " + page);
                    }
                }
            }
            for (String page : List.of("index.html", "plan/index.html", "sources/index.html", "timeline/index.html", "404.html")) {
                if (!sites.get(project.getKey()).containsKey(page)) missing.add(project.getKey() + ": " + page);
            }
        }
        assertEquals(List.of(), missing);
        assertFalse(sites.isEmpty());
    }
}
