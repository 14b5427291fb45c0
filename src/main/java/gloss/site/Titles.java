package gloss.site;

import gloss.content.Actor;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.text.Dates;

import java.util.Optional;

/** How a provision or a reaction is named wherever it is listed: one owner for each title. */
public final class Titles {
    private Titles() {}

    /** "Point 6: Cap on Ukraine's armed forces", with the explainer's own word for a provision. */
    public static String provision(Provision p, String label) {
        return label + " " + p.number() + ": " + p.title();
    }

    /** The reaction's headline, or "Actor: medium, date" when it has none. */
    public static String reaction(Reaction r, Optional<Actor> actor) {
        String name = actor.map(Actor::name).orElse(r.actor().id());
        return r.title().orElse(name + ": " + r.medium() + ", " + Dates.shortForm(r.date()));
    }
}
