package gloss.site;

import gloss.text.Suggest;
import gloss.content.Actor;
import gloss.content.Content;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.Page;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Topic;
import gloss.content.Event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The content with every reference checked and indexed both ways: what a provision's reactions are,
 * what an actor said, which provisions share a topic. Immutable once built; templates never see it
 * directly (see {@code gloss.render}).
 */
public record SiteModel(Content content,
                        Map<String, Source> sources,
                        Map<String, Actor> actors,
                        Map<String, Topic> topics,
                        Map<Integer, Provision> provisions,
                        Map<String, Reaction> reactions,
                        Map<String, Page> pages,
                        Map<Integer, List<Reaction>> reactionsByProvision,
                        Map<String, List<Reaction>> reactionsByActor,
                        Map<String, List<Provision>> provisionsByTopic) {

    public static SiteModel resolve(Content content, Diagnostics diagnostics) {
        Map<String, Source> sources = index(content.sources(), Source::id, Source::at, "source", diagnostics);
        Map<String, Actor> actors = index(content.actors(), Actor::id, Actor::at, "actor", diagnostics);
        Map<String, Topic> topics = index(content.topics(), Topic::id, Topic::at, "topic", diagnostics);
        Map<String, Reaction> reactions = index(content.reactions(), Reaction::slug, Reaction::at, "reaction", diagnostics);
        Map<String, Page> pages = index(content.pages(), Page::slug, Page::at, "page", diagnostics);

        Map<Integer, Provision> provisions = new TreeMap<>();
        for (Provision p : content.provisions()) {
            if (p.number() < 1) continue;
            Provision earlier = provisions.putIfAbsent(p.number(), p);
            if (earlier != null) {
                diagnostics.error(p.at(), "provision number " + p.number() + " is already used by " + earlier.at().file(),
                        "give each provision its own number");
            }
        }
        for (int n = 1; n <= provisions.keySet().stream().mapToInt(i -> i).max().orElse(0); n++) {
            if (!provisions.containsKey(n)) {
                Provision after = provisions.values().stream().filter(p -> p.number() > 0).findFirst().orElseThrow();
                diagnostics.error(Location.of(after.at().file().getParent().resolve(String.format("%02d-...md", n))),
                        "provision numbers must run from 1 without gaps; number " + n + " is missing");
            }
        }
        for (Page p : content.pages()) {
            if (Urls.RESERVED.contains(p.slug())) {
                diagnostics.error(p.at(), "page name '" + p.slug() + "' collides with a built-in section of the site",
                        "rename content/pages/" + p.slug() + ".md");
            }
        }

        for (Provision p : content.provisions()) {
            check(p.textSources(), sources.keySet(), "source", diagnostics);
            check(p.topics(), topics.keySet(), "topic", diagnostics);
        }
        Map<Integer, List<Reaction>> byProvision = new TreeMap<>();
        List<List<Reaction>> everyProvision = null; // looked up once: many reactions concern the whole plan
        Map<String, List<Reaction>> byActor = new TreeMap<>();
        for (Reaction r : content.reactions()) {
            check(List.of(r.actor()), actors.keySet(), "actor", diagnostics);
            check(r.sources(), sources.keySet(), "source", diagnostics);
            check(r.quoteSources(), sources.keySet(), "source", diagnostics);
            for (Ref q : r.quoteSources()) {
                if (r.sources().stream().noneMatch(s -> s.id().equals(q.id()))) {
                    diagnostics.error(q.at(), "quote source '" + q.id() + "' is not among the reaction's sources",
                            "add it to 'sources' too");
                }
            }
            if (r.quote().isEmpty() && !r.quoteSources().isEmpty()) {
                diagnostics.error(r.quoteSources().get(0).at(), "quote_sources is set but there is no quote");
            }
            for (ProvisionNumber n : r.provisions()) {
                if (!provisions.containsKey(n.value())) {
                    diagnostics.error(n.at(), "unknown provision " + n.value(),
                            "provisions are numbered 1 to " + provisions.size());
                }
            }
            byActor.computeIfAbsent(r.actor().id(), k -> new ArrayList<>()).add(r);
            if (r.allProvisions()) {
                if (everyProvision == null) {
                    everyProvision = new ArrayList<>();
                    for (Integer n : provisions.keySet()) everyProvision.add(byProvision.computeIfAbsent(n, k -> new ArrayList<>()));
                }
                for (List<Reaction> list : everyProvision) list.add(r);
            } else {
                r.provisions().stream().map(ProvisionNumber::value).distinct()
                        .forEach(n -> byProvision.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
            }
        }
        for (Event e : content.events()) check(e.sources(), sources.keySet(), "source", diagnostics);
        checkVersions(content, sources, provisions, diagnostics);

        Map<String, List<Provision>> byTopic = new TreeMap<>();
        for (Provision p : provisions.values()) {
            for (Ref t : p.topics()) byTopic.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(p);
        }
        return new SiteModel(content, sources, actors, topics, provisions, reactions, pages,
                freeze(byProvision), freeze(byActor), freeze(byTopic));
    }

    /** Documents exist, each provision has one entry per document, merged points name a real point. */
    private static void checkVersions(Content content, Map<String, Source> sources, Map<Integer, Provision> provisions,
                                      Diagnostics diagnostics) {
        Map<String, gloss.content.PlanDocument> documents = new java.util.LinkedHashMap<>();
        for (gloss.content.PlanDocument d : content.documents()) {
            if (documents.putIfAbsent(d.id(), d) != null) {
                diagnostics.error(d.at(), "duplicate document id '" + d.id() + "'");
            }
            check(d.sources(), sources.keySet(), "source", diagnostics);
        }
        for (Provision p : content.provisions()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (gloss.content.Version v : p.versions()) {
                String doc = v.document().id();
                if (!doc.isEmpty() && !documents.containsKey(doc)) {
                    diagnostics.error(v.document().at(), "unknown document '" + doc + "'",
                            Suggest.didYouMean(doc, documents.keySet()));
                } else if (!seen.add(doc)) {
                    diagnostics.error(v.document().at(), "document '" + doc + "' already has a version entry in this provision");
                }
                check(v.sources(), sources.keySet(), "source", diagnostics);
            }
            for (String doc : documents.keySet()) {
                if (!seen.contains(doc)) {
                    diagnostics.error(p.at(), "provision " + p.number() + " has no version entry for document '" + doc + "'",
                            "add it under versions:, with status: unknown if the sources are silent");
                }
            }
        }
    }

    public List<Reaction> reactionsTo(int provision) {
        return reactionsByProvision.getOrDefault(provision, List.of());
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, Function<T, Location> at,
                                            String what, Diagnostics diagnostics) {
        Map<String, T> out = new TreeMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key.isEmpty()) continue;
            T earlier = out.putIfAbsent(key, item);
            if (earlier != null) {
                Location first = at.apply(earlier);
                diagnostics.error(at.apply(item), "duplicate " + what + " id '" + key + "'",
                        "it is already defined at " + first);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void check(List<Ref> refs, Collection<String> known, String what, Diagnostics diagnostics) {
        for (Ref r : refs) {
            if (r.id().isEmpty() || known.contains(r.id())) continue;
            diagnostics.error(r.at(), "unknown " + what + " '" + r.id() + "'", Suggest.didYouMean(r.id(), known));
        }
    }
}
