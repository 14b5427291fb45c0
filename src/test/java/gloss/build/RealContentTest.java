package gloss.build;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the real explainer and checks the result independently of the build's own checker: every
 * internal link and anchor resolves, every citation marker leads to a reference with publisher and date.
 */
class RealContentTest {
    @TempDir
    static Path out;
    static Map<String, Document> pages = new HashMap<>();
    static java.util.Set<String> files = new java.util.HashSet<>();

    @BeforeAll
    static void build() throws IOException {
        Projects.Run run = Projects.gloss("build", "--root", Projects.REPO.toString(), "--out", out.resolve("site").toString());
        assertEquals(0, run.exit(), run.err());
        Path site = out.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(site.relativize(f).toString()));
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(p).toString(), Jsoup.parse(p.toFile(), "UTF-8"));
            }
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        pages.forEach((file, doc) -> {
            if (file.equals("404.html")) return; // links from the base path, checked by the build itself
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*")) continue;
                URI target = URI.create("https://x.invalid/" + file).resolve(href);
                String path = target.getPath().substring(1);
                if (path.isEmpty() || path.endsWith("/")) path += "index.html";
                Document targetDoc = pages.get(path);
                if (targetDoc == null && files.contains(path)) continue; // feed, data export, assets
                if (targetDoc == null) {
                    broken.add(file + " -> " + href);
                } else if (target.getFragment() != null && !target.getFragment().isEmpty()
                        && targetDoc.getElementById(target.getFragment()) == null) {
                    broken.add(file + " -> " + href + " (anchor)");
                }
            }
        });
        assertEquals(List.of(), broken);
    }

    @Test
    void everyCitationResolvesToASourceWithPublisherAndDate() {
        int markers = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            for (Element a : e.getValue().select("a.cite-ref")) {
                markers++;
                Element ref = e.getValue().getElementById(a.attr("href").substring(1));
                assertTrue(ref != null, e.getKey() + " " + a);
                assertTrue(!ref.select(".src-publisher").text().isBlank(), ref.toString());
                assertTrue(ref.selectFirst("time[datetime]") != null, ref.toString());
                assertTrue(a.attr("aria-label").matches("Source \\d+: .+, \\d{1,2} \\w{3} \\d{4}.*"), a.attr("aria-label"));
                Element back = ref.selectFirst("a[href=#" + a.id() + "]");
                assertTrue(back != null, "reference links back to " + a.id() + " on " + e.getKey());
            }
        }
        assertTrue(markers > 500, "the explainer cites its sources: " + markers + " markers");
    }

    @Test
    void theExplainerHasItsPages() {
        long provisions = pages.keySet().stream().filter(p -> p.matches("provisions/\\d\\d-[^/]+/index.html")).count();
        long reactions = pages.keySet().stream().filter(p -> p.matches("reactions/\\d{4}-[^/]+/index.html")).count();
        assertEquals(28, provisions);
        assertTrue(reactions >= 30, "reactions: " + reactions);
        for (String p : List.of("index.html", "sources/index.html", "timeline/index.html", "404.html",
                "methodology/index.html", "corrections/index.html", "about/index.html")) {
            assertTrue(pages.containsKey(p), p);
        }
    }
}
