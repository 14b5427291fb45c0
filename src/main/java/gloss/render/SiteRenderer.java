package gloss.render;

import gloss.content.Actor;
import gloss.content.Body;
import gloss.content.Diagnostics;
import gloss.content.Explainer;
import gloss.content.Page;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Stance;
import gloss.content.Topic;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the site model into pages: builds each page's view records (numbering its citations as it goes,
 * in reading order) and runs its template. Pages render in parallel; the sources page comes last since
 * it lists every page that cites each source.
 */
public final class SiteRenderer {
    private final SiteModel site;
    private final Markdown markdown;
    private final Templates templates;
    private final Diagnostics diagnostics;
    private final Map<Body, ParsedBody> parsed;
    private final Explainer explainer;
    /** How many reactions to the whole plan a provision page names before linking to the index. */
    private static final int GENERAL_REACTIONS_SHOWN = 5;
    private final Map<Integer, View.ProvisionLink> provisionLinks = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteRenderer(SiteModel site, Markdown markdown, Templates templates, Map<Body, ParsedBody> parsed,
                        Diagnostics diagnostics) {
        this.site = site;
        this.markdown = markdown;
        this.templates = templates;
        this.parsed = parsed;
        this.diagnostics = diagnostics;
        this.explainer = site.content().explainer();
    }

    /**
     * One page to render: its URL, the record it presents ({@code null} for section pages) and the work.
     * {@code gloss serve} keys pages by URL and reuses a page whose subject and inputs did not change.
     */
    public record PageJob(String url, Object subject, Supplier<Optional<RenderedPage>> render) {}

    /** Every page but the sources page, which is made from the others (see {@link #renderSources}). */
    public List<PageJob> jobs() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(new PageJob(Urls.home(), null, this::home));
        site.provisions().values().forEach(p -> jobs.add(new PageJob(Urls.provision(p.slug()), p, () -> provision(p))));
        jobs.add(new PageJob(Urls.reactions(), null, this::reactionsIndex));
        jobs.add(new PageJob(Urls.matrix(), null, this::matrix));
        jobs.add(new PageJob(Urls.search(), null, this::search));
        for (Stance st : Stance.values()) jobs.add(new PageJob(Urls.stance(st.key()), st, () -> stancePage(st)));
        countries().forEach(c -> jobs.add(new PageJob(Urls.country(c), c, () -> countryPage(c))));
        site.content().reactions().forEach(r -> jobs.add(new PageJob(Urls.reaction(r.slug()), r, () -> reaction(r))));
        jobs.add(new PageJob(Urls.actors(), null, this::actorsIndex));
        site.actors().values().forEach(a -> jobs.add(new PageJob(Urls.actor(a.id()), a, () -> actor(a))));
        site.topics().values().forEach(t -> jobs.add(new PageJob(Urls.topic(t.id()), t, () -> topic(t))));
        site.content().pages().forEach(p -> jobs.add(new PageJob(Urls.page(p.slug()), p, () -> page(p))));
        jobs.add(new PageJob(Urls.timeline(), null, this::timeline));
        if (!site.content().documents().isEmpty()) {
            jobs.add(new PageJob(Urls.versions(), null, this::comparison));
            site.content().documents().forEach(d -> jobs.add(new PageJob(Urls.document(d.id()), d, () -> document(d))));
        }
        jobs.add(new PageJob("404.html", null, this::notFound));
        return jobs;
    }

    /** The sources page: it lists, for each source, the other pages that cite it. */
    public Optional<RenderedPage> renderSources(List<RenderedPage> otherPages) {
        return sources(otherPages);
    }

    // ---- pages -----------------------------------------------------------------------------------

    private Optional<RenderedPage> home() {
        String url = Urls.home();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        String intro = site.content().home().map(b -> markdown.render(parsed.get(b), refs)).orElse("");
        List<View.TopicGroup> groups = topicGroups(refs);
        List<View.ReactionCard> latest = site.content().reactions().stream()
                .sorted(Comparator.comparing(Reaction::date).reversed().thenComparing(Reaction::slug))
                .limit(6).map(r -> card(r, refs)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("intro", intro);
        model.put("groups", groups);
        model.put("latest", latest);
        model.put("documents", site.content().documents().stream().map(d -> documentView(d, null)).toList());
        model.put("counts", Map.of("provisions", site.provisions().size(), "reactions", site.reactions().size(),
                "actors", site.actors().size(), "sources", site.sources().size(), "events", site.content().events().size()));
        View.Meta meta = meta(url, explainer.title(), explainer.description(), List.of(), "website", "home", null);
        return render("home.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> provision(Provision p) {
        String url = Urls.provision(p.slug());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        String textMarkers = refs.markers(p.textSources());
        String annotation = markdown.render(parsed.get(p.body()), refs);
        List<View.ReactionCard> reactions = site.reactionsTo(p.number()).stream()
                .filter(r -> !r.allProvisions())
                .sorted(Comparator.comparing(Reaction::date).thenComparing(Reaction::slug))
                .map(r -> card(r, refs)).toList();
        // Reactions to the plan as a whole concern every point; listing them all in full on each of the
        // 28 pages would bury the ones about this point, so the page names the latest few and links on.
        List<Reaction> general = site.reactionsTo(p.number()).stream().filter(Reaction::allProvisions)
                .sorted(Comparator.comparing(Reaction::date).reversed().thenComparing(Reaction::slug)).toList();
        Provision prev = site.provisions().get(p.number() - 1);
        Provision next = site.provisions().get(p.number() + 1);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provision", provisionLink(p));
        model.put("text", p.text());
        model.put("textMarkers", textMarkers);
        model.put("annotation", annotation);
        model.put("reactions", reactions);
        model.put("versions", versionRows(p, refs));
        model.put("generalCount", general.size());
        model.put("general", general.stream().limit(GENERAL_REACTIONS_SHOWN).map(this::reactionLink).toList());
        model.put("total", site.provisions().size());
        if (prev != null) model.put("prev", new View.Neighbour("Point " + prev.number(), prev.title(), Urls.provision(prev.slug())));
        if (next != null) model.put("next", new View.Neighbour("Point " + next.number(), next.title(), Urls.provision(next.slug())));
        String title = "Point " + p.number() + ": " + p.title();
        LocalDate modified = explainer.updated();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", title);
        ld.put("description", p.summary());
        ld.put("datePublished", explainer.published().toString());
        ld.put("dateModified", modified.toString());
        ld.put("inLanguage", explainer.language());
        ld.put("mainEntityOfPage", explainer.baseUrl() + url);
        ld.put("author", explainer.authors().stream().map(a -> new java.util.TreeMap<>(Map.of("@type", "Organization", "name", a))).toList()); // sorted: Map.of order varies per JVM
        ld.put("publisher", new java.util.TreeMap<>(Map.of("@type", "Organization", "name", explainer.publisher())));
        View.Meta meta = meta(url, title, p.summary(),
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Point " + p.number(), url)),
                "article", "provisions", Json.write(ld));
        return render("provision.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> reaction(Reaction r) {
        String url = Urls.reaction(r.slug());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        View.ReactionCard card = card(r, refs);
        String body = markdown.render(parsed.get(r.body()), refs);
        String sourceMarkers = refs.markers(r.sources());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reaction", card);
        model.put("body", body);
        model.put("sourceMarkers", sourceMarkers);
        View.Meta meta = meta(url, card.title(), r.summary().orElse(card.title()),
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Reactions", Urls.reactions()),
                        new View.Crumb(card.actor().name() + ", " + card.date(), url)),
                "article", "reactions", null);
        return render("reaction.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> reactionsIndex() {
        return reactionList(Urls.reactions(), "Reactions", "Who said what about the plan, in date order.",
                site.content().reactions(), List.of());
    }

    private Optional<RenderedPage> stancePage(Stance stance) {
        String url = Urls.stance(stance.key());
        return reactionList(url, "Reactions: " + stance.label(), "Reactions recorded with the stance “" + stance.label() + "”.",
                site.content().reactions().stream().filter(r -> r.stance() == stance).toList(),
                List.of(new View.Crumb(stance.label(), url)));
    }

    private Optional<RenderedPage> countryPage(String country) {
        String url = Urls.country(country);
        return reactionList(url, "Reactions: " + country, "Reactions from " + country + ".",
                reactionsByCountry().getOrDefault(country, List.of()), List.of(new View.Crumb(country, url)));
    }

    /** The reactions index and its server-rendered filtered views share one template. */
    private Optional<RenderedPage> reactionList(String url, String title, String standfirst, List<Reaction> reactions,
                                                List<View.Crumb> extraCrumbs) {
        PageRefs refs = new PageRefs(site, url, diagnostics);
        List<View.ReactionCard> cards = reactions.stream().map(r -> card(r, refs)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reactions", cards);
        model.put("standfirst", standfirst);
        model.put("filtered", !extraCrumbs.isEmpty());
        model.put("stances", java.util.Arrays.stream(Stance.values())
                .map(st -> new View.Filter(st.label(), Urls.stance(st.key()),
                        (int) site.content().reactions().stream().filter(r -> r.stance() == st).count())).toList());
        model.put("countries", reactionsByCountry().entrySet().stream()
                .map(e -> new View.Filter(e.getKey(), Urls.country(e.getKey()), e.getValue().size())).toList());
        model.put("actors", site.actors().values().stream().filter(a -> site.reactionsByActor().containsKey(a.id()))
                .sorted(Comparator.comparing(Actor::name))
                .map(a -> new View.Filter(a.name(), Urls.actor(a.id()), site.reactionsByActor().get(a.id()).size())).toList());
        List<View.Crumb> crumbs = new ArrayList<>(List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Reactions", Urls.reactions())));
        crumbs.addAll(extraCrumbs);
        View.Meta meta = meta(url, title, standfirst, crumbs, "website", "reactions", null);
        return render("reactions.ftlh", url, meta, refs, model);
    }

    private List<String> countries() {
        return List.copyOf(reactionsByCountry().keySet());
    }

    /**
     * Reactions by their actor's country, countries sorted, reactions in content order. Made afresh for
     * each page that asks, never cached in the renderer: {@code serve} shares a renderer between pages
     * and records what each page reads, so a cached answer would hide a page's dependence on reactions.
     */
    private Map<String, List<Reaction>> reactionsByCountry() {
        Map<String, List<Reaction>> map = new TreeMap<>();
        for (Reaction r : site.content().reactions()) {
            String country = countryOf(r);
            if (country != null) map.computeIfAbsent(country, c -> new ArrayList<>()).add(r);
        }
        return map;
    }

    private String countryOf(Reaction r) {
        Actor a = site.actors().get(r.actor().id());
        return a == null ? null : a.country();
    }

    /** Who reacted to which point: a row per country or organisation, a column per provision. */
    private Optional<RenderedPage> matrix() {
        String url = Urls.matrix();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        List<View.MatrixRow> rows = new ArrayList<>();
        Map<String, List<Reaction>> byCountry = reactionsByCountry();
        for (String country : byCountry.keySet()) {
            List<Reaction> mine = byCountry.get(country);
            // the country's reactions by the point they concern, once, rather than a scan per point
            Map<Integer, List<View.CellEntry>> byPoint = new java.util.HashMap<>();
            for (Reaction r : mine) {
                if (r.allProvisions()) continue;
                View.CellEntry cell = cell(r);
                r.provisions().stream().map(gloss.content.ProvisionNumber::value).distinct()
                        .forEach(n -> byPoint.computeIfAbsent(n, k -> new ArrayList<>()).add(cell));
            }
            List<List<View.CellEntry>> cells = new ArrayList<>();
            for (Provision p : site.provisions().values()) {
                cells.add(byPoint.getOrDefault(p.number(), List.of()));
            }
            rows.add(new View.MatrixRow(country, Urls.country(country), cells,
                    mine.stream().filter(Reaction::allProvisions).map(this::cell).toList()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", rows);
        model.put("provisions", site.provisions().values().stream().map(this::provisionLink).toList());
        model.put("stances", java.util.Arrays.stream(Stance.values()).map(st -> new View.Filter(st.label(), Urls.stance(st.key()), 0)).toList());
        View.Meta meta = meta(url, "Who reacted to which point", "A table of countries and organisations against the 28 points, with the stance of each reaction.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Reactions", Urls.reactions()),
                        new View.Crumb("Matrix", url)), "website", "reactions", null);
        return render("matrix.ftlh", url, meta, refs, model);
    }

    private View.CellEntry cell(Reaction r) {
        Actor a = site.actors().get(r.actor().id());
        return new View.CellEntry(r.stance().key(), r.stance().label(), Urls.reaction(r.slug()),
                a == null ? r.actor().id() : a.name(), Dates.shortForm(r.date()));
    }

    private Optional<RenderedPage> search() {
        String url = Urls.search();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("searchFiles", Map.of("library", Urls.searchLibrary(), "documents", Urls.searchDocuments(),
                "sources", Urls.searchSources(), "text", Urls.searchText()));
        View.Meta meta = meta(url, "Search", "Search the points of the plan, reactions, people, topics, timeline, versions and sources of the explainer.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Search", url)), "website", "search", null);
        return render("search.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> actor(Actor a) {
        String url = Urls.actor(a.id());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        List<View.ReactionCard> cards = site.reactionsByActor().getOrDefault(a.id(), List.of()).stream()
                .map(r -> card(r, refs)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("actor", actorView(a));
        model.put("reactions", cards);
        View.Meta meta = meta(url, a.name(), a.name() + ", " + a.role() + ": reactions to the 28-point plan.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Actors", Urls.actors()), new View.Crumb(a.name(), url)),
                "profile", "actors", null);
        return render("actor.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> actorsIndex() {
        String url = Urls.actors();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, List<View.ActorView>> byCountry = new TreeMap<>();
        for (Actor a : site.actors().values()) {
            byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(actorView(a));
        }
        List<View.CountryGroup> groups = byCountry.entrySet().stream()
                .map(e -> new View.CountryGroup(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparing(View.ActorView::name)).toList())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groups", groups);
        View.Meta meta = meta(url, "Actors", "The people and bodies whose reactions this explainer records.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Actors", url)), "website", "actors", null);
        return render("actors.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> topic(Topic t) {
        String url = Urls.topic(t.id());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("topic", new View.TopicLink(t.id(), t.title(), url));
        model.put("summary", t.summary());
        model.put("provisions", site.provisionsByTopic().getOrDefault(t.id(), List.of()).stream()
                .map(this::provisionLink).toList());
        View.Meta meta = meta(url, t.title(), t.summary(),
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb(t.title(), url)), "website", "topics", null);
        return render("topic.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> page(Page p) {
        String url = Urls.page(p.slug());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("body", markdown.render(parsed.get(p.body()), refs));
        View.Meta meta = meta(url, p.title(), p.title() + " — " + explainer.title(),
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb(p.title(), url)), "website", p.slug(), null);
        return render("page.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> timeline() {
        String url = Urls.timeline();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        List<String> anchors = Urls.eventAnchors(site.content().events());
        List<View.EventView> events = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            var e = site.content().events().get(i);
            events.add(new View.EventView(anchors.get(i), Dates.longForm(e.date()), e.date().toString(), e.title(),
                    e.summary(), refs.markers(e.sources())));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("events", events);
        View.Meta meta = meta(url, "Timeline", "The dated events around the 28-point plan, from its drafting to the later talks.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Timeline", url)), "website", "timeline", null);
        return render("timeline.ftlh", url, meta, refs, model);
    }

    private List<View.VersionRow> versionRows(Provision p, PageRefs refs) {
        List<View.VersionRow> rows = new ArrayList<>();
        for (gloss.content.PlanDocument d : site.content().documents()) {
            gloss.content.Version v = p.versions().stream().filter(x -> x.document().id().equals(d.id())).findFirst().orElse(null);
            if (v == null) continue;
            String text = v.text().orElse(null);
            String diff = v.status() == gloss.content.VersionStatus.CHANGED && text != null ? WordDiff.html(p.text(), text) : null;
            // 'into' numbers a point of the later document, not one of the 28.
            String mergedInto = v.into().map(n -> "point " + n + " of this document").orElse(null);
            rows.add(new View.VersionRow(documentView(d, null), Urls.versionAnchor(d.id()), v.status().key(),
                    v.status().label(), v.number().map(String::valueOf).orElse(null), text, diff, mergedInto,
                    refs.markers(v.sources())));
        }
        return rows;
    }

    private View.DocumentView documentView(gloss.content.PlanDocument d, PageRefs refs) {
        return new View.DocumentView(d.id(), d.title(), Urls.document(d.id()), Dates.longForm(d.date()), d.date().toString(),
                d.proposer(), d.status().key(), d.status().label(), d.summary().orElse(null),
                refs == null ? "" : refs.markers(d.sources()));
    }

    /** Provisions × documents: what each later version did with each point. */
    private Optional<RenderedPage> comparison() {
        String url = Urls.versions();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        List<gloss.content.PlanDocument> docs = site.content().documents();
        List<View.ComparisonRow> rows = site.provisions().values().stream().map(p -> new View.ComparisonRow(provisionLink(p),
                docs.stream().map(d -> p.versions().stream().filter(v -> v.document().id().equals(d.id())).findFirst()
                        .map(v -> new View.ComparisonCell(v.status().key(), v.status().label(),
                                Urls.provision(p.slug()) + "#" + Urls.versionAnchor(d.id()),
                                v.number().map(String::valueOf).orElse(null)))
                        .orElse(new View.ComparisonCell("unknown", "Not known", Urls.provision(p.slug()), null))).toList()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("documents", docs.stream().map(d -> documentView(d, refs)).toList());
        model.put("rows", rows);
        View.Meta meta = meta(url, "How the plan changed", "Each of the 28 points, traced through the later versions of the plan.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Versions", url)), "website", "versions", null);
        return render("versions.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> document(gloss.content.PlanDocument d) {
        String url = Urls.document(d.id());
        PageRefs refs = new PageRefs(site, url, diagnostics);
        View.DocumentView view = documentView(d, refs);
        List<View.DocumentPoint> points = site.provisions().values().stream().map(p -> p.versions().stream()
                .filter(v -> v.document().id().equals(d.id())).findFirst()
                .map(v -> new View.DocumentPoint(provisionLink(p), v.status().key(), v.status().label(),
                        v.number().map(String::valueOf).orElse(null), v.into().map(String::valueOf).orElse(null))))
                .flatMap(Optional::stream).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("document", view);
        model.put("points", points);
        model.put("notes", d.notes().map(b -> markdown.render(parsed.get(b), refs)).orElse(""));
        View.Meta meta = meta(url, d.title(), d.summary().orElse(d.title()),
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Versions", Urls.versions()),
                        new View.Crumb(d.title(), url)), "article", "versions", null);
        return render("document.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> notFound() {
        String url = "404.html";
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provisions", site.provisions().values().stream().map(this::provisionLink).toList());
        View.Meta meta = meta(url, "Page not found", "This page does not exist.", List.of(), "website", "404", null);
        // A 404 page is served at whatever address was missing, so its links start from the site's own path.
        String base = java.net.URI.create(explainer.baseUrl()).getPath();
        meta = withRoot(meta, base == null || base.isEmpty() ? "/" : base);
        return render("404.ftlh", url, meta, refs, model);
    }

    private Optional<RenderedPage> sources(List<RenderedPage> pages) {
        String url = Urls.sources();
        Map<String, List<View.CitedBy>> citedBy = new TreeMap<>();
        for (RenderedPage page : pages.stream().sorted(Comparator.comparing(RenderedPage::url)).toList()) {
            for (String id : page.citedSources()) {
                citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(new View.CitedBy(page.title(), page.url()));
            }
        }
        List<View.SourceEntry> entries = site.sources().values().stream()
                .sorted(Comparator.comparing((Source s) -> s.publisher().toLowerCase()).thenComparing(Source::date)
                        .thenComparing(Source::id))
                .map(s -> new View.SourceEntry(View.source(s), citedBy.getOrDefault(s.id(), List.of())))
                .toList();
        PageRefs refs = new PageRefs(site, url, diagnostics);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sources", entries);
        model.put("stateMedia", entries.stream().filter(e -> e.source().stateMedia()).count());
        model.put("lowReliability", entries.stream().filter(e -> e.source().lowReliability()).count());
        View.Meta meta = meta(url, "Sources", "Every source this explainer cites, with the pages that cite it.",
                List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Sources", url)), "website", "sources", null);
        return render("sources.ftlh", url, meta, refs, model);
    }

    // ---- view helpers ----------------------------------------------------------------------------

    private Optional<RenderedPage> render(String template, String url, View.Meta meta, PageRefs refs,
                                          Map<String, Object> model) {
        model.put("meta", meta);
        model.put("refs", refs.references());
        model.put("hasVersions", !site.content().documents().isEmpty());
        return templates.render(template, model, diagnostics)
                .map(html -> new RenderedPage(url, meta.title(), template, html, refs.anchors(), refs.citedSourceIds()));
    }

    private View.Meta meta(String url, String title, String description, List<View.Crumb> crumbs, String ogType,
                           String section, String jsonLd) {
        String fullTitle = url.isEmpty() ? explainer.title() : title + " — " + explainer.title();
        return new View.Meta(title, fullTitle, description, explainer.baseUrl() + url, Urls.rootFrom(url), url,
                explainer.language(), explainer.title(), explainer.subtitle(), explainer.publisher(), ogType,
                explainer.published().toString(), explainer.updated().toString(), Dates.longForm(explainer.updated()),
                jsonLd, crumbs, section, false);
    }

    private static View.Meta withRoot(View.Meta m, String root) {
        return new View.Meta(m.title(), m.fullTitle(), m.description(), m.canonical(), root, m.url(), m.lang(),
                m.siteTitle(), m.siteSubtitle(), m.publisher(), m.ogType(), m.published(), m.modified(),
                m.modifiedLabel(), m.jsonLd(), m.crumbs(), m.section(), m.draft());
    }

    private List<View.TopicGroup> topicGroups(PageRefs refs) {
        // Each provision appears once, under its first (primary) topic, in topic-registry order.
        Map<String, List<View.ProvisionLink>> byPrimary = new LinkedHashMap<>();
        for (Provision p : site.provisions().values()) {
            String primary = p.topics().isEmpty() ? "" : p.topics().get(0).id();
            byPrimary.computeIfAbsent(primary, k -> new ArrayList<>()).add(provisionLink(p));
        }
        List<View.TopicGroup> out = new ArrayList<>();
        for (Topic t : site.content().topics()) {
            List<View.ProvisionLink> list = byPrimary.get(t.id());
            if (list != null) out.add(new View.TopicGroup(new View.TopicLink(t.id(), t.title(), Urls.topic(t.id())), t.summary(), list));
        }
        return out;
    }

    /** Every card and list shows provision links; they depend only on the model, so compute each once. */
    View.ProvisionLink provisionLink(Provision p) {
        return provisionLinks.computeIfAbsent(p.number(), n -> newProvisionLink(p));
    }

    private View.ProvisionLink newProvisionLink(Provision p) {
        List<Reaction> reactions = site.reactionsTo(p.number());
        boolean disputed = reactions.stream().anyMatch(r -> !r.allProvisions()
                && (r.stance() == Stance.OPPOSES || r.stance() == Stance.MIXED));
        List<View.TopicLink> topics = p.topics().stream().map(Ref::id).filter(site.topics()::containsKey)
                .map(id -> new View.TopicLink(id, site.topics().get(id).title(), Urls.topic(id))).toList();
        return new View.ProvisionLink(p.number(), p.title(), p.summary(), Urls.provision(p.slug()),
                (int) reactions.stream().filter(r -> !r.allProvisions()).count(), disputed, p.weakSourcing(), topics);
    }

    private View.ActorView actorView(Actor a) {
        return View.actor(a, Urls.actor(a.id()), site.reactionsByActor().getOrDefault(a.id(), List.of()).size());
    }

    private View.ReactionLink reactionLink(Reaction r) {
        Actor a = site.actors().get(r.actor().id());
        String name = a == null ? r.actor().id() : a.name();
        String date = Dates.shortForm(r.date());
        return new View.ReactionLink(Urls.reaction(r.slug()), r.title().orElse(name + ": " + r.medium() + ", " + date),
                name, date, r.date().toString(), r.stance().key(), r.stance().label());
    }

    private View.ReactionCard card(Reaction r, PageRefs refs) {
        Actor a = site.actors().get(r.actor().id());
        View.ActorView actor = a == null ? new View.ActorView(r.actor().id(), r.actor().id(), "", "", "", Urls.actors(), 0)
                : actorView(a);
        String date = Dates.shortForm(r.date());
        String title = r.title().orElse(actor.name() + ": " + r.medium() + ", " + date);
        String quoteMarkers = r.quote().isPresent()
                ? refs.markers(r.quoteSources().isEmpty() ? r.sources() : r.quoteSources()) : "";
        List<View.ProvisionLink> provisions = r.allProvisions() ? List.of()
                : r.provisions().stream().map(n -> site.provisions().get(n.value()))
                .filter(java.util.Objects::nonNull).distinct().map(this::provisionLink).collect(Collectors.toList());
        return new View.ReactionCard(r.slug(), Urls.reaction(r.slug()), title, actor, date, r.date().toString(),
                r.medium(), r.stance().key(), r.stance().label(), r.quote().orElse(null), quoteMarkers,
                r.summary().orElse(null), r.allProvisions(), provisions);
    }

}
