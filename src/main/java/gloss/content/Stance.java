package gloss.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a reaction positions itself towards the provisions it concerns, as the annotation explains it. */
public enum Stance {
    SUPPORTS("supports", "Supports"),
    OPPOSES("opposes", "Opposes"),
    MIXED("mixed", "Mixed"),
    NEUTRAL("neutral", "Neutral"),
    UNCLEAR("unclear", "Unclear");

    private final String key;
    private final String label;

    Stance(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    public static Optional<Stance> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.key.equals(s)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Stance::key).toList();
    }
}
