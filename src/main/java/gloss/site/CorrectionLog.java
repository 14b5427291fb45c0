package gloss.site;

import gloss.content.Content;
import gloss.content.Correction;
import gloss.content.Event;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The explainer's corrections log: every correction recorded in a note's (or a timeline event's)
 * {@code corrections:} field, with the page it was made on. The corrections page and the feed list it.
 */
public final class CorrectionLog {
    private CorrectionLog() {}

    /** One correction and where it is shown: {@code url} is relative to the site root and ends with its anchor. */
    public record Entry(Correction correction, String title, String url) {}

    /** The anchor of the corrections section on a corrected page. */
    public static final String ANCHOR = "corrections";


    /** Every correction, newest first; corrections of one day by page title, then in the order written. */
    public static List<Entry> collect(SiteModel site) {
        Content c = site.content();
        List<Entry> out = new ArrayList<>();
        for (Provision p : c.provisions()) add(out, p.corrections(), Titles.provision(p, c.explainer().provisionLabel()), Urls.provision(p.slug()));
        for (Reaction r : c.reactions()) add(out, r.corrections(), Titles.reaction(r, site.actorOf(r)), Urls.reaction(r.slug()));
        for (Page p : c.pages()) add(out, p.corrections(), p.title(), Urls.page(p.slug()));
        for (PlanDocument d : c.documents()) add(out, d.corrections(), d.title(), Urls.document(d.id()));
        for (Event e : c.events()) add(out, e.corrections(), "Timeline: " + e.title(), Urls.timeline() + "#" + Urls.eventAnchor(e));
        // stable sort: the order written survives among a page's corrections of the same day
        out.sort(Comparator.comparing((Entry e) -> e.correction().date()).reversed().thenComparing(Entry::title));
        return List.copyOf(out);
    }

    /** Every correction, for checking its sources; drafts included, as everything loaded is checked. */
    static Stream<Correction> all(Content c) {
        return Stream.of(c.provisions().stream().flatMap(p -> p.corrections().stream()),
                c.reactions().stream().flatMap(r -> r.corrections().stream()),
                c.pages().stream().flatMap(p -> p.corrections().stream()),
                c.documents().stream().flatMap(d -> d.corrections().stream()),
                c.events().stream().flatMap(e -> e.corrections().stream())).flatMap(s -> s);
    }


    /** Adds a page's corrections, shown in the page's corrections section unless {@code url} has an anchor. */
    private static void add(List<Entry> out, List<Correction> corrections, String title, String url) {
        String at = url.contains("#") ? url : url + "#" + ANCHOR;
        for (Correction c : corrections) out.add(new Entry(c, title, at));
    }
}
