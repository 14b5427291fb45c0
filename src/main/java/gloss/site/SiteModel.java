package gloss.site;

import gloss.content.Actor;
import gloss.content.Body;
import gloss.content.Content;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Source;
import gloss.content.Topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content with every reference resolved and indexed both ways: what a provision's reactions are,
 * what an actor said, which provisions share a topic, which notes cite a source, what each body's
 * links lead to ({@code linked}: every {@code scheme:id} a body cross-references). Made by
 * {@link Resolver}; immutable; the renderer reads it and looks nothing else up.
 */
public record SiteModel(Content content,
                        Map<String, Source> sources,
                        Map<String, Actor> actors,
                        Map<String, Topic> topics,
                        Map<Integer, Provision> provisions,
                        Map<String, Reaction> reactions,
                        Map<String, Page> pages,
                        Map<String, PlanDocument> documents,
                        Map<Integer, List<Reaction>> reactionsByProvision,
                        Map<String, List<Reaction>> reactionsByActor,
                        Map<String, List<Reaction>> reactionsByCountry,
                        Map<String, List<Provision>> provisionsByTopic,
                        Map<String, List<Citer>> citedBy,
                        Set<String> linked,
                        Map<Body, ResolvedBody> bodies) {

    /** Whether any note body links to {@code scheme:id} (e.g. {@code actor:peskov}). */
    public boolean isLinked(String scheme, String id) {
        return linked.contains(scheme + ":" + id);
    }

    public List<Reaction> reactionsTo(int provision) {
        return reactionsByProvision.getOrDefault(provision, List.of());
    }

    /** The resolved form of a note's body (every body of the content has one). */
    public ResolvedBody body(Body body) {
        ResolvedBody b = bodies.get(body);
        if (b == null) throw new IllegalStateException("body not resolved: " + body.start());
        return b;
    }

    public Optional<ResolvedBody> home() {
        return content.home().map(this::body);
    }

    /** The actor of a reaction (resolved: it exists once the model is made without errors). */
    public Optional<Actor> actorOf(Reaction r) {
        return Optional.ofNullable(actors.get(r.actor().id()));
    }
}
