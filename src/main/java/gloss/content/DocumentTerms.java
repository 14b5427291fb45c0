package gloss.content;

/**
 * How an explainer speaks of the document it annotates, from {@code document:} in explainer.yaml:
 * the templates print these instead of words about any one subject, so the same templates serve an
 * explainer of a peace plan, a treaty or a bill. {@code provision} and {@code provisions} are lower case
 * ("point", "article"); {@link #label()} capitalises for headings.
 */
public record DocumentTerms(String name, String provision, String provisions, String textHeading, String textNote) {
    public static final DocumentTerms DEFAULT = new DocumentTerms("the document", "point", "points",
            "What the text says", "Our paraphrase, not the official wording.");

    /** "Point", for "Point 6" and headings. */
    public String label() {
        return provision.isEmpty() ? provision : Character.toUpperCase(provision.charAt(0)) + provision.substring(1);
    }

    /** "Points". */
    public String pluralLabel() {
        return provisions.isEmpty() ? provisions : Character.toUpperCase(provisions.charAt(0)) + provisions.substring(1);
    }
}
