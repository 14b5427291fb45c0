package gloss.export;

import gloss.content.Actor;
import gloss.content.Body;
import gloss.content.Event;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.ProvisionNumber;
import gloss.content.Source;
import gloss.content.Topic;
import gloss.markdown.PlainText;
import gloss.site.SiteModel;
import gloss.site.Titles;
import gloss.site.Urls;
import gloss.text.Dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What search finds, made from the model and the parsed note bodies (never from rendered HTML): every
 * provision, topic, actor, reaction, timeline event, plan version, free page and source entry, in the
 * order of {@link SearchKind} and then the site's own order.
 */
public final class SearchDocuments {
    /** Summaries longer than this are cut at a word for display (the whole text is still searched). */
    static final int EXCERPT = 220;

    private final SiteModel site;

    private SearchDocuments(SiteModel site) {
        this.site = site;
    }

    public static List<SearchDocument> of(SiteModel site) {
        return new SearchDocuments(site).all();
    }

    private List<SearchDocument> all() {
        List<SearchDocument> out = new ArrayList<>();
        site.provisions().values().forEach(p -> out.add(provision(p)));
        site.topics().values().forEach(t -> out.add(topic(t)));
        site.actors().values().forEach(a -> out.add(actor(a)));
        site.content().reactions().forEach(r -> out.add(reaction(r)));
        site.content().events().forEach(e -> out.add(event(e)));
        if (!site.content().documents().isEmpty()) {
            out.add(versions());
            site.content().documents().forEach(d -> out.add(document(d)));
        }
        out.add(home());
        site.pages().values().forEach(p -> out.add(page(p)));
        site.sources().values().forEach(s -> out.add(source(s)));
        return List.copyOf(out);
    }

    private SearchDocument provision(Provision p) {
        List<Topic> topics = p.topics().stream().map(t -> site.topics().get(t.id())).filter(Objects::nonNull).toList();
        String about = topics.stream().flatMap(t -> Stream.concat(Stream.of(t.title()), t.aliases().stream()))
                .collect(Collectors.joining(" · "));
        String versions = p.versions().stream().map(v -> v.text().orElse("")).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        String title = Titles.provision(p, site.content().explainer().provisionLabel());
        return new SearchDocument(SearchKind.PROVISION, Urls.provision(p.slug()), title,
                p.summary(), topics.stream().map(Topic::title).collect(Collectors.joining(", ")), "", about,
                lines(p.text(), versions, text(p.body())));
    }

    private SearchDocument topic(Topic t) {
        return new SearchDocument(SearchKind.TOPIC, Urls.topic(t.id()), t.title(), t.summary(),
                count(site.provisionsByTopic().getOrDefault(t.id(), List.of()).size(), "point"),
                String.join(" · ", t.aliases()), "", "");
    }

    private SearchDocument actor(Actor a) {
        return new SearchDocument(SearchKind.ACTOR, Urls.actor(a.id()), a.name(), a.role(),
                a.organisation() + " · " + a.country(), String.join(" · ", a.aliases()), a.organisation() + " · " + a.country(),
                "");
    }

    private SearchDocument reaction(Reaction r) {
        Optional<Actor> actor = site.actorOf(r);
        String name = actor.map(Actor::name).orElse(r.actor().id());
        String title = Titles.reaction(r, actor);
        String summary = r.summary().or(() -> r.quote().map(q -> "“" + q + "”")).orElse("");
        String meta = name + " · " + Dates.longForm(r.date()) + " · " + r.medium() + " · " + r.stance().label();
        String names = Stream.concat(Stream.of(name), actor.map(Actor::aliases).orElse(List.of()).stream())
                .collect(Collectors.joining(" · "));
        String points = r.allProvisions() ? "the plan as a whole"
                : r.provisions().stream().map(ProvisionNumber::value).distinct().map(n -> "point " + n).collect(Collectors.joining(", "));
        // The quote in the text unless it is the summary shown, with its English translation when it has one.
        String quote = lines(r.summary().isPresent() ? r.quote().orElse("") : "", r.quoteTranslation().orElse(""));
        return new SearchDocument(SearchKind.REACTION, Urls.reaction(r.slug()), title, summary, meta, names,
                r.stance().label() + " · " + points, lines(quote, text(r.body())));
    }

    private SearchDocument event(Event e) {
        // The people it names, so that a search for one finds the events they took part in; filed under
        // "about" (weighted below names), so that a person's own page still comes before the events.
        String names = e.actors().stream().map(a -> site.actors().get(a.id())).filter(Objects::nonNull)
                .flatMap(a -> Stream.concat(Stream.of(a.name()), a.aliases().stream())).collect(Collectors.joining(" · "));
        return new SearchDocument(SearchKind.EVENT, Urls.timeline() + "#" + Urls.eventAnchor(e), e.title(), e.summary(),
                Dates.longForm(e.date()), "", names, "");
    }

    /** The versions overview, titled as the renderer titles it, summed up by the versions it compares. */
    private SearchDocument versions() {
        var terms = site.content().explainer().document();
        String titles = site.content().documents().stream().map(PlanDocument::title).collect(Collectors.joining("; "));
        return new SearchDocument(SearchKind.VERSION, Urls.versions(), "How " + terms.name() + " changed",
                "Each " + terms.provision() + " of " + terms.name() + ", traced through its later versions: " + titles + ".",
                "", "", "", "");
    }

    private SearchDocument document(PlanDocument d) {
        return new SearchDocument(SearchKind.VERSION, Urls.document(d.id()), d.title(), d.summary().orElse(""),
                Dates.longForm(d.date()) + " · " + d.proposer() + " · " + d.status().label(), d.proposer(), "",
                d.notes().map(this::text).orElse(""));
    }

    private SearchDocument home() {
        var e = site.content().explainer();
        return new SearchDocument(SearchKind.PAGE, Urls.home(), e.title(), e.description(), "", "", e.subtitle(),
                lines(site.content().standing().map(s -> text(s.body())).orElse(""), site.content().home().map(this::text).orElse("")));
    }

    private SearchDocument page(Page p) {
        String text = text(p.body());
        return new SearchDocument(SearchKind.PAGE, Urls.page(p.slug()), p.title(), excerpt(text), "", "", "", text);
    }

    /** A source entry: its headline (in its own language, with the English rendering as summary) and who published it. */
    private SearchDocument source(Source s) {
        String names = Stream.of(Optional.of(s.publisher()), s.via(), s.author()).flatMap(Optional::stream)
                .collect(Collectors.joining(" · "));
        String meta = s.publisher() + " · " + Dates.longForm(s.date()) + " · " + s.kind().label()
                + s.via().map(v -> " · read via " + v).orElse("");
        // Not the note: it is about the source's dating and sourcing, not its subject.
        return new SearchDocument(SearchKind.SOURCE, Urls.source(s.id()), s.title(), s.titleEn().orElse(""), meta, names,
                "", "");
    }

    /** A body's words, without markup or citation markers. */
    private String text(Body body) {
        return PlainText.of(site.body(body).parsed().document());
    }

    private static String lines(String... parts) {
        return Stream.of(parts).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The start of a text, cut after a whole word, for pages that have no summary of their own. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) return flat;
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > 0 ? cut : EXCERPT) + "…";
    }
}
