package gloss.content;

import java.util.List;
import java.util.Optional;

/** Everything read from {@code content/}, before references are resolved. Lists are sorted. */
public record Content(Explainer explainer, List<Source> sources, List<Actor> actors, List<Topic> topics,
                      List<Event> events, List<Provision> provisions, List<Reaction> reactions,
                      List<Page> pages, Optional<Body> home, List<PlanDocument> documents) {

    /** The same content with other site-wide settings (e.g. another base_url for a preview build). */
    public Content withExplainer(Explainer other) {
        return new Content(other, sources, actors, topics, events, provisions, reactions, pages, home, documents);
    }
}
