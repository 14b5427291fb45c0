package gloss.export;

/**
 * The kinds of thing search finds, in the order their groups of results are listed, with the heading of
 * each group (how much each kind weighs in the ranking is up to the search script, with the other weights).
 */
public enum SearchKind {
    PROVISION("provision", "Points of the plan"),
    TOPIC("topic", "Topics"),
    ACTOR("actor", "People and bodies"),
    REACTION("reaction", "Reactions"),
    EVENT("event", "Timeline"),
    VERSION("version", "Versions of the plan"),
    PAGE("page", "Pages"),
    SOURCE("source", "Sources");

    private final String key;
    private final String heading;

    SearchKind(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    public String key() { return key; }

    public String heading() { return heading; }
}
