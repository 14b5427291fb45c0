package gloss.site;

import gloss.content.Actor;
import gloss.content.Page;
import gloss.content.PlanDocument;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Stance;
import gloss.content.Topic;

import java.util.ArrayList;
import java.util.List;

/**
 * Which pages the site has: the one owner of that list. The renderer renders each, the resolve step
 * checks links against it, serve answers requests from it, the sitemap lists it.
 */
public final class SitePages {
    private SitePages() {}

    /** What a page presents; {@code subject} is the record it is about, or null for a section page. */
    public enum Kind {
        HOME, PLAN, PROVISION, REACTIONS, MATRIX, SEARCH, STANCE, COUNTRY, REACTION, ACTORS, ACTOR, TOPIC, PAGE,
        TIMELINE, VERSIONS, DOCUMENT, SOURCES, NOT_FOUND
    }

    public record Spec(String url, Kind kind, Object subject) {}

    public static List<Spec> of(SiteModel site) {
        List<Spec> out = new ArrayList<>();
        out.add(new Spec(Urls.home(), Kind.HOME, null));
        out.add(new Spec(Urls.plan(), Kind.PLAN, null));
        for (Provision p : site.provisions().values()) out.add(new Spec(Urls.provision(p.slug()), Kind.PROVISION, p));
        out.add(new Spec(Urls.reactions(), Kind.REACTIONS, null));
        out.add(new Spec(Urls.matrix(), Kind.MATRIX, null));
        out.add(new Spec(Urls.search(), Kind.SEARCH, null));
        for (Stance st : Stance.values()) out.add(new Spec(Urls.stance(st.key()), Kind.STANCE, st));
        for (String c : site.reactionsByCountry().keySet()) out.add(new Spec(Urls.country(c), Kind.COUNTRY, c));
        for (Reaction r : site.content().reactions()) out.add(new Spec(Urls.reaction(r.slug()), Kind.REACTION, r));
        out.add(new Spec(Urls.actors(), Kind.ACTORS, null));
        for (Actor a : site.actors().values()) out.add(new Spec(Urls.actor(a.id()), Kind.ACTOR, a));
        for (Topic t : site.topics().values()) out.add(new Spec(Urls.topic(t.id()), Kind.TOPIC, t));
        for (Page p : site.content().pages()) out.add(new Spec(Urls.page(p.slug()), Kind.PAGE, p));
        out.add(new Spec(Urls.timeline(), Kind.TIMELINE, null));
        if (!site.content().documents().isEmpty()) {
            out.add(new Spec(Urls.versions(), Kind.VERSIONS, null));
            for (PlanDocument d : site.content().documents()) out.add(new Spec(Urls.document(d.id()), Kind.DOCUMENT, d));
        }
        out.add(new Spec(Urls.sources(), Kind.SOURCES, null));
        out.add(new Spec(Urls.notFound(), Kind.NOT_FOUND, null));
        return List.copyOf(out);
    }
}
