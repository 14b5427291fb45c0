package gloss.site;

/**
 * Where every page lives, as paths relative to the site root. Pages are folders with an index.html,
 * so URLs are short and stable ({@code provisions/06-army-cap/}) and survive title changes.
 */
public final class Urls {
    public static final java.util.Set<String> RESERVED = java.util.Set.of(
            "plan", "provisions", "reactions", "actors", "topics", "sources", "timeline", "assets", "data", "search",
            "versions", "documents",
            "404", "feed", "sitemap", "robots");

    private Urls() {}

    public static String home() { return ""; }
    public static String plan() { return "plan/"; }
    /** A point's anchor on the plan page, the address readers share ("plan/#point-6"). */
    public static String planAnchor(int number) { return "point-" + number; }
    public static String notFound() { return "404.html"; }
    public static String provision(String slug) { return "provisions/" + slug + "/"; }
    public static String reaction(String slug) { return "reactions/" + slug + "/"; }
    public static String reactions() { return "reactions/"; }
    public static String actor(String id) { return "actors/" + id + "/"; }
    public static String actors() { return "actors/"; }
    public static String topic(String id) { return "topics/" + id + "/"; }
    public static String sources() { return "sources/"; }
    public static String source(String id) { return "sources/#" + sourceAnchor(id); }
    public static String sourceAnchor(String id) { return "source-" + id; }
    public static String timeline() { return "timeline/"; }

    /** An event's anchor on the timeline: its date and title, so it stays put when others are added. */
    public static String eventAnchor(gloss.content.Event e) {
        return "event-" + e.date() + "-" + gloss.text.Slugs.of(e.title(), "event");
    }
    public static String page(String slug) { return slug + "/"; }
    public static String search() { return "search/"; }
    /** The search data and library, loaded by the search page's script only once the reader searches. */
    public static String searchDocuments() { return "search/documents.js"; }
    public static String searchSources() { return "search/sources.js"; }
    public static String searchText() { return "search/text.js"; }
    public static String searchLibrary() { return "assets/minisearch/index.js"; }
    public static String versions() { return "versions/"; }
    public static String document(String id) { return "documents/" + id + "/"; }
    public static String versionAnchor(String documentId) { return "version-" + documentId; }
    public static String matrix() { return "reactions/matrix/"; }
    public static String stance(String key) { return "reactions/stance/" + key + "/"; }
    public static String country(String country) { return "reactions/country/" + gloss.text.Slugs.of(country, "other") + "/"; }

    /** The file a page URL is written to. */
    public static String file(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }

    /** The prefix that leads from a page back to the site root ("../../" for {@code a/b/}). */
    public static String rootFrom(String url) {
        String file = file(url);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
