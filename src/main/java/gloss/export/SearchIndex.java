package gloss.export;

import gloss.content.Actor;
import gloss.content.Topic;
import gloss.render.Json;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The search page's data, in three files that its script loads only once the reader searches, and that
 * it uses as each comes in:
 * <ul>
 *   <li>{@code search/documents.js}: every page-like document (all kinds but sources) with what a result
 *   shows and the short fields searched first (title, names, summary, what it is filed under), the group
 *   headings, and the actors' and topics' aliases: enough for the first results;</li>
 *   <li>{@code search/sources.js}: the source entries, the same way (hundreds of them, seldom what is
 *   looked for);</li>
 *   <li>{@code search/text.js}: the body text of the documents of the first file, by position.</li>
 * </ul>
 * A document is an array {@code [kind, url, title, summary, meta, names, about]} with {@code kind} an index
 * into {@code kinds} and empty fields left off the end: the files are a third smaller than with named
 * fields. They are scripts that hand their data to {@code glossSearch(part, data)} rather than JSON, so
 * that search also works from {@code file://} (where a page cannot fetch files) and under a
 * {@code script-src 'self'} policy. URLs are relative to the site root.
 */
public final class SearchIndex {
    public static final String DOCUMENTS = Urls.searchDocuments();
    public static final String SOURCES = Urls.searchSources();
    public static final String TEXT = Urls.searchText();

    private SearchIndex() {}

    /** The three files, made when asked, from one list of documents made once. */
    public static Map<String, Supplier<String>> exports(SiteModel site) {
        Supplier<List<SearchDocument>> all = once(() -> SearchDocuments.of(site));
        Supplier<List<SearchDocument>> pages = () -> all.get().stream().filter(d -> d.kind() != SearchKind.SOURCE).toList();
        Supplier<List<SearchDocument>> sources = () -> all.get().stream().filter(d -> d.kind() == SearchKind.SOURCE).toList();
        return Map.of(
                DOCUMENTS, () -> documents(site, pages.get()),
                SOURCES, () -> script("sources", rows(sources.get())),
                TEXT, () -> script("text", pages.get().stream().map(SearchDocument::text).toList()));
    }

    static String documents(SiteModel site, List<SearchDocument> documents) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kinds", Arrays.stream(SearchKind.values()).map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", k.key());
            m.put("heading", k.heading(site.content().explainer().document()));
            return m;
        }).toList());
        root.put("aliases", aliases(site));
        root.put("documents", rows(documents));
        return script("documents", root);
    }

    /** Each actor's name and each topic's title with its aliases, for the spelling groups of the search script. */
    private static List<List<String>> aliases(SiteModel site) {
        List<List<String>> out = new ArrayList<>();
        for (Actor a : site.actors().values()) {
            if (!a.aliases().isEmpty()) out.add(Stream.concat(Stream.of(a.name()), a.aliases().stream()).toList());
        }
        for (Topic t : site.topics().values()) {
            if (!t.aliases().isEmpty()) out.add(Stream.concat(Stream.of(t.title()), t.aliases().stream()).toList());
        }
        return out;
    }

    private static List<List<Object>> rows(List<SearchDocument> documents) {
        return documents.stream().map(d -> {
            List<Object> row = new ArrayList<>(List.of(d.kind().ordinal(), d.url(), d.title(), d.summary(), d.meta(),
                    d.names(), d.about()));
            while (row.get(row.size() - 1).equals("")) row.remove(row.size() - 1);
            return row;
        }).toList();
    }

    private static String script(String part, Object data) {
        return "glossSearch(\"" + part + "\", " + Json.write(data) + ");\n";
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }
}
