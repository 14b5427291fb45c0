package gloss.postprocess;

import gloss.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One jsoup pass per page: ids on headings, the table of contents, {@code rel} on external links, and
 * the page's ids and internal links for the link checker. Pretty-printing stays off so output does
 * not shift with jsoup's whitespace rules.
 */
public final class PostProcessor {
    /** Annotations with fewer headings than this get no table of contents. */
    private static final int MIN_TOC_ENTRIES = 3;

    private PostProcessor() {}

    public static ProcessedPage process(RenderedPage page) {
        Document doc = Jsoup.parse(page.html(), "", Parser.htmlParser());
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));

        for (Element h : doc.select("main h2, main h3, main h4")) {
            if (!h.id().isEmpty()) continue;
            String base = slug(h.text());
            String id = base;
            for (int i = 2; ids.contains(id); i++) id = base + "-" + i;
            h.id(id);
            ids.add(id);
        }
        Element toc = doc.selectFirst("nav[data-toc]");
        if (toc != null) fillToc(toc, doc.select("[data-toc-source] > h2"));

        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) a.attr("rel", "external noopener");
        }
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (!url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !url.startsWith("//")) links.add(url);
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
        for (Element item : doc.select("[data-search-item]")) {
            Element copy = item.clone();
            copy.select("[data-search-skip], sup.cite, .footnote-backref").remove();
            String url = item.hasAttr("data-search-url") ? item.attr("data-search-url") : page.url();
            out.add(new SearchEntry(url, item.attr("data-search-kind"), item.attr("data-search-title"),
                    copy.text()));
        }
        for (Element e : doc.select("[data-search-item], [data-search-skip]")) {
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
