package gloss.export;

import gloss.content.DocumentTerms;

/**
 * The kinds of thing search finds, in the order the documents are listed, with the heading of each
 * group of results (how much each kind weighs in the ranking is up to the search script, with the
 * other weights). The provisions' and versions' headings use the explainer's own words.
 */
public enum SearchKind {
    PROVISION("provision", null),
    TOPIC("topic", "Topics"),
    ACTOR("actor", "People and bodies"),
    REACTION("reaction", "Reactions"),
    EVENT("event", "Timeline"),
    VERSION("version", null),
    PAGE("page", "Pages"),
    SOURCE("source", "Sources");

    private final String key;
    private final String heading;

    SearchKind(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    public String key() { return key; }

    /** "Points", "Versions of the plan", or the fixed heading of the other kinds. */
    public String heading(DocumentTerms terms) {
        return switch (this) {
            case PROVISION -> terms.pluralLabel();
            case VERSION -> "Versions of " + terms.name();
            default -> heading;
        };
    }
}
