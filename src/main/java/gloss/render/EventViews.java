package gloss.render;

import gloss.content.Actor;
import gloss.content.Event;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.site.SiteModel;
import gloss.site.Urls;
import gloss.text.Dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Timeline events both ways: each event with the points, reactions and people it links to, and for a
 * point, a reaction or a person the events that link to them. Made once per renderer; immutable.
 */
final class EventViews {
    private final SiteModel site;
    private final Map<Integer, List<View.EventLink>> byProvision = new TreeMap<>();
    private final Map<String, List<View.EventLink>> byReaction = new TreeMap<>();
    private final Map<String, List<View.EventLink>> byActor = new TreeMap<>();

    EventViews(SiteModel site) {
        this.site = site;
        for (Event e : site.content().events()) {
            View.EventLink link = new View.EventLink(Urls.timeline() + "#" + Urls.eventAnchor(e), e.title(),
                    Dates.shortForm(e.date()), e.date().toString());
            e.provisions().stream().map(ProvisionNumber::value).distinct()
                    .forEach(n -> byProvision.computeIfAbsent(n, k -> new ArrayList<>()).add(link));
            e.reactions().stream().map(Ref::id).distinct()
                    .forEach(id -> byReaction.computeIfAbsent(id, k -> new ArrayList<>()).add(link));
            e.actors().stream().map(Ref::id).distinct()
                    .forEach(id -> byActor.computeIfAbsent(id, k -> new ArrayList<>()).add(link));
        }
    }

    /** The event as the timeline shows it; references were resolved, so every id is known. */
    View.EventView view(Event e, PageCitations cites, Function<Provision, View.ProvisionLink> provisionLink,
                        Function<Reaction, View.ReactionLink> reactionLink) {
        List<View.ProvisionLink> provisions = e.provisions().stream().map(ProvisionNumber::value).distinct()
                .map(site.provisions()::get).filter(Objects::nonNull).map(provisionLink).toList();
        List<View.ReactionLink> reactions = e.reactions().stream().map(Ref::id).distinct()
                .map(site.reactions()::get).filter(Objects::nonNull).map(reactionLink).toList();
        List<View.Crumb> actors = e.actors().stream().map(Ref::id).distinct()
                .map(site.actors()::get).filter(Objects::nonNull)
                .map((Actor a) -> new View.Crumb(a.name(), Urls.actor(a.id()))).toList();
        return new View.EventView(Urls.eventAnchor(e), Dates.longForm(e.date()), e.date().toString(), e.title(),
                e.summary(), cites.markers(e.sources()), CorrectionViews.of(e.corrections(), cites), provisions,
                reactions, actors);
    }

    List<View.EventLink> aboutProvision(int number) {
        return byProvision.getOrDefault(number, List.of());
    }

    List<View.EventLink> aboutReaction(String slug) {
        return byReaction.getOrDefault(slug, List.of());
    }

    List<View.EventLink> naming(String actorId) {
        return byActor.getOrDefault(actorId, List.of());
    }
}
