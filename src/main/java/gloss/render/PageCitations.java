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
import java.util.Comparator;
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
 * its own marker id (cite-3-a, cite-3-b ...) so the list can link back to every one, also when the use is
 * inside a range of consecutive sources ([1–9], see {@link #cluster}).
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
            List<Mark> marks = new ArrayList<>();
            for (Ref r : sources) {
                Source s = site.sources().get(r.id());
                if (s != null) marks.add(mark(s, null, "", ""));
            }
            return cluster(marks);
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
        List<Mark> marks = new ArrayList<>();
        String before = "";
        for (CiteItem item : citation.items()) {
            Source source = site.sources().get(item.key()); // resolved: every key names a source
            String prefix = item.prefix().isBlank() ? "" : Html.escape(item.prefix().strip()) + " ";
            String suffix = item.suffix().isBlank() ? "" : suffixText(item.suffix());
            Mark mark = mark(source, item.locator().orElse(null), prefix, suffix);
            if (item.mode() == CiteItem.Mode.AUTHOR_IN_TEXT) {
                before = "<a class=\"cite-intext\" href=\"#ref-" + mark.number() + "\">"
                        + Html.escape(source.publisher()) + "</a>";
            }
            marks.add(mark);
        }
        return before + cluster(marks);
    }

    /** A suffix keeps its own punctuation; a bare word gets a space. */
    private static String suffixText(String suffix) {
        String s = suffix.strip();
        boolean punct = s.startsWith(",") || s.startsWith(";") || s.startsWith(".") || s.startsWith(":");
        return (punct ? "" : " ") + Html.escape(s);
    }

    /**
     * One bracketed group of markers. Bare numbers are put in order and consecutive ones collapse into a
     * range ([1, 3–5, 8]); a group with words around its numbers ("see", "p. 4") keeps the writer's order.
     */
    private static String cluster(List<Mark> marks) {
        if (marks.isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        boolean plain = marks.stream().allMatch(Mark::plain);
        if (plain) {
            List<Mark> sorted = marks.stream().sorted(Comparator.comparingInt(Mark::number)).toList();
            for (List<Mark> run : NumberRuns.of(sorted, Mark::number, m -> m.locator() == null)) {
                parts.add(run.size() == 1 ? link(run.get(0)) : range(run));
            }
        } else {
            for (Mark m : marks) parts.add(m.prefix() + link(m) + m.suffix());
        }
        return "<sup class=\"cite\">[" + String.join(plain ? ", " : "; ", parts) + "]</sup>";
    }

    private static String link(Mark m) {
        Source s = m.source();
        String name = "Source " + m.number() + ": " + s.publisher() + ", " + Dates.shortForm(s.date())
                + (m.locator() == null ? "" : ", " + m.locator());
        return "<a href=\"#ref-" + m.number() + "\" id=\"" + m.id() + "\" class=\"cite-ref\" data-source=\""
                + Html.escape(s.id()) + "\" aria-label=\"" + Html.escape(name) + "\">" + m.number() + "</a>";
    }

    /**
     * Consecutive sources as one link to the first of them ("1–9"; the list shows the others right after it).
     * Every use keeps its id: the uses inside the range are empty anchors in the link, so each reference's
     * back-link still lands on the range that cites it. The label tells screen readers which sources are meant.
     */
    private static String range(List<Mark> run) {
        Mark first = run.get(0);
        Mark last = run.get(run.size() - 1);
        StringBuilder html = new StringBuilder("<a href=\"#ref-").append(first.number()).append("\" id=\"").append(first.id())
                .append("\" class=\"cite-ref\" data-source=\"").append(Html.escape(first.source().id()))
                .append("\" data-last=\"").append(last.number())
                .append("\" aria-label=\"Sources ").append(first.number()).append(" to ").append(last.number()).append("\">")
                .append(first.number()).append('\u2013').append(last.number());
        for (Mark m : run.subList(1, run.size())) html.append("<span id=\"").append(m.id()).append("\"></span>");
        return html.append("</a>").toString();
    }

    /** Registers one use of {@code source} on this page: its number (new sources get the next) and its own id. */
    private Mark mark(Source source, String locator, String prefix, String suffix) {
        List<View.Use> list = uses.computeIfAbsent(source.id(), k -> new ArrayList<>());
        int number = numbers.computeIfAbsent(source.id(), k -> numbers.size() + 1);
        String letter = letter(list.size());
        String id = "cite-" + number + "-" + letter;
        list.add(new View.Use(letter, id, locator));
        return new Mark(number, id, source, locator, prefix, suffix);
    }

    /** One use of a source in a group of markers, with the words written around it. */
    private record Mark(int number, String id, Source source, String locator, String prefix, String suffix) {
        boolean plain() {
            return prefix.isEmpty() && suffix.isEmpty();
        }
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
