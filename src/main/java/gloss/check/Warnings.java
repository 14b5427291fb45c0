package gloss.check;

import gloss.content.Actor;
import gloss.content.Diagnostics;
import gloss.content.Event;
import gloss.content.Location;
import gloss.content.Reaction;
import gloss.content.Source;
import gloss.site.SiteModel;
import gloss.sourcing.SourceRules;

import java.time.LocalDate;

/**
 * What an editor wants to know but need not fix before publishing: loose ends in the registries and
 * dates that look wrong. Only {@code check} reports these; they fail it only with {@code --strict}.
 */
public final class Warnings {
    private Warnings() {}

    public static void collect(SiteModel site, LocalDate today, Diagnostics diagnostics) {
        LocalDate updated = site.content().explainer().updated();
        Location updatedAt = site.content().explainer().at();
        // With a file that did not load, its citations are unknown: "never cited" would be false alarms.
        boolean citationsKnown = site.content().gaps().unreadable().isEmpty() && site.content().gaps().orphans().isEmpty();
        for (Source s : site.sources().values()) {
            if (citationsKnown && !site.citedBy().containsKey(s.id())) {
                diagnostics.warning(s.at(), "source '" + s.id() + "' is never cited");
            }
            if (s.headlineLink().isEmpty() && s.note().isEmpty()) {
                diagnostics.warning(s.at(), "source '" + s.id() + "' has neither url nor note; say where a reader can find it");
            }
            future(s.date(), s.at(), today, diagnostics);
        }
        SourceRules.collect(site.sources().values(), diagnostics);
        // An actor named in the text or on the timeline but without a reaction of their own is normal (the
        // page says so); one that nothing uses is a loose end.
        for (Actor a : site.actors().values()) {
            if (!site.reactionsByActor().containsKey(a.id()) && !site.isLinked("actor", a.id())) {
                diagnostics.warning(a.at(), "actor '" + a.id() + "' has no reaction and no note or timeline event links to it",
                        "link to it from the text that names them, [name](actor:" + a.id() + "), or from the event that"
                                + " names them, actors: [" + a.id() + "] in content/events.yaml, or remove it");
            }
        }
        for (Reaction r : site.content().reactions()) {
            if (r.quote().isPresent() && r.quoteSources().isEmpty()) {
                diagnostics.warning(r.at(), "the quote cites no source; add quote_sources: [id]");
            }
            future(r.date(), r.at(), today, diagnostics);
            if (r.date().isAfter(updated)) {
                diagnostics.warning(r.at(), "dated " + r.date() + ", after the explainer's 'updated' date " + updated
                        + " (" + updatedAt.file() + "); update it");
            }
        }
        for (Event e : site.content().events()) {
            future(e.date(), e.at(), today, diagnostics);
            if (e.date().isAfter(updated)) {
                diagnostics.warning(e.at(), "event dated " + e.date() + ", after the explainer's 'updated' date " + updated);
            }
        }
        site.content().standing().ifPresent(s -> future(s.date(), s.at(), today, diagnostics));
        future(updated, updatedAt, today, diagnostics);
    }

    private static void future(LocalDate date, Location at, LocalDate today, Diagnostics diagnostics) {
        if (date.isAfter(today)) diagnostics.warning(at, "date " + date + " is in the future");
    }
}
