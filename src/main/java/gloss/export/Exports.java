package gloss.export;

import gloss.output.OutputFolder;
import gloss.site.SiteModel;
import gloss.site.SitePages;
import gloss.site.Urls;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The files made from the model rather than page templates; pages may link to them. */
public final class Exports {
    public static final Set<String> FILES = Set.of(
            "sitemap.xml", "robots.txt", "feed.xml", "data/explainer.json", SearchIndex.DOCUMENTS, SearchIndex.SOURCES,
            SearchIndex.TEXT);

    private Exports() {}

    /** Every export by path: the text files as UTF-8, and the provisions' preview pictures. */
    public static Map<String, byte[]> all(SiteModel site) {
        var explainer = site.content().explainer();
        Map<String, Supplier<String>> exports = new TreeMap<>(Map.of(
                "sitemap.xml", () -> Sitemap.sitemap(site),
                "robots.txt", () -> Sitemap.robots(explainer),
                "feed.xml", () -> AtomFeed.write(site),
                "data/explainer.json", () -> DataExport.write(site),
                // marks the output folder as Gloss's and lists what the next build keeps (see OutputFolder)
                OutputFolder.MARKER, () -> OutputFolder.markerText(explainer.keep())));
        exports.putAll(SearchIndex.exports(site));
        // independent of each other, and the search index and data export are large: made side by side
        Map<String, byte[]> out = new TreeMap<>();
        exports.entrySet().parallelStream().map(e -> Map.entry(e.getKey(), e.getValue().get().getBytes(StandardCharsets.UTF_8)))
                .toList().forEach(e -> out.put(e.getKey(), e.getValue()));
        out.putAll(PreviewImages.all(site));
        return out;
    }
}
