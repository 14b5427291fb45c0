package gloss.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The weight of each page as a reader first downloads it: the HTML plus the stylesheets and scripts it
 * links, uncompressed and gzip-compressed (as a web server sends them). Written to the test output and to
 * {@code target/page-weight.txt}. A provision page must stay under {@link #COMPRESSED_LIMIT} compressed
 * (a reader on a slow connection), and under a loose uncompressed sanity bound. Needs no browser.
 */
@ExtendWith(BuiltSite.Extension.class)
class PageWeightTest {
    /**
     * A sanity bound against runaway output (a page repeated into itself, an inlined asset), well above what
     * the pages weigh so that editorial growth does not trip it: on 27 Nov 2026 provision pages weighed
     * 51–111 KB (median 63 KB), mostly annotation, reaction cards and the reference list.
     */
    static final long LIMIT = 200 * 1024;
    /** What a provision page may weigh compressed, with its stylesheet and script (the reader issue's target). */
    static final long COMPRESSED_LIMIT = 60 * 1024;

    static BuiltSite site;

    @BeforeAll
    static void build(BuiltSite builtSite) {
        site = builtSite.require();
    }

    record Weight(String page, long html, long css, long js, long compressed) {
        long total() {
            return html + css + js;
        }

        String line(String label) {
            return String.format("%-22s %7s  (HTML %s + CSS %s + JS %s; %s gzip)  %s", label, kb(total()), kb(html), kb(css), kb(js),
                    kb(compressed), page);
        }
    }

    @Test
    void pageWeightsAreMeasuredAndReported() throws IOException {
        List<Weight> provisions = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            if (file.matches("provisions/\\d+-[^/]+/index\\.html")) provisions.add(weigh(file));
        }
        assertTrue(!provisions.isEmpty(), "provision pages");
        provisions.sort(Comparator.comparingLong(Weight::total));
        Weight median = provisions.get(provisions.size() / 2);
        Weight max = provisions.get(provisions.size() - 1);
        Weight min = provisions.get(0);

        Map<String, Weight> byType = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Pages.types(site).entrySet()) {
            if (e.getKey().equals("search results") || e.getKey().equals("provision")) continue;
            String url = e.getValue();
            byType.put(e.getKey(), weigh(url.isEmpty() || url.endsWith("/") ? url + "index.html" : url));
        }
        StringBuilder report = new StringBuilder();
        report.append("Page weight: HTML + linked CSS + JS, uncompressed (").append(provisions.size())
                .append(" provision pages)\n");
        report.append(min.line("provision (smallest)")).append('\n');
        report.append(median.line("provision (median)")).append('\n');
        report.append(max.line("provision (largest)")).append('\n');
        byType.forEach((name, w) -> report.append(w.line(name)).append('\n'));
        for (String file : List.of("assets/minisearch/index.js", "search/documents.js", "search/sources.js", "search/text.js")) {
            Path path = site.dir().resolve(file);
            if (Files.exists(path)) {
                report.append(String.format("%-22s %7s  (loaded by the search page once the reader searches)%n",
                        file, kb(Files.size(path))));
            }
        }
        System.out.print(report);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("page-weight.txt"), report.toString());

        List<String> heavy = provisions.stream().filter(w -> w.total() >= LIMIT).map(w -> w.line("")).toList();
        assertEquals(List.of(), heavy, "provision pages at or above " + kb(LIMIT));
        List<String> heavyCompressed = provisions.stream().filter(w -> w.compressed() >= COMPRESSED_LIMIT).map(w -> w.line("")).toList();
        assertEquals(List.of(), heavyCompressed, "provision pages at or above " + kb(COMPRESSED_LIMIT) + " compressed");
    }

    /** The HTML file and every stylesheet and script it links from the site itself. */
    private Weight weigh(String file) throws IOException {
        Path path = site.dir().resolve(file);
        Document doc = Jsoup.parse(path.toFile(), "UTF-8");
        long css = 0, js = 0, compressed = gzipped(path);
        for (Element link : doc.select("link[rel~=(?i)^stylesheet$][href]")) {
            css += Files.size(linked(file, link.attr("href")));
            compressed += gzipped(linked(file, link.attr("href")));
        }
        for (Element script : doc.select("script[src]")) {
            js += Files.size(linked(file, script.attr("src")));
            compressed += gzipped(linked(file, script.attr("src")));
        }
        return new Weight(BuiltSite.urlPath(file), Files.size(path), css, js, compressed);
    }

    /** Its size gzip-compressed at the default level, as a web server would send it. */
    private static long gzipped(Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(Files.readAllBytes(file));
        }
        return out.size();
    }

    /** A file linked from {@code page}, by relative or root-relative URL under the base path. */
    private Path linked(String page, String href) {
        URI base = URI.create(site.baseUrl());
        URI resolved = base.resolve(page).resolve(href);
        String sitePath = resolved.getPath();
        assertTrue(resolved.getHost().equals(base.getHost()) && sitePath.startsWith(base.getPath()),
                page + " links " + href + " from outside the site");
        Path linked = site.dir().resolve(sitePath.substring(base.getPath().length()));
        assertTrue(Files.isRegularFile(linked), page + " links a missing file " + href);
        return linked;
    }

    private static String kb(long bytes) {
        return String.format("%.1f KB", bytes / 1024.0);
    }
}
