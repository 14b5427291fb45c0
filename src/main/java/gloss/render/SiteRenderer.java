package gloss.render;

import freemarker.template.TemplateScalarModel;
import gloss.content.Actor;
import gloss.content.Diagnostics;
import gloss.content.DocumentTerms;
import gloss.content.Event;
import gloss.content.Explainer;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Stance;
import gloss.content.Topic;
import gloss.content.Version;
import gloss.content.VersionStatus;
import gloss.markdown.Headings;
import gloss.markdown.Markdown;
import gloss.site.Anchors;
import gloss.site.PageDates;
import gloss.site.ResolvedBody;
import gloss.site.SiteModel;
import gloss.site.SitePages;
import gloss.site.SocialCard;
import gloss.site.Titles;
import gloss.site.Urls;
import gloss.text.Dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the resolved model into pages: builds each page's view records and runs its template. It
 * looks nothing up that could be missing (the resolve step has checked every reference), so it cannot
 * fail on content; a template's own error is reported at the template's line. Thread-safe: pages
 * render in parallel, each with its own {@link PageCitations}.
 */
public final class SiteRenderer {
    /** How many reactions to the whole plan a provision page names before linking to the index. */
    private static final int GENERAL_REACTIONS_SHOWN = 5;

    private final SiteModel site;
    private final Markdown markdown;
    private final Templates templates;
    private final Explainer explainer;
    private final DocumentTerms doc;
    private final Map<Integer, View.ProvisionLink> provisionLinks = new ConcurrentHashMap<>();
    private final PageDates dates;
    private final EventViews events;

    public SiteRenderer(SiteModel site, Markdown markdown, Templates templates) {
        this.site = site;
        this.markdown = markdown;
        this.templates = templates;
        this.explainer = site.content().explainer();
        this.doc = explainer.document();
        this.dates = new PageDates(site);
        this.events = new EventViews(site);
    }

    /**
     * One body as a page would contain it, for {@code gloss render}: its HTML with citations numbered
     * in reading order, then the list of the sources it cites, as plain HTML without the page's template.
     */
    public String renderBody(ResolvedBody body, String pageUrl) {
        PageCitations cites = new PageCitations(site, markdown, Urls.rootFrom(pageUrl));
        StringBuilder out = new StringBuilder();
        try {
            out.append(cites.body(body).getAsString());
            if (!cites.referenceList().isEmpty()) {
                out.append("<section class=\"references\">\n<h2>Sources cited</h2>\n<ol>\n");
                for (View.Reference r : cites.referenceList()) {
                    View.SourceView s = r.source();
                    out.append("<li id=\"ref-").append(r.number()).append("\">")
                            .append(gloss.text.Html.escape(s.publisher())).append(", ")
                            .append(s.url() == null ? gloss.text.Html.escape(s.title())
                                    : "<a href=\"" + gloss.text.Html.escape(s.url()) + "\">" + gloss.text.Html.escape(s.title()) + "</a>")
                            .append(", <time datetime=\"").append(s.isoDate()).append("\">").append(s.date()).append("</time>");
                    r.uses().stream().map(View.Use::locator).filter(java.util.Objects::nonNull)
                            .forEach(l -> out.append(" (").append(gloss.text.Html.escape(l)).append(")"));
                    out.append("</li>\n");
                }
                out.append("</ol>\n</section>\n");
            }
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e); // deferred values made here never fail
        }
        return out.toString();
    }

    /** Whether both renderers use the same templates (serve keeps them while no template changes). */
    public boolean sameTemplates(SiteRenderer other) {
        return templates == other.templates;
    }

    /** Renders one page; empty when its template failed (reported to {@code diagnostics}). */
    public Optional<RenderedPage> render(SitePages.Spec page, Diagnostics diagnostics) {
        Page p = new Page(page.url(), new PageCitations(site, markdown, Urls.rootFrom(page.url())), dates.of(page), diagnostics);
        return switch (page.kind()) {
            case HOME -> home(p);
            case PLAN -> plan(p);
            case PROVISION -> provision(p, (Provision) page.subject());
            case REACTIONS -> reactionList(p, "Reactions", "Who said what about " + doc.name() + ", in date order.",
                    site.content().reactions(), List.of());
            case MATRIX -> matrix(p);
            case SEARCH -> search(p);
            case STANCE -> stance(p, (Stance) page.subject());
            case COUNTRY -> country(p, (String) page.subject());
            case REACTION -> reaction(p, (Reaction) page.subject());
            case ACTORS -> actors(p);
            case ACTOR -> actor(p, (Actor) page.subject());
            case TOPIC -> topic(p, (Topic) page.subject());
            case PAGE -> page(p, (gloss.content.Page) page.subject());
            case TIMELINE -> timeline(p);
            case VERSIONS -> versions(p);
            case DOCUMENT -> document(p, (PlanDocument) page.subject());
            case SOURCES -> sources(p);
            case NOT_FOUND -> notFound(p);
        };
    }

    /** One page being rendered: its URL, its citations, when what it shows last changed, where template problems go. */
    private record Page(String url, PageCitations cites, java.time.LocalDate updated, Diagnostics diagnostics) {}

    // ---- pages -----------------------------------------------------------------------------------

    private Optional<RenderedPage> home(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        site.content().standing().ifPresent(s -> model.put("standing", new View.Standing(s.title(), Dates.longForm(s.date()),
                s.date().toString(), page.cites().body(site.body(s.body())))));
        model.put("intro", site.home().map(page.cites()::body).orElse(null));
        model.put("points", site.provisions().values().stream().map(this::provisionLink).toList());
        model.put("groups", topicGroups());
        model.put("latest", site.content().reactions().stream()
                .sorted(Comparator.comparing(Reaction::date).reversed().thenComparing(Reaction::slug))
                .limit(6).map(r -> card(r, page)).toList());
        model.put("documents", site.content().documents().stream().map(d -> documentView(d, null)).toList());
        model.put("counts", Map.of("provisions", site.provisions().size(), "reactions", site.reactions().size(),
                "actors", (int) site.actors().keySet().stream().filter(site.reactionsByActor()::containsKey).count(),
                "sources", site.sources().size(), "events", site.content().events().size()));
        View.Meta meta = meta(page, explainer.title(), explainer.description(), List.of(), "website", "home", null);
        return render(page, "home.ftlh", meta, model);
    }

    /** The whole document on one page, every provision in order with its paraphrase and status. */
    private Optional<RenderedPage> plan(Page page) {
        List<View.PlanPoint> points = site.provisions().values().stream().map(p -> planPoint(p, page)).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("points", points);
        String title = doc.name().substring(0, 1).toUpperCase() + doc.name().substring(1) + ", in full";
        View.Meta meta = meta(page, title, "Every " + doc.provision() + " of " + doc.name() + " in order, paraphrased, "
                + "with links to the annotated page of each.", crumbs(new View.Crumb(title, page.url())), "website", "plan", null);
        return render(page, "plan.ftlh", meta, model);
    }

    private Optional<RenderedPage> provision(Page page, Provision p) {
        ResolvedBody body = site.body(p.body());
        List<View.ReactionCard> reactions = site.reactionsTo(p.number()).stream()
                .filter(r -> !r.allProvisions())
                .sorted(Comparator.comparing(Reaction::date).thenComparing(Reaction::slug))
                .map(r -> card(r, page)).toList();
        // Reactions to the plan as a whole concern every point; listing them all in full on each of the
        // provision pages would bury the ones about this point, so the page names the latest few and links on.
        List<Reaction> general = site.reactionsTo(p.number()).stream().filter(Reaction::allProvisions)
                .sorted(Comparator.comparing(Reaction::date).reversed().thenComparing(Reaction::slug)).toList();
        List<View.VersionRow> versions = versionRows(p, page);
        Provision prev = site.provisions().get(p.number() - 1);
        Provision next = site.provisions().get(p.number() + 1);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provision", provisionLink(p));
        model.put("text", p.text());
        model.put("textMarkers", page.cites().markers(p.textSources()));
        model.put("annotation", page.cites().body(body));
        List<View.EventLink> onTimeline = events.aboutProvision(p.number());
        model.put("toc", toc(body, versions.isEmpty() ? null : "How later drafts treated this " + doc.provision(), !onTimeline.isEmpty()));
        model.put("events", onTimeline);
        model.put("reactions", reactions);
        model.put("versions", versions);
        model.put("corrections", CorrectionViews.of(p.corrections(), page.cites()));
        model.put("generalCount", general.size());
        model.put("general", general.stream().limit(GENERAL_REACTIONS_SHOWN).map(this::reactionLink).toList());
        model.put("total", site.provisions().size());
        model.put("socialImage", new View.SocialImage(explainer.baseUrl() + SocialCard.path(p.slug()), SocialCard.WIDTH,
                SocialCard.HEIGHT, doc.label() + " " + p.number() + " of " + site.provisions().size() + ": " + p.title()));
        if (prev != null) model.put("prev", new View.Neighbour(doc.label() + " " + prev.number(), prev.title(), Urls.provision(prev.slug())));
        if (next != null) model.put("next", new View.Neighbour(doc.label() + " " + next.number(), next.title(), Urls.provision(next.slug())));
        String title = Titles.provision(p, doc.label());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", title);
        ld.put("description", p.summary());
        ld.put("datePublished", explainer.published().toString());
        ld.put("dateModified", page.updated().toString());
        ld.put("inLanguage", explainer.language());
        ld.put("mainEntityOfPage", explainer.baseUrl() + page.url());
        ld.put("author", explainer.authors().stream().map(a -> new TreeMap<>(Map.of("@type", "Organization", "name", a))).toList()); // sorted: Map.of order varies per JVM
        ld.put("publisher", new TreeMap<>(Map.of("@type", "Organization", "name", explainer.publisher())));
        View.Meta meta = meta(page, title, p.summary(), crumbs(new View.Crumb(doc.label() + " " + p.number(), page.url())),
                "article", "provisions", Json.write(ld));
        return render(page, "provision.ftlh", meta, model);
    }

    /** The page's contents: the annotation's sections, then the page's own (later versions, reactions, references). */
    private List<View.TocEntry> toc(ResolvedBody body, String versionsTitle, boolean onTimeline) {
        List<View.TocEntry> out = new ArrayList<>();
        for (Headings.Entry h : body.headings()) if (h.level() == 2) out.add(new View.TocEntry(h.id(), h.text()));
        if (versionsTitle != null) out.add(new View.TocEntry(Anchors.VERSIONS, versionsTitle));
        out.add(new View.TocEntry(Anchors.REACTIONS, "Who said what"));
        if (onTimeline) out.add(new View.TocEntry(Anchors.TIMELINE, "On the timeline"));
        out.add(new View.TocEntry(Anchors.REFERENCES, "Sources cited on this page"));
        return out;
    }

    private Optional<RenderedPage> reaction(Page page, Reaction r) {
        View.ReactionCard card = card(r, page);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reaction", card);
        model.put("body", page.cites().body(site.body(r.body())));
        model.put("sourceMarkers", page.cites().markers(r.sources()));
        model.put("events", events.aboutReaction(r.slug()));
        model.put("corrections", CorrectionViews.of(r.corrections(), page.cites()));
        View.Meta meta = meta(page, card.title(), r.summary().orElse(card.title()),
                crumbs(new View.Crumb("Reactions", Urls.reactions()), new View.Crumb(card.actor().name() + ", " + card.date(), page.url())),
                "article", "reactions", null);
        return render(page, "reaction.ftlh", meta, model);
    }

    private Optional<RenderedPage> stance(Page page, Stance stance) {
        return reactionList(page, "Reactions: " + stance.label(), "Reactions recorded with the stance “" + stance.label() + "”.",
                site.content().reactions().stream().filter(r -> r.stance() == stance).toList(),
                List.of(new View.Crumb(stance.label(), page.url())));
    }

    private Optional<RenderedPage> country(Page page, String country) {
        return reactionList(page, "Reactions: " + country, "Reactions from " + country + ".",
                site.reactionsByCountry().getOrDefault(country, List.of()), List.of(new View.Crumb(country, page.url())));
    }

    /** The reactions index and its server-rendered filtered views share one template. */
    private Optional<RenderedPage> reactionList(Page page, String title, String standfirst, List<Reaction> reactions,
                                                List<View.Crumb> extraCrumbs) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<View.ReactionCard> cards = reactions.stream().map(r -> card(r, page)).toList();
        model.put("reactions", cards);
        model.put("days", Groups.byDay(cards, c -> java.time.LocalDate.parse(c.isoDate()), "day"));
        model.put("standfirst", standfirst);
        model.put("filtered", !extraCrumbs.isEmpty());
        model.put("stances", Arrays.stream(Stance.values())
                .map(st -> new View.Filter(st.label(), Urls.stance(st.key()),
                        (int) site.content().reactions().stream().filter(r -> r.stance() == st).count(), st.key())).toList());
        model.put("countries", site.reactionsByCountry().entrySet().stream()
                .map(e -> new View.Filter(e.getKey(), Urls.country(e.getKey()), e.getValue().size())).toList());
        model.put("actors", site.actors().values().stream().filter(a -> site.reactionsByActor().containsKey(a.id()))
                .sorted(Comparator.comparing(Actor::name))
                .map(a -> new View.Filter(a.name(), Urls.actor(a.id()), site.reactionsByActor().get(a.id()).size(), a.id())).toList());
        List<View.Crumb> crumbs = new ArrayList<>(List.of(new View.Crumb("Home", Urls.home()), new View.Crumb("Reactions", Urls.reactions())));
        crumbs.addAll(extraCrumbs);
        View.Meta meta = meta(page, title, standfirst, crumbs, "website", "reactions", null);
        return render(page, "reactions.ftlh", meta, model);
    }

    /** Who reacted to which provision: a row per country or organisation, a column per provision reacted to. */
    private Optional<RenderedPage> matrix(Page page) {
        Matrix.Table table = Matrix.of(site, this::provisionLink);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", table.rows());
        model.put("columns", table.columns());
        model.put("unreacted", table.unreacted());
        model.put("stances", Arrays.stream(Stance.values())
                .map(st -> new View.StanceView(st.key(), st.label(), st.definition(doc), Urls.stance(st.key()))).toList());
        View.Meta meta = meta(page, "Who reacted to which " + doc.provision(),
                "A table of countries and organisations against the " + doc.provisions() + " of " + doc.name()
                        + ", with the stance of each reaction.",
                crumbs(new View.Crumb("Reactions", Urls.reactions()), new View.Crumb("Matrix", page.url())), "website", "reactions", null);
        return render(page, "matrix.ftlh", meta, model);
    }

    private Optional<RenderedPage> search(Page page) {
        View.Meta meta = meta(page, "Search", "Search the " + doc.provisions() + ", reactions, people, topics, timeline,"
                + " versions and sources of the explainer.", crumbs(new View.Crumb("Search", page.url())), "website", "search", null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("searchFiles", Map.of("library", Urls.searchLibrary(), "documents", Urls.searchDocuments(),
                "sources", Urls.searchSources(), "text", Urls.searchText()));
        return render(page, "search.ftlh", meta, model);
    }

    private Optional<RenderedPage> actor(Page page, Actor a) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("actor", actorView(a));
        model.put("reactions", site.reactionsByActor().getOrDefault(a.id(), List.of()).stream().map(r -> card(r, page)).toList());
        model.put("events", events.naming(a.id()));
        View.Meta meta = meta(page, a.name(), a.name() + ", " + a.role() + ": reactions to " + doc.name() + ".",
                crumbs(new View.Crumb("Actors", Urls.actors()), new View.Crumb(a.name(), page.url())), "profile", "actors", null);
        return render(page, "actor.ftlh", meta, model);
    }

    private Optional<RenderedPage> actors(Page page) {
        Map<String, List<View.ActorView>> byCountry = new TreeMap<>();
        for (Actor a : site.actors().values()) byCountry.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(actorView(a));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groups", byCountry.entrySet().stream().map(e -> new View.CountryGroup(e.getKey(), e.getValue().stream()
                .sorted(Comparator.comparing(View.ActorView::name)).toList())).toList());
        View.Meta meta = meta(page, "Actors", "The people and bodies whose reactions this explainer records.",
                crumbs(new View.Crumb("Actors", page.url())), "website", "actors", null);
        return render(page, "actors.ftlh", meta, model);
    }

    private Optional<RenderedPage> topic(Page page, Topic t) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("topic", new View.TopicLink(t.id(), t.title(), page.url()));
        model.put("summary", t.summary());
        model.put("provisions", site.provisionsByTopic().getOrDefault(t.id(), List.of()).stream().map(this::provisionLink).toList());
        View.Meta meta = meta(page, t.title(), t.summary(), crumbs(new View.Crumb(t.title(), page.url())), "website", "topics", null);
        return render(page, "topic.ftlh", meta, model);
    }

    private Optional<RenderedPage> page(Page page, gloss.content.Page p) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("body", page.cites().body(site.body(p.body())));
        model.put("corrections", CorrectionViews.of(p.corrections(), page.cites()));
        if (p.slug().equals(CorrectionViews.LOG_PAGE)) model.put("correctionLog", CorrectionViews.log(site, page.cites()));
        View.Meta meta = meta(page, p.title(), p.title() + " — " + explainer.title(),
                crumbs(new View.Crumb(p.title(), page.url())), "website", p.slug(), null);
        return render(page, "page.ftlh", meta, model);
    }

    private Optional<RenderedPage> timeline(Page page) {
        List<View.EventView> list = new ArrayList<>();
        for (Event e : site.content().events()) list.add(events.view(e, page.cites(), this::provisionLink, this::reactionLink));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("months", Groups.byMonth(list, e -> java.time.LocalDate.parse(e.isoDate()), "month"));
        View.Meta meta = meta(page, "Timeline", "The dated events around " + doc.name() + ", in date order.",
                crumbs(new View.Crumb("Timeline", page.url())), "website", "timeline", null);
        return render(page, "timeline.ftlh", meta, model);
    }

    private List<View.VersionRow> versionRows(Provision p, Page page) {
        List<View.VersionRow> rows = new ArrayList<>();
        for (PlanDocument d : site.content().documents()) {
            Version v = versionIn(p, d);
            if (v == null) continue;
            String text = v.text().orElse(null);
            // A word diff where the wording is close enough for it to read well; otherwise the page shows the texts side by side.
            String diff = v.status() == VersionStatus.CHANGED && text != null && WordDiff.helps(p.text(), text)
                    ? WordDiff.html(p.text(), text) : null;
            // 'into' numbers a provision of the later document, not one of this document's.
            String mergedInto = v.into().map(n -> doc.provision() + " " + n + " of this document").orElse(null);
            rows.add(new View.VersionRow(documentView(d, null), Urls.versionAnchor(d.id()), v.status().key(),
                    v.status().label(), v.number().map(String::valueOf).orElse(null), text, diff, mergedInto,
                    page.cites().markers(v.sources())));
        }
        return rows;
    }

    /** A point of the plan page: its paraphrase, and what the later versions whose treatment is known did with it. */
    private View.PlanPoint planPoint(Provision p, Page page) {
        List<View.PlanVersion> known = new ArrayList<>();
        int unknown = 0;
        for (PlanDocument d : site.content().documents()) {
            Version v = versionIn(p, d);
            if (v == null || v.status() == VersionStatus.UNKNOWN) {
                unknown++;
                continue;
            }
            known.add(new View.PlanVersion(d.title(), Dates.shortForm(d.date()), v.status().key(), v.status().label(),
                    v.number().or(v::into).map(String::valueOf).orElse(null),
                    Urls.provision(p.slug()) + "#" + Urls.versionAnchor(d.id())));
        }
        return new View.PlanPoint(provisionLink(p), Urls.planAnchor(p.number()), p.text(),
                page.cites().markers(p.textSources()), known, unknown);
    }

    private static Version versionIn(Provision p, PlanDocument d) {
        return p.versions().stream().filter(x -> x.document().id().equals(d.id())).findFirst().orElse(null);
    }

    private View.DocumentView documentView(PlanDocument d, Page page) {
        return new View.DocumentView(d.id(), d.title(), Urls.document(d.id()), Dates.longForm(d.date()), d.date().toString(),
                d.proposer(), d.status().key(), d.status().label(), d.summary().orElse(null),
                page == null ? Markers.NONE : page.cites().markers(d.sources()));
    }

    /** Provisions × documents: what each later version did with each provision. */
    private Optional<RenderedPage> versions(Page page) {
        List<PlanDocument> docs = site.content().documents();
        List<View.ComparisonRow> rows = site.provisions().values().stream().map(p -> new View.ComparisonRow(provisionLink(p),
                docs.stream().map(d -> Optional.ofNullable(versionIn(p, d))
                        .map(v -> new View.ComparisonCell(v.status().key(), v.status().label(),
                                Urls.provision(p.slug()) + "#" + Urls.versionAnchor(d.id()),
                                v.number().map(String::valueOf).orElse(null)))
                        .orElse(new View.ComparisonCell("unknown", VersionStatus.UNKNOWN.label(), Urls.provision(p.slug()), null))).toList()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        List<View.DocumentView> views = docs.stream().map(d -> documentView(d, page)).toList();
        model.put("documents", views);
        model.put("summaries", java.util.stream.IntStream.range(0, docs.size())
                .mapToObj(i -> new View.VersionSummary(views.get(i), statusGroups(docs.get(i)))).toList());
        model.put("rows", rows);
        View.Meta meta = meta(page, "How " + doc.name() + " changed",
                "Each " + doc.provision() + " of " + doc.name() + ", traced through its later versions.",
                crumbs(new View.Crumb("Versions", page.url())), "website", "versions", null);
        return render(page, "versions.ftlh", meta, model);
    }

    /** The provisions by what {@code d} did with them, in the order of {@link VersionStatus}; empty groups left out. */
    private List<View.StatusGroup> statusGroups(PlanDocument d) {
        List<View.StatusGroup> out = new ArrayList<>();
        for (VersionStatus status : VersionStatus.values()) {
            List<View.ProvisionLink> list = site.provisions().values().stream()
                    .filter(p -> Optional.ofNullable(versionIn(p, d)).map(Version::status).orElse(VersionStatus.UNKNOWN) == status)
                    .map(this::provisionLink).toList();
            if (!list.isEmpty()) out.add(new View.StatusGroup(status.key(), status.label(), list));
        }
        return out;
    }

    private Optional<RenderedPage> document(Page page, PlanDocument d) {
        List<View.DocumentPoint> points = site.provisions().values().stream()
                .map(p -> Optional.ofNullable(versionIn(p, d)).map(v -> new View.DocumentPoint(provisionLink(p), v.status().key(),
                        v.status().label(), v.number().map(String::valueOf).orElse(null), v.into().map(String::valueOf).orElse(null))))
                .flatMap(Optional::stream).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("document", documentView(d, page));
        model.put("points", points);
        model.put("notes", d.notes().map(b -> page.cites().body(site.body(b))).orElse(null));
        model.put("corrections", CorrectionViews.of(d.corrections(), page.cites()));
        View.Meta meta = meta(page, d.title(), d.summary().orElse(d.title()),
                crumbs(new View.Crumb("Versions", Urls.versions()), new View.Crumb(d.title(), page.url())), "article", "versions", null);
        return render(page, "document.ftlh", meta, model);
    }

    private Optional<RenderedPage> notFound(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("provisions", site.provisions().values().stream().map(this::provisionLink).toList());
        View.Meta meta = meta(page, "Page not found", "This page does not exist.", List.of(), "website", "404", null);
        // A 404 page is served at whatever address was missing, so its links start from the site's own path.
        String base = java.net.URI.create(explainer.baseUrl()).getPath();
        meta = meta.withRoot(base == null || base.isEmpty() ? "/" : base);
        return render(page, "404.ftlh", meta, model);
    }

    private Optional<RenderedPage> sources(Page page) {
        List<View.SourceEntry> entries = site.sources().values().stream()
                .sorted(Comparator.comparing((Source s) -> s.publisher().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Source::date).thenComparing(Source::id))
                .map(s -> new View.SourceEntry(View.source(s), site.citedBy().getOrDefault(s.id(), List.of()).stream()
                        .map(c -> new View.CitedBy(c.title(), c.url())).toList()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sources", entries);
        model.put("initials", Groups.byInitial(entries, e -> e.source().publisher(), "publishers"));
        model.put("stateMedia", entries.stream().filter(e -> e.source().stateMedia()).count());
        model.put("lowReliability", entries.stream().filter(e -> e.source().lowReliability()).count());
        model.put("counts", gloss.sourcing.SourceCounts.of(site.sources().values()));
        View.Meta meta = meta(page, "Sources", "Every source this explainer cites, with the pages that cite it.",
                crumbs(new View.Crumb("Sources", page.url())), "website", "sources", null);
        return render(page, "sources.ftlh", meta, model);
    }

    // ---- view helpers ----------------------------------------------------------------------------

    private Optional<RenderedPage> render(Page page, String template, View.Meta meta, Map<String, Object> model) {
        model.put("meta", meta);
        model.put("doc", doc);
        model.put("refs", page.cites().references());
        model.put("hasVersions", !site.content().documents().isEmpty());
        model.put("pages", freePages());
        model.put("desk", desk());
        explainer.researchUntil().ifPresent(d -> model.put("researchUntil", new View.DateLabel(Dates.longForm(d), d.toString())));
        return templates.render(template, model, page.diagnostics())
                .map(html -> new RenderedPage(page.url(), meta.title(), template, html));
    }

    /** The explainer's authors as a phrase and its contact address (null when explainer.yaml gives none). */
    private View.Desk desk() {
        List<String> a = explainer.authors();
        String names = a.size() <= 1 ? String.join("", a) : String.join(", ", a.subList(0, a.size() - 1)) + " and " + a.get(a.size() - 1);
        return new View.Desk(names, explainer.contact().orElse(null));
    }

    /** The free pages by name, so templates link to a methodology or corrections page only when there is one. */
    private Map<String, View.Crumb> freePages() {
        Map<String, View.Crumb> out = new TreeMap<>();
        for (gloss.content.Page p : site.content().pages()) out.put(p.slug(), new View.Crumb(p.title(), Urls.page(p.slug())));
        return out;
    }

    private static List<View.Crumb> crumbs(View.Crumb... trail) {
        List<View.Crumb> out = new ArrayList<>();
        out.add(new View.Crumb("Home", Urls.home()));
        out.addAll(Arrays.asList(trail));
        return out;
    }

    private View.Meta meta(Page page, String title, String description, List<View.Crumb> crumbs, String ogType,
                           String section, String jsonLd) {
        String url = page.url();
        String fullTitle = url.isEmpty() ? explainer.title() : title + " — " + explainer.title();
        return new View.Meta(title, fullTitle, description, explainer.baseUrl() + url, Urls.rootFrom(url), url,
                explainer.language(), explainer.title(), explainer.subtitle(), explainer.publisher(), ogType,
                explainer.published().toString(), page.updated().toString(), Dates.longForm(page.updated()),
                jsonLd, crumbs, section, false);
    }

    private List<View.TopicGroup> topicGroups() {
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
    private View.ProvisionLink provisionLink(Provision p) {
        return provisionLinks.computeIfAbsent(p.number(), n -> {
            List<Reaction> own = site.reactionsTo(p.number()).stream().filter(r -> !r.allProvisions()).toList();
            boolean disputed = own.stream().anyMatch(r -> r.stance() == Stance.OPPOSES || r.stance() == Stance.MIXED);
            List<View.TopicLink> topics = p.topics().stream().map(Ref::id).filter(site.topics()::containsKey)
                    .map(id -> new View.TopicLink(id, site.topics().get(id).title(), Urls.topic(id))).toList();
            return new View.ProvisionLink(p.number(), p.title(), p.summary(), p.gist().orElse(p.summary()),
                    Urls.provision(p.slug()), own.size(),
                    disputed, p.weakSourcing(), topics);
        });
    }

    private View.ActorView actorView(Actor a) {
        return View.actor(a, Urls.actor(a.id()), site.reactionsByActor().getOrDefault(a.id(), List.of()).size());
    }

    private View.ReactionLink reactionLink(Reaction r) {
        String date = Dates.shortForm(r.date());
        return new View.ReactionLink(Urls.reaction(r.slug()), Titles.reaction(r, site.actorOf(r)),
                site.actorOf(r).map(Actor::name).orElse(r.actor().id()), date, r.date().toString(), r.stance().key(),
                r.stance().label());
    }

    private View.ReactionCard card(Reaction r, Page page) {
        Actor a = site.actorOf(r).orElseThrow(); // resolved: every reaction's actor exists
        TemplateScalarModel quoteMarkers = r.quote().isPresent()
                ? page.cites().markers(r.quoteSources().isEmpty() ? r.sources() : r.quoteSources()) : Markers.NONE;
        View.QuoteTranslation translation = r.quoteLang().filter(l -> r.quote().isPresent())
                .map(l -> new View.QuoteTranslation(l, java.util.Locale.forLanguageTag(l).getDisplayLanguage(java.util.Locale.ENGLISH),
                        r.quoteTranslation().orElse(null), page.cites().markers(r.quoteTranslationSources())))
                .orElse(null);
        List<View.ProvisionLink> provisions = r.allProvisions() ? List.of()
                : r.provisions().stream().map(n -> site.provisions().get(n.value()))
                .filter(Objects::nonNull).distinct().map(this::provisionLink).toList();
        return new View.ReactionCard(r.slug(), Urls.reaction(r.slug()), Titles.reaction(r, site.actorOf(r)), actorView(a),
                Dates.shortForm(r.date()), r.date().toString(), r.medium(), r.stance().key(), r.stance().label(),
                r.quote().orElse(null), quoteMarkers, r.summary().orElse(null), r.allProvisions(), provisions, translation);
    }

    /** Markers for a view that shows none. */
    private static final class Markers {
        static final TemplateScalarModel NONE = () -> "";
    }
}
