package gloss.site;

import gloss.content.Actor;
import gloss.content.Body;
import gloss.content.Content;
import gloss.content.Diagnostics;
import gloss.content.Event;
import gloss.content.Location;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Topic;
import gloss.content.Version;
import gloss.markdown.ParsedBody;
import gloss.text.Suggest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The resolve step: indexes the loaded content, checks every reference between files (ids in front
 * matter, provision numbers, plan versions) and, through {@link BodyResolver}, every citation,
 * cross-reference and link in the note bodies. Every reference error of the project is reported here,
 * so rendering cannot fail on content and {@code gloss check} needs to render nothing.
 */
public final class Resolver {
    private final Diagnostics diagnostics;
    private Content.Gaps gaps = Content.Gaps.NONE;

    private Resolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The resolved model. {@code parsed} holds every body of the content, parsed; {@code files} the
     * site's files that are not pages (assets, exports), which links in notes may point at.
     */
    public static SiteModel resolve(Content content, Map<Body, ParsedBody> parsed, Set<String> files,
                                    Diagnostics diagnostics) {
        return new Resolver(diagnostics).run(content, parsed, files);
    }

    private SiteModel run(Content content, Map<Body, ParsedBody> parsed, Set<String> files) {
        gaps = content.gaps();
        Map<String, Source> sources = index(content.sources(), Source::id, Source::at, "source");
        Map<String, Actor> actors = index(content.actors(), Actor::id, Actor::at, "actor");
        Map<String, Topic> topics = index(content.topics(), Topic::id, Topic::at, "topic");
        Map<String, Reaction> reactions = index(content.reactions(), Reaction::slug, Reaction::at, "reaction");
        Map<String, Page> pages = index(content.pages(), Page::slug, Page::at, "page");
        Map<String, PlanDocument> documents = index(content.documents(), PlanDocument::id, PlanDocument::at, "document");
        Map<Integer, Provision> provisions = provisions(content);
        checkPageNames(content);

        for (Provision p : content.provisions()) {
            known(p.textSources(), sources.keySet(), "source");
            known(p.topics(), topics.keySet(), "topic");
        }
        for (Reaction r : content.reactions()) reaction(r, actors, sources, provisions);
        for (Event e : content.events()) known(e.sources(), sources.keySet(), "source");
        CorrectionLog.all(content).forEach(c -> known(c.sources(), sources.keySet(), "source"));
        versions(content, documents, sources);

        Map<Integer, List<Reaction>> byProvision = new TreeMap<>();
        Map<String, List<Reaction>> byActor = new TreeMap<>();
        Map<String, List<Reaction>> byCountry = new TreeMap<>();
        for (Reaction r : content.reactions()) {
            byActor.computeIfAbsent(r.actor().id(), k -> new ArrayList<>()).add(r);
            Actor a = actors.get(r.actor().id());
            if (a != null) byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(r);
            if (r.allProvisions()) {
                for (Integer n : provisions.keySet()) byProvision.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
            } else {
                r.provisions().stream().map(ProvisionNumber::value).distinct().filter(provisions::containsKey)
                        .forEach(n -> byProvision.computeIfAbsent(n, k -> new ArrayList<>()).add(r));
            }
        }
        Map<String, List<Provision>> byTopic = new TreeMap<>();
        for (Provision p : provisions.values()) {
            for (Ref t : p.topics()) byTopic.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(p);
        }

        SiteModel unresolved = new SiteModel(content, sources, actors, topics, provisions, reactions, pages, documents,
                freeze(byProvision), freeze(byActor), freeze(byCountry), freeze(byTopic), Map.of(), Set.of(), Map.of());
        BodyResolver bodyResolver = new BodyResolver(unresolved, files, diagnostics);
        Map<Body, ResolvedBody> bodies = bodyResolver.resolveAll(parsed);
        return new SiteModel(content, sources, actors, topics, provisions, reactions, pages, documents,
                unresolved.reactionsByProvision(), unresolved.reactionsByActor(), unresolved.reactionsByCountry(),
                unresolved.provisionsByTopic(), citedBy(unresolved, bodies), bodyResolver.linked(), Collections.unmodifiableMap(bodies));
    }

    /**
     * A body that is not part of the content ({@code gloss render -}), resolved against the model as if
     * it were on the home page; its problems go to {@code diagnostics}.
     */
    public static ResolvedBody resolveExtra(SiteModel site, Body body, ParsedBody parsed, Set<String> files,
                                            Diagnostics diagnostics) {
        BodyResolver resolver = new BodyResolver(site, files, diagnostics);
        resolver.resolveAll(Map.of());
        return resolver.resolveOne(body, parsed, Urls.home());
    }

    /** Provisions by number: unique numbers, running from 1 without gaps. */
    private Map<Integer, Provision> provisions(Content content) {
        Map<Integer, Provision> provisions = new TreeMap<>();
        for (Provision p : content.provisions()) {
            if (p.number() < 1) continue; // its number was reported by the loader
            Provision earlier = provisions.putIfAbsent(p.number(), p);
            if (earlier != null) {
                diagnostics.error(p.at(), "provision number " + p.number() + " is already used by " + earlier.at().file(),
                        "give each provision its own number");
            }
        }
        int max = provisions.keySet().stream().mapToInt(i -> i).max().orElse(0);
        for (int n = 1; n <= max; n++) {
            if (gaps.unreadable("provision:" + n).isPresent()) {
                diagnostics.suppress(gaps.unreadable("provision:" + n).get());
            } else if (gaps.draft("provision:" + n).isPresent()) {
                diagnostics.error(Location.of(gaps.draft("provision:" + n).get()), "provision " + n
                        + " is a draft, so published provisions would skip number " + n,
                        "publish it (remove draft: true) or renumber the provisions after it");
            } else if (!provisions.containsKey(n)) {
                Provision after = provisions.values().iterator().next();
                diagnostics.error(Location.of(after.at().file().getParent().resolve(String.format("%02d-...md", n))),
                        "provision numbers must run from 1 without gaps; number " + n + " is missing");
            }
        }
        return Collections.unmodifiableMap(provisions);
    }

    private void checkPageNames(Content content) {
        for (Page p : content.pages()) {
            if (Urls.RESERVED.contains(p.slug())) {
                diagnostics.error(p.at(), "page name '" + p.slug() + "' collides with a built-in section of the site",
                        "rename content/pages/" + p.slug() + ".md");
            }
        }
    }

    private void reaction(Reaction r, Map<String, Actor> actors, Map<String, Source> sources,
                          Map<Integer, Provision> provisions) {
        known(List.of(r.actor()), actors.keySet(), "actor");
        known(r.sources(), sources.keySet(), "source");
        known(r.quoteSources(), sources.keySet(), "source");
        known(r.quoteTranslationSources(), sources.keySet(), "source");
        for (Ref q : r.quoteTranslationSources()) {
            if (r.sources().stream().noneMatch(s -> s.id().equals(q.id()))) {
                diagnostics.error(q.at(), "translation source '" + q.id() + "' is not among the reaction's sources",
                        "add it to 'sources' too");
            }
        }
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
            if (provisions.containsKey(n.value())) continue;
            missing("provision:" + n.value(), n.at(), "unknown provision " + n.value(),
                    "provisions are numbered 1 to " + provisions.size());
        }
    }

    /** Each provision has one entry per document, for documents that exist, citing known sources. */
    private void versions(Content content, Map<String, PlanDocument> documents, Map<String, Source> sources) {
        for (PlanDocument d : content.documents()) known(d.sources(), sources.keySet(), "source");
        for (Provision p : content.provisions()) {
            Set<String> seen = new HashSet<>();
            for (Version v : p.versions()) {
                String doc = v.document().id();
                if (!doc.isEmpty() && !documents.containsKey(doc)) {
                    diagnostics.error(v.document().at(), "unknown document '" + doc + "'",
                            Suggest.didYouMean(doc, documents.keySet()));
                } else if (!seen.add(doc)) {
                    diagnostics.error(v.document().at(), "document '" + doc + "' already has a version entry in this provision");
                }
                known(v.sources(), sources.keySet(), "source");
            }
            for (String doc : documents.keySet()) {
                if (!seen.contains(doc)) {
                    diagnostics.error(p.at(), "provision " + p.number() + " has no version entry for document '" + doc + "'",
                            "add it under versions:, with status: unknown if the sources are silent");
                }
            }
        }
    }

    /**
     * Which notes cite each source, for the sources page: a note cites what its body cites and what its
     * front matter names (text sources, reaction sources, version sources, event sources).
     */
    private static Map<String, List<Citer>> citedBy(SiteModel site, Map<Body, ResolvedBody> bodies) {
        Map<String, Set<Citer>> out = new TreeMap<>();
        String label = site.content().explainer().provisionLabel();
        for (Provision p : site.provisions().values()) {
            Citer c = new Citer(Titles.provision(p, label), Urls.provision(p.slug()));
            cite(out, c, p.textSources());
            p.versions().forEach(v -> cite(out, c, v.sources()));
            citeBody(out, c, bodies.get(p.body()));
        }
        for (Reaction r : site.content().reactions()) {
            Citer c = new Citer(Titles.reaction(r, site.actorOf(r)), Urls.reaction(r.slug()));
            cite(out, c, r.sources());
            citeBody(out, c, bodies.get(r.body()));
        }
        for (PlanDocument d : site.content().documents()) {
            Citer c = new Citer(d.title(), Urls.document(d.id()));
            cite(out, c, d.sources());
            d.notes().ifPresent(b -> citeBody(out, c, bodies.get(b)));
        }
        for (Event e : site.content().events()) {
            cite(out, new Citer("Timeline: " + e.title(), Urls.timeline()), e.sources());
        }
        for (Page p : site.content().pages()) citeBody(out, new Citer(p.title(), Urls.page(p.slug())), bodies.get(p.body()));
        site.content().home().ifPresent(b -> citeBody(out, new Citer(site.content().explainer().title(), Urls.home()), bodies.get(b)));
        Map<String, List<Citer>> frozen = new LinkedHashMap<>();
        out.forEach((id, citers) -> frozen.put(id, List.copyOf(citers)));
        return Collections.unmodifiableMap(frozen);
    }

    private static void cite(Map<String, Set<Citer>> out, Citer citer, List<Ref> sources) {
        for (Ref s : sources) out.computeIfAbsent(s.id(), k -> new java.util.LinkedHashSet<>()).add(citer);
    }

    private static void citeBody(Map<String, Set<Citer>> out, Citer citer, ResolvedBody body) {
        if (body == null) return;
        for (String id : body.citedSources().stream().sorted().toList()) {
            out.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>()).add(citer);
        }
    }

    private <T> Map<String, T> index(List<T> items, Function<T, String> id, Function<T, Location> at, String what) {
        Map<String, T> out = new TreeMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key.isEmpty()) continue;
            T earlier = out.putIfAbsent(key, item);
            if (earlier != null) {
                diagnostics.error(at.apply(item), "duplicate " + what + " id '" + key + "'",
                        "it is already defined at " + at.apply(earlier));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private void known(List<Ref> refs, Collection<String> known, String what) {
        for (Ref r : refs) {
            if (r.id().isEmpty() || known.contains(r.id())) continue;
            Optional<Path> broken = gaps.unreadable(what + "s");
            if (broken.isPresent()) diagnostics.suppress(broken.get()); // the registry did not load: one error, there
            else diagnostics.error(r.at(), "unknown " + what + " '" + r.id() + "'", Suggest.didYouMean(r.id(), known));
        }
    }

    /**
     * Reports a reference to a note that is not published: counted, not shown, when the note could not
     * be read; said plainly when it is a draft; an unknown reference otherwise.
     */
    private void missing(String key, Location at, String message, String hint) {
        if (gaps.unreadable(key).isPresent()) {
            diagnostics.suppress(gaps.unreadable(key).get());
        } else if (gaps.draft(key).isPresent()) {
            diagnostics.error(at, message + ": it is a draft (" + gaps.draft(key).get().toString().replace('\\', '/') + ")",
                    "publish it by removing draft: true there, or remove this reference");
        } else {
            diagnostics.error(at, message, hint);
        }
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Bodies keyed by identity: two notes with the same text are still two bodies. */
    static <V> Map<Body, V> byBody() {
        return new IdentityHashMap<>();
    }
}
