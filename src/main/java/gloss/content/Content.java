package gloss.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from {@code content/}, before references are resolved. Lists are sorted.
 * {@code gaps} says what could not be read or was left out, so that later steps neither report errors
 * that only follow from it nor pretend it does not exist.
 */
public record Content(Explainer explainer, List<Source> sources, List<Actor> actors, List<Topic> topics,
                      List<Event> events, List<Provision> provisions, List<Reaction> reactions,
                      List<Page> pages, Optional<Body> home, Optional<Standing> standing, List<PlanDocument> documents,
                      Gaps gaps) {

    /** The same content with other site-wide settings (e.g. another base_url for a preview build). */
    public Content withExplainer(Explainer other) {
        return new Content(other, sources, actors, topics, events, provisions, reactions, pages, home, standing, documents, gaps);
    }

    /**
     * What is missing from the content and why. Keys name what other files refer to: a registry
     * ({@code "sources"}, {@code "actors"}, {@code "topics"}, {@code "events"}, {@code "documents"}) or a
     * note ({@code "provision:6"}, {@code "reaction:2025-11-21-zelenskyy-address"}, {@code "page:about"});
     * values are the file. {@code unreadable}: files that did not load (their error is reported once;
     * what depends on them is only counted). {@code drafts}: notes marked draft and left out.
     * {@code orphans}: bodies of notes whose front matter failed, still checked for their own problems.
     * {@code draftBodies}: bodies of the drafts left out, checked too, their problems reported as warnings.
     */
    public record Gaps(Map<String, Path> unreadable, Map<String, Path> drafts, List<Body> orphans, List<Body> draftBodies) {
        public static final Gaps NONE = new Gaps(Map.of(), Map.of(), List.of(), List.of());

        public Optional<Path> unreadable(String key) {
            return Optional.ofNullable(unreadable.get(key));
        }

        public Optional<Path> draft(String key) {
            return Optional.ofNullable(drafts.get(key));
        }
    }
}
