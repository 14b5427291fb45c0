package gloss.render;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.markdown.CiteItem;
import gloss.markdown.Citation;
import gloss.markdown.CitationMarkers;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.site.ResolvedBody;
import gloss.site.SiteModel;
import gloss.text.Dates;
import gloss.text.Html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The citations of one page, numbered in the order the reader meets them. Everything on a page that
 * shows a citation marker (a note's body, the sources of a provision's text, a quote's sources) is
 * handed to the template as a deferred value that renders itself when the template prints it; so the
 * numbers follow the page's own order, whatever order the Java code built the model in. The reference
 * list is taken when the template first reads it, after the text that cites. Each use of a source gets
 * its own marker id (cite-3-a, cite-3-b ...) so the list can link back to every one.
 * Not thread-safe: one instance per page, used by the thread that renders the page.
 */
final class PageCitations implements CitationMarkers {
    private final SiteModel site;
    private final Markdown markdown;
    private final String root;
    private final Map<String, List<View.Use>> uses = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    PageCitations(SiteModel site, Markdown markdown, String root) {
        this.site = site;
        this.markdown = markdown;
        this.root = root;
    }

    /** A note's body as HTML, rendered when the template prints it. */
    TemplateScalarModel body(ResolvedBody body) {
        return new Deferred(() -> markdown.render(body.parsed(), body.links(), root, this));
    }

    /** Markers for sources named in front matter (a provision's text sources, a quote's sources). */
    TemplateScalarModel markers(List<Ref> sources) {
        return new Deferred(() -> {
            List<String> links = new ArrayList<>();
            for (Ref r : sources) {
                Source s = site.sources().get(r.id());
                if (s != null) links.add(marker(s, null));
            }
            return group(links, "", "");
        });
    }

    /** The references so far, in number order (for output made without a template). */
    List<View.Reference> referenceList() {
        List<View.Reference> out = new ArrayList<>();
        uses.forEach((id, list) -> out.add(new View.Reference(numbers.get(id), View.source(site.sources().get(id)), List.copyOf(list))));
        return out;
    }

    /** The reference list, taken the first time the template reads it. */
    TemplateSequenceModel references() {
        return new DeferredList(this::referenceList);
    }

    @Override
    public String html(Citation citation, ParsedBody from) {
        List<String> items = new ArrayList<>();
        String before = "";
        for (CiteItem item : citation.items()) {
            Source source = site.sources().get(item.key()); // resolved: every key names a source
            String marker = marker(source, item.locator().orElse(null));
            if (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT) {
                before = "<a class=\"cite-intext\" href=\"#ref-" + numbers.get(source.id()) + "\">"
                        + Html.escape(source.publisher()) + "</a>";
            }
            String prefix = item.prefix().isBlank() ? "" : Html.escape(item.prefix().strip()) + " ";
            String suffix = item.suffix().isBlank() ? "" : suffixText(item.suffix());
            items.add(prefix + marker + suffix);
        }
        return before + group(items, "", "");
    }

    /** A suffix keeps its own punctuation; a bare word gets a space. */
    private static String suffixText(String suffix) {
        String s = suffix.strip();
        boolean punct = s.startsWith(",") || s.startsWith(";") || s.startsWith(".") || s.startsWith(":");
        return (punct ? "" : " ") + Html.escape(s);
    }

    private static String group(List<String> items, String before, String after) {
        if (items.isEmpty()) return "";
        boolean plain = items.stream().allMatch(i -> i.startsWith("<a ") && i.endsWith("</a>"));
        return before + "<sup class=\"cite\">[" + String.join(plain ? ", " : "; ", items) + "]</sup>" + after;
    }

    private String marker(Source source, String locator) {
        List<View.Use> list = uses.computeIfAbsent(source.id(), k -> new ArrayList<>());
        int number = numbers.computeIfAbsent(source.id(), k -> numbers.size() + 1);
        String letter = letter(list.size());
        String id = "cite-" + number + "-" + letter;
        list.add(new View.Use(letter, id, locator));
        String name = "Source " + number + ": " + source.publisher() + ", " + Dates.shortForm(source.date())
                + (locator == null ? "" : ", " + locator);
        return "<a href=\"#ref-" + number + "\" id=\"" + id + "\" class=\"cite-ref\" data-source=\"" + Html.escape(source.id())
                + "\" aria-label=\"" + Html.escape(name) + "\">" + number + "</a>";
    }

    /** a, b, ... z, aa, ab ... like Wikipedia's backlinks. */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int i = index;
        do {
            s.insert(0, (char) ('a' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }

    /** HTML made the first time a template prints it, then kept (a second print shows the same markers). */
    private static final class Deferred implements TemplateScalarModel {
        private final Supplier<String> make;
        private String html;

        Deferred(Supplier<String> make) {
            this.make = make;
        }

        @Override
        public String getAsString() {
            if (html == null) html = make.get();
            return html;
        }
    }

    /** A list made the first time a template reads it. */
    private static final class DeferredList implements TemplateSequenceModel {
        private final Supplier<List<View.Reference>> make;
        private List<TemplateModel> items;

        DeferredList(Supplier<List<View.Reference>> make) {
            this.make = make;
        }

        private List<TemplateModel> items() throws TemplateModelException {
            if (items == null) {
                List<TemplateModel> out = new ArrayList<>();
                for (View.Reference r : make.get()) out.add(Templates.WRAPPER.wrap(r));
                items = out;
            }
            return items;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            List<TemplateModel> all = items();
            return index < all.size() ? all.get(index) : null;
        }

        @Override
        public int size() throws TemplateModelException {
            return items().size();
        }
    }
}
