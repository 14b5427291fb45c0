package gloss.postprocess;

import gloss.postprocess.HtmlScanner.Attribute;
import gloss.postprocess.HtmlScanner.StartTag;
import gloss.render.RenderedPage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One streaming pass per page over the HTML the templates wrote: ids on headings, the table of
 * contents, {@code rel} on external links, the search entries the templates marked, and the page's ids
 * and internal links for the link checker. The page is read once with {@link HtmlScanner} and
 * rewritten by splicing the few changes into the original text, so nothing else of the page moves.
 *
 * <p>What it does, in selector terms: headings {@code main h2, main h3, main h4} without an id get one
 * made from their text (unique on the page); {@code nav[data-toc]} gets a list of the
 * {@code [data-toc-source] > h2} headings, or is removed when there are fewer than three; every
 * {@code a} to {@code http(s)} gets {@code rel="external noopener"}; {@code [data-search-item]}
 * elements become search entries (their text without {@code [data-search-skip]}, {@code sup.cite} and
 * {@code .footnote-backref}), and all {@code data-search-*} markers are removed.
 */
public final class PostProcessor {
    /** Annotations with fewer headings than this get no table of contents. */
    private static final int MIN_TOC_ENTRIES = 3;
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose edges separate words in text, as jsoup's {@code text()} treats them. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "del", "ins");
    private static final List<String> SEARCH_MARKERS = List.of(
            "data-search-item", "data-search-kind", "data-search-title", "data-search-url", "data-search-skip");

    private PostProcessor() {}

    public static ProcessedPage process(RenderedPage page) {
        Scan scan = new Scan(page);
        HtmlScanner.scan(page.html(), scan);
        return scan.finish();
    }

    /** A heading whose text we need: for an id, for the table of contents, or both. */
    private static final class Heading {
        final StartTag tag;
        final boolean needsId;
        final boolean inToc;
        final StringBuilder text = new StringBuilder();
        String id;

        Heading(StartTag tag, boolean needsId, boolean inToc) {
            this.tag = tag;
            this.needsId = needsId;
            this.inToc = inToc;
            this.id = tag.get("id");
        }
    }

    /** An element marked {@code data-search-item}, collecting its text. */
    private record Item(String url, String kind, String title, StringBuilder text) {}

    /** An open element and what it means for the text inside it. */
    private record Open(String name, boolean main, boolean toc, boolean tocSource, boolean notSearched, Heading heading,
                        Item item) {}

    /** An internal link and where it starts, so that links added later (the contents list) keep page order. */
    private record Link(int at, String url) {}

    /** A change to the page's text: replace [start, end) with {@code text}. */
    private record Edit(int start, int end, String text, int order) {}

    private static final class Scan implements HtmlScanner.Handler {
        private final RenderedPage page;
        private final String html;
        private final Deque<Open> open = new ArrayDeque<>();
        private final Set<String> ids = new HashSet<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private final List<Edit> edits = new ArrayList<>();
        private int mainDepth;
        private int collectors; // open headings and search items: text is decoded only while one is open
        private StartTag toc;
        private int tocClose = -1;
        private int tocEnd = -1;

        Scan(RenderedPage page) {
            this.page = page;
            this.html = page.html();
        }

        @Override
        public void startTag(StartTag tag) {
            String name = tag.name();
            Attribute id = tag.attribute("id");
            if (id != null) ids.add(id.value());
            links(tag);
            boolean searchMarked = false;
            for (Attribute a : tag.attributes()) {
                if (a.nameStartsWith("data-search-")) searchMarked = true;
            }
            if (searchMarked && (tag.has("data-search-item") || tag.has("data-search-skip"))) {
                for (Attribute a : tag.attributes()) {
                    for (String marker : SEARCH_MARKERS) {
                        if (a.nameIs(marker)) delete(a);
                    }
                }
            }
            if (toc == null && name.equals("nav") && tag.has("data-toc")) toc = tag;
            if (collectors > 0 && BLOCK.contains(name)) space();
            if (VOID.contains(name)) return; // as in browsers, "/>" does not close any other element

            Open parent = open.peek();
            Heading heading = null;
            if (name.equals("h2") || name.equals("h3") || name.equals("h4")) {
                boolean needsId = mainDepth > 0 && tag.get("id").isEmpty();
                boolean inToc = name.equals("h2") && parent != null && parent.tocSource();
                if (needsId || inToc) {
                    heading = new Heading(tag, needsId, inToc);
                    headings.add(heading);
                }
            }
            Item item = null;
            if (tag.has("data-search-item")) {
                String url = tag.has("data-search-url") ? tag.get("data-search-url") : page.url();
                item = new Item(url, tag.get("data-search-kind"), tag.get("data-search-title"), new StringBuilder());
                items.add(item);
            }
            boolean notSearched = tag.has("data-search-skip")
                    || (name.equals("sup") && hasClass(tag, "cite")) || hasClass(tag, "footnote-backref");
            boolean main = name.equals("main");
            if (main) mainDepth++;
            if (heading != null) collectors++;
            if (item != null) collectors++;
            open.push(new Open(name, main, tag == toc, tag.has("data-toc-source"), notSearched, heading, item));
        }

        @Override
        public void endTag(String name, int start, int end) {
            if (collectors > 0 && BLOCK.contains(name)) space();
            if (!isOpen(name)) return; // a stray end tag
            Open closed;
            do {
                closed = open.pop();
                if (closed.main()) mainDepth--;
                if (closed.heading() != null) collectors--;
                if (closed.item() != null) collectors--;
                if (closed.toc()) { // the list goes in just before </nav>
                    tocClose = start;
                    tocEnd = closed.name().equals(name) ? end : start;
                }
            } while (!closed.name().equals(name));
        }

        private boolean isOpen(String name) {
            for (Open o : open) if (o.name().equals(name)) return true;
            return false;
        }

        @Override
        public void text(int start, int end) {
            if (collectors == 0) return;
            String text = HtmlScanner.decode(html.substring(start, end), false);
            boolean skipped = false;
            for (Open o : open) { // innermost first
                if (o.heading() != null) o.heading().text.append(text);
                if (o.item() != null && !skipped) o.item().text().append(text);
                if (o.notSearched()) skipped = true;
            }
        }

        private void space() {
            boolean skipped = false;
            for (Open o : open) {
                if (o.heading() != null) o.heading().text.append(' ');
                if (o.item() != null && !skipped) o.item().text().append(' ');
                if (o.notSearched()) skipped = true;
            }
        }

        private void links(StartTag tag) {
            String name = tag.name();
            boolean link = switch (name) {
                case "a", "link" -> tag.has("href");
                case "script", "img" -> tag.has("src");
                default -> false;
            };
            if (!link) return;
            String url = tag.has("href") ? tag.get("href") : tag.get("src");
            if (url.startsWith("http://") || url.startsWith("https://")) {
                if (name.equals("a")) setAttribute(tag, "rel", "external noopener");
            } else if (!SCHEME.matcher(url).matches() && !url.startsWith("//")) {
                links.add(new Link(tag.start(), url));
            }
        }

        ProcessedPage finish() {
            if (toc != null && tocClose < 0) {
                tocClose = html.length();
                tocEnd = html.length();
            }
            for (Heading h : headings) {
                if (!h.needsId) continue;
                String base = slug(normalise(h.text));
                String id = base;
                for (int i = 2; ids.contains(id); i++) id = base + "-" + i;
                ids.add(id);
                h.id = id;
                setAttribute(h.tag, "id", id);
            }
            if (toc != null) tableOfContents();
            List<SearchEntry> search = items.stream()
                    .map(i -> new SearchEntry(i.url(), i.kind(), i.title(), normalise(i.text()))).toList();
            links.sort(Comparator.comparingInt(Link::at));
            LinkedHashSet<String> urls = new LinkedHashSet<>();
            links.forEach(l -> urls.add(l.url()));
            return new ProcessedPage(page, apply(), Set.copyOf(ids), List.copyOf(urls), search);
        }

        private void tableOfContents() {
            List<Heading> entries = headings.stream().filter(h -> h.inToc).toList();
            if (entries.size() < MIN_TOC_ENTRIES) {
                edits.add(new Edit(toc.start(), tocEnd, "", edits.size()));
                return;
            }
            delete(toc.attribute("data-toc"));
            StringBuilder list = new StringBuilder("<ol>");
            for (Heading h : entries) {
                links.add(new Link(tocClose, "#" + h.id));
                list.append("<li><a href=\"#").append(escape(h.id, true)).append("\">")
                        .append(escape(normalise(h.text), false)).append("</a></li>");
            }
            edits.add(new Edit(tocClose, tocClose, list.append("</ol>").toString(), edits.size()));
        }

        private void setAttribute(StartTag tag, String name, String value) {
            String written = " " + name + "=\"" + escape(value, true) + "\"";
            Attribute existing = tag.attribute(name);
            if (existing != null) edits.add(new Edit(existing.start(), existing.end(), written, edits.size()));
            else edits.add(new Edit(tag.insertAt(), tag.insertAt(), written, edits.size()));
        }

        private void delete(Attribute a) {
            edits.add(new Edit(a.start(), a.end(), "", edits.size()));
        }

        /** The page with every edit spliced in; an edit inside text another edit removed is dropped. */
        private String apply() {
            if (edits.isEmpty()) return html;
            edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::order));
            StringBuilder out = new StringBuilder(html.length() + 64 * edits.size());
            int at = 0;
            for (Edit e : edits) {
                if (e.start() < at) continue;
                out.append(html, at, e.start()).append(e.text());
                at = e.end();
            }
            return out.append(html, at, html.length()).toString();
        }
    }

    private static boolean hasClass(StartTag tag, String cls) {
        Attribute a = tag.attribute("class");
        if (a == null) return false;
        String classes = a.value();
        for (int i = classes.indexOf(cls); i >= 0; i = classes.indexOf(cls, i + 1)) {
            int end = i + cls.length();
            if ((i == 0 || HtmlScanner.isSpace(classes.charAt(i - 1)))
                    && (end == classes.length() || HtmlScanner.isSpace(classes.charAt(end)))) return true;
        }
        return false;
    }

    /** Whitespace runs (and no-break spaces) become one space, trimmed: the text a reader sees. */
    static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HtmlScanner.isSpace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append(attribute ? "<" : "&lt;");
                case '>' -> out.append(attribute ? ">" : "&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
