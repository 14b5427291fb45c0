package gloss.postprocess;

import gloss.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The post-processor as it was written first, on a full jsoup parse of every page, kept as the oracle
 * for {@link PostProcessorTest}: the streaming {@link PostProcessor} must give the same document, ids,
 * links and search entries. One jsoup pass per page: ids on headings, the table of contents, {@code rel} on external links, and
 * the page's ids and internal links for the link checker. Pretty-printing stays off so output does
 * not shift with jsoup's whitespace rules.
 */
final class JsoupReference {
    /** Annotations with fewer headings than this get no table of contents. */
    private static final int MIN_TOC_ENTRIES = 3;

    // Selectors are parsed once: parsing them per page cost as much as a fifth of post-processing.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator HEADINGS = QueryParser.parse("main h2, main h3, main h4");
    private static final Evaluator TOC = QueryParser.parse("nav[data-toc]");
    private static final Evaluator TOC_HEADINGS = QueryParser.parse("[data-toc-source] > h2");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], script[src], img[src]");
    private static final Evaluator SEARCH_ITEMS = QueryParser.parse("[data-search-item]");
    private static final Evaluator SEARCH_MARKERS = QueryParser.parse("[data-search-item], [data-search-skip]");
    private static final Evaluator NOT_SEARCHED = QueryParser.parse("[data-search-skip], sup.cite, .footnote-backref");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private JsoupReference() {}

    static ProcessedPage process(RenderedPage page) {
        Document doc = Jsoup.parse(page.html(), "", Parser.htmlParser());
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Set<String> ids = new HashSet<>();
        doc.select(WITH_ID).forEach(e -> ids.add(e.id()));

        for (Element h : doc.select(HEADINGS)) {
            if (!h.id().isEmpty()) continue;
            String base = slug(h.text());
            String id = base;
            for (int i = 2; ids.contains(id); i++) id = base + "-" + i;
            h.id(id);
            ids.add(id);
        }
        Element toc = doc.selectFirst(TOC);
        if (toc != null) fillToc(toc, doc.select(TOC_HEADINGS));

        List<String> links = new ArrayList<>();
        for (Element e : doc.select(LINKS)) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.startsWith("http://") || url.startsWith("https://")) {
                if (e.nameIs("a")) e.attr("rel", "external noopener");
            } else if (!SCHEME.matcher(url).matches() && !url.startsWith("//")) {
                links.add(url);
            }
        }
        List<SearchEntry> search = searchEntries(page, doc);
        return new ProcessedPage(page, doc.outerHtml(), Set.copyOf(ids), List.copyOf(new LinkedHashSet<>(links)), search);
    }

    /**
     * Templates mark what search should find with {@code data-search-item} (plus kind, title and, for
     * items inside a page, url); parts inside marked {@code data-search-skip} are left out. The markers
     * are removed so the published HTML carries none of this.
     */
    private static List<SearchEntry> searchEntries(RenderedPage page, Document doc) {
        List<SearchEntry> out = new ArrayList<>();
        for (Element item : doc.select(SEARCH_ITEMS)) {
            Element copy = item.clone();
            copy.select(NOT_SEARCHED).remove();
            String url = item.hasAttr("data-search-url") ? item.attr("data-search-url") : page.url();
            out.add(new SearchEntry(url, item.attr("data-search-kind"), item.attr("data-search-title"),
                    copy.text()));
        }
        for (Element e : doc.select(SEARCH_MARKERS)) {
            e.removeAttr("data-search-item").removeAttr("data-search-kind").removeAttr("data-search-title")
                    .removeAttr("data-search-url").removeAttr("data-search-skip");
        }
        return out;
    }

    private static void fillToc(Element toc, List<Element> headings) {
        if (headings.size() < MIN_TOC_ENTRIES) {
            toc.remove();
            return;
        }
        Element list = toc.appendElement("ol");
        for (Element h : headings) {
            list.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
        }
        toc.removeAttr("data-toc");
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
