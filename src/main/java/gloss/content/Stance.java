package gloss.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a reaction positions itself towards the provisions it concerns, as the annotation explains it.
 * {@link #definition} is the rubric pages print beside the labels; the methodology page states the same
 * rubric in full (a test keeps the two in step).
 */
public enum Stance {
    SUPPORTS("supports", "Supports", "the statement backs {name} or the {provisions} concerned."),
    OPPOSES("opposes", "Opposes", "the statement rejects {name} or the {provisions} concerned."),
    MIXED("mixed", "Mixed", "the statement welcomes some elements and objects to others, or accepts {name} as a basis only on conditions."),
    NEUTRAL("neutral", "Neutral", "the statement describes, reports or takes no position, for example a technical comment or a confirmation that a document was received."),
    UNCLEAR("unclear", "Unclear", "the available sources do not show the position clearly enough to classify it.");

    private final String key;
    private final String label;
    private final String definition;

    Stance(String key, String label, String definition) {
        this.key = key;
        this.label = label;
        this.definition = definition;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** What the label means, in the explainer's own words for its document ("the 28-point plan", "points"). */
    public String definition(DocumentTerms doc) {
        return definition.replace("{name}", doc.name()).replace("{provisions}", doc.provisions());
    }

    public static Optional<Stance> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.key.equals(s)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Stance::key).toList();
    }
}
