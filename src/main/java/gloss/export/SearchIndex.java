package gloss.export;

import gloss.postprocess.SearchEntry;
import gloss.render.Json;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * search/index.json: one document per provision, reaction, actor and source, built at build time so
 * search works offline from any static server. URLs are relative to the site root.
 */
public final class SearchIndex {
    private SearchIndex() {}

    public static String write(List<SearchEntry> entries) {
        List<Map<String, Object>> docs = entries.stream()
                .sorted(Comparator.comparing(SearchEntry::url))
                .map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("u", e.url());
                    m.put("k", e.kind());
                    m.put("t", e.title());
                    m.put("x", e.text());
                    return m;
                }).toList();
        return Json.write(docs) + "\n";
    }
}
