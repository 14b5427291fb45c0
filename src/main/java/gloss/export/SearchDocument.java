package gloss.export;

/**
 * One thing search can find: a page, or a part of one with its own anchor (a timeline event, a source
 * entry). {@code url} is relative to the site root. Searched, from the strongest field to the weakest:
 * {@code title}; {@code names} (other names of the thing: an actor's aliases, the actor of a reaction);
 * {@code summary}; {@code about} (what it is filed under: a point's topics with their aliases, a
 * reaction's stance); {@code text} (the body). {@code meta} is only shown (who, when, what kind).
 */
public record SearchDocument(SearchKind kind, String url, String title, String summary, String meta,
                             String names, String about, String text) {}
