package gloss.content;

/**
 * What {@code gloss new} writes where only the editor can supply the text: a value or a paragraph that
 * starts with {@value #PREFIX}. The loader and {@link BodyRules} report each one left in a note or a
 * registry as an error, so a scaffold cannot be published half written.
 */
public final class Placeholders {
    /** The start of every placeholder, e.g. {@code summary: "FILL IN: one neutral sentence"}. */
    public static final String PREFIX = "FILL IN";

    /** The diagnostic's message, the same wherever the placeholder sits. */
    public static final String MESSAGE = "placeholder not filled in";

    private Placeholders() {}

    /** True when {@code text} (already stripped) is a placeholder. Case matters: prose may say "fill in". */
    public static boolean is(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The placeholder text for a field or a paragraph, e.g. {@code of("one neutral sentence")}. */
    public static String of(String what) {
        return PREFIX + ": " + what;
    }
}
