package gloss.site;

import gloss.content.Actor;
import gloss.content.Correction;
import gloss.content.Event;
import gloss.content.NoteDates;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Source;
import gloss.content.Topic;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * When each page last changed for its readers: the latest date of the content it shows, never a
 * site-wide value, so correcting one note re-dates (and rewrites) only the pages that show it.
 *
 * <p>A note changed on the latest of: when it was added, its {@code updated:} date, its corrections.
 * When it was added is its {@code added:} date ({@code gloss new} writes it); without one, a note counts
 * as added when the explainer was first published, or, for a reaction made later, on the day it was made
 * (it cannot have been added before).
 */
public final class PageDates {
    private final SiteModel site;
    private final LocalDate published;

    public PageDates(SiteModel site) {
        this.site = site;
        this.published = site.content().explainer().published();
    }

    /** When a note entered the explainer (the date the feed gives its entry). */
    public LocalDate added(Reaction r) {
        return r.dates().added().orElse(r.date().isAfter(published) ? r.date() : published);
    }

    public LocalDate added(Provision p) {
        return p.dates().added().orElse(published);
    }

    public LocalDate changed(Provision p) {
        return latest(added(p), p.dates(), p.corrections());
    }

    public LocalDate changed(Reaction r) {
        return latest(added(r), r.dates(), r.corrections());
    }

    public LocalDate changed(Page p) {
        return latest(p.dates().added().orElse(published), p.dates(), p.corrections());
    }

    private LocalDate changed(PlanDocument d) {
        return max(Stream.concat(Stream.of(d.date(), published), d.corrections().stream().map(Correction::date)));
    }

    private LocalDate changed(Event e) {
        return max(Stream.concat(Stream.of(e.date(), published), e.corrections().stream().map(Correction::date)));
    }

    /** The date of one page of the site. */
    public LocalDate of(SitePages.Spec page) {
        var c = site.content();
        return switch (page.kind()) {
            case PROVISION -> {
                Provision p = (Provision) page.subject();
                // its own reactions are shown in full; those to the whole document only as a count and links,
                // which change when one is added, not when one is corrected
                yield max(Stream.concat(Stream.of(changed(p)), site.reactionsTo(p.number()).stream()
                        .map(r -> r.allProvisions() ? added(r) : changed(r))));
            }
            case REACTION -> changed((Reaction) page.subject());
            case PAGE -> {
                Page p = (Page) page.subject();
                // the corrections page lists every correction of the explainer
                Stream<LocalDate> log = p.slug().equals("corrections")
                        ? CorrectionLog.collect(site).stream().map(e -> e.correction().date()) : Stream.empty();
                yield max(Stream.concat(Stream.of(changed(p)), log));
            }
            case ACTOR -> reactions(site.reactionsByActor().getOrDefault(((Actor) page.subject()).id(), List.of()));
            case TOPIC -> provisions(site.provisionsByTopic().getOrDefault(((Topic) page.subject()).id(), List.of()));
            case STANCE -> reactions(c.reactions().stream().filter(r -> r.stance() == page.subject()).toList());
            case COUNTRY -> reactions(site.reactionsByCountry().getOrDefault((String) page.subject(), List.of()));
            case REACTIONS -> max(Stream.of(reactions(c.reactions()), provisions(site.provisions().values())));
            // the matrix shows each reaction to a point, but only counts those to the whole document
            case MATRIX -> max(Stream.of(Stream.of(provisions(site.provisions().values())),
                    c.reactions().stream().map(r -> r.allProvisions() ? added(r) : changed(r))).flatMap(s -> s));
            // the actors index shows names and how many reactions each has: it changes when one is added
            case ACTORS -> max(Stream.concat(Stream.of(published), c.reactions().stream().map(this::added)));
            case PLAN -> provisions(site.provisions().values());
            case VERSIONS -> max(Stream.concat(Stream.of(provisions(site.provisions().values())),
                    c.documents().stream().map(this::changed)));
            case DOCUMENT -> max(Stream.of(changed((PlanDocument) page.subject()), provisions(site.provisions().values())));
            case TIMELINE -> max(Stream.concat(Stream.of(published), c.events().stream().map(this::changed)));
            case HOME, SOURCES -> everything();
            case SEARCH, NOT_FOUND -> published;
        };
    }

    /** The latest change anywhere: what the home page and the sources page show a bit of. */
    public LocalDate everything() {
        var c = site.content();
        return max(Stream.of(Stream.of(published), c.reactions().stream().map(this::changed),
                c.provisions().stream().map(this::changed), c.pages().stream().map(this::changed),
                c.documents().stream().map(this::changed), c.events().stream().map(this::changed),
                c.standing().map(gloss.content.Standing::date).stream(),
                site.sources().values().stream().map(Source::date)).flatMap(s -> s));
    }

    private LocalDate reactions(Collection<Reaction> reactions) {
        return max(Stream.concat(Stream.of(published), reactions.stream().map(this::changed)));
    }

    private LocalDate provisions(Collection<Provision> provisions) {
        return max(Stream.concat(Stream.of(published), provisions.stream().map(this::changed)));
    }

    private static LocalDate latest(LocalDate added, NoteDates dates, List<Correction> corrections) {
        return max(Stream.of(Stream.of(added), dates.updated().stream(), corrections.stream().map(Correction::date))
                .flatMap(s -> s));
    }

    private static LocalDate max(Stream<LocalDate> dates) {
        return dates.max(LocalDate::compareTo).orElseThrow();
    }
}
