package gloss.render;

import gloss.check.Suggest;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.markdown.CiteItem;
import gloss.markdown.CrossReferences;
import gloss.markdown.PageLinks;
import gloss.markdown.ParsedBody;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The citations and cross-references of one page. Sources are numbered in order of first use; each
 * use gets its own marker id (cite-3-a, cite-3-b ...) so the reference list can link back to every one.
 * Not thread-safe: one instance per page, used by one worker.
 */
public final class PageRefs implements PageLinks {
    /** A cross-reference to an anchor on another page, checked once every page exists. */
    public record AnchorRef(String targetFile, String anchor, Location at) {}

    /** Sections the build makes itself, linkable as page:NAME like the free pages. */
    private static final Map<String, String> BUILT_IN_PAGES = Map.of(
            "home", Urls.home(), "sources", Urls.sources(), "timeline", Urls.timeline(),
            "reactions", Urls.reactions(), "actors", Urls.actors());

    private final SiteModel site;
    private final String root;
    private final Diagnostics diagnostics;
    private final Map<String, List<View.Use>> uses = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new java.util.HashMap<>();
    private final List<AnchorRef> anchors = new ArrayList<>();

    public PageRefs(SiteModel site, String pageUrl, Diagnostics diagnostics) {
        this.site = site;
        this.root = Urls.rootFrom(pageUrl);
        this.diagnostics = diagnostics;
    }

    public String root() { return root; }

    @Override
    public String citationMarkers(List<CiteItem> items, ParsedBody from) {
        List<String> links = new ArrayList<>();
        for (CiteItem item : items) {
            Location at = from.locate(item);
            Source source = site.sources().get(item.key());
            if (source == null) {
                diagnostics.error(at, "unknown source '" + item.key() + "' in citation",
                        Suggest.didYouMean(item.key(), site.sources().keySet()));
                continue;
            }
            // until citations show prefix and suffix, the marker names where in the source as before
            String where = (item.locator().orElse("") + " " + item.suffix()).strip();
            links.add(marker(source, where.isEmpty() ? null : where));
        }
        return wrap(links);
    }

    /** Markers for sources named in front matter (a provision's text_sources, a quote's sources). */
    public String markers(List<Ref> refs) {
        List<String> links = new ArrayList<>();
        for (Ref r : refs) {
            Source source = site.sources().get(r.id());
            if (source != null) links.add(marker(source, null));
        }
        return wrap(links);
    }

    private static String wrap(List<String> links) {
        if (links.isEmpty()) return "";
        return "<sup class=\"cite\">[" + String.join(", ", links) + "]</sup>";
    }

    private String marker(Source source, String locator) {
        List<View.Use> list = uses.computeIfAbsent(source.id(), k -> new ArrayList<>());
        int number = numbers.computeIfAbsent(source.id(), k -> numbers.size() + 1);
        String letter = letter(list.size());
        String id = "cite-" + number + "-" + letter;
        list.add(new View.Use(letter, id, locator));
        String name = "Source " + number + ": " + source.publisher() + ", " + Dates.shortForm(source.date())
                + (locator == null ? "" : ", " + locator);
        return "<a href=\"#ref-" + number + "\" id=\"" + id + "\" class=\"cite-ref\" data-source=\"" + source.id()
                + "\" aria-label=\"" + Html.attr(name) + "\">" + number + "</a>";
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

    /** The reference list for everything cited on this page so far, in number order. */
    public List<View.Reference> references() {
        List<View.Reference> out = new ArrayList<>();
        int n = 1;
        for (Map.Entry<String, List<View.Use>> e : uses.entrySet()) {
            out.add(new View.Reference(n++, View.source(site.sources().get(e.getKey())), List.copyOf(e.getValue())));
        }
        return out;
    }

    public List<String> citedSourceIds() {
        return List.copyOf(uses.keySet());
    }

    public List<AnchorRef> anchors() {
        return List.copyOf(anchors);
    }

    @Override
    public Optional<String> crossReference(String destination, Location at) {
        Optional<CrossReferences.Target> parsed = CrossReferences.parse(destination);
        if (parsed.isEmpty()) return Optional.empty();
        CrossReferences.Target t = parsed.get();
        Optional<String> url = switch (t.scheme()) {
            case "provision" -> provision(t.id(), at);
            case "reaction" -> lookup(t.id(), site.reactions().keySet(), at, "reaction", () -> Urls.reaction(t.id()));
            case "actor" -> lookup(t.id(), site.actors().keySet(), at, "actor", () -> Urls.actor(t.id()));
            case "topic" -> lookup(t.id(), site.topics().keySet(), at, "topic", () -> Urls.topic(t.id()));
            case "page" -> BUILT_IN_PAGES.containsKey(t.id()) ? Optional.of(BUILT_IN_PAGES.get(t.id()))
                    : lookup(t.id(), site.pages().keySet(), at, "page", () -> Urls.page(t.id()));
            case "source" -> lookup(t.id(), site.sources().keySet(), at, "source", () -> Urls.source(t.id()));
            default -> Optional.empty();
        };
        if (url.isEmpty()) return Optional.of("#");
        String target = url.get();
        if (t.anchor().isPresent()) {
            if (target.contains("#")) {
                diagnostics.error(at, "a source link cannot carry an #anchor", "link to source:" + t.id() + " alone");
            } else {
                anchors.add(new AnchorRef(Urls.file(target), t.anchor().get(), at));
                target = target + "#" + t.anchor().get();
            }
        }
        return Optional.of(root + target);
    }

    private Optional<String> provision(String number, Location at) {
        gloss.content.Provision p = number.matches("\\d{1,4}") ? site.provisions().get(Integer.parseInt(number)) : null;
        if (p != null) return Optional.of(Urls.provision(p.slug()));
        diagnostics.error(at, "broken cross-reference: no provision '" + number + "'",
                "provisions are numbered 1 to " + site.provisions().size());
        return Optional.empty();
    }

    private Optional<String> lookup(String id, java.util.Collection<String> known, Location at, String what,
                                    java.util.function.Supplier<String> url) {
        if (known.contains(id)) return Optional.of(url.get());
        diagnostics.error(at, "broken cross-reference: no " + what + " '" + id + "'", Suggest.didYouMean(id, known));
        return Optional.empty();
    }
}
