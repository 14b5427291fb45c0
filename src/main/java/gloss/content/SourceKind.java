package gloss.content;

import java.util.Locale;

/** What kind of outlet a source is; readers see the label next to every reference. */
public enum SourceKind {
    WIRE("wire", "News agency"),
    NEWSPAPER("newspaper", "Newspaper"),
    BROADCAST("broadcast", "Broadcaster"),
    GOVERNMENT("government", "Official statement"),
    STATE_MEDIA("state-media", "State media"),
    SOCIAL("social", "Social media post"),
    OTHER("other", "Other");

    private final String key;
    private final String label;

    SourceKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    public static java.util.Optional<SourceKind> parse(String s) {
        for (SourceKind k : values()) if (k.key.equals(s.toLowerCase(Locale.ROOT))) return java.util.Optional.of(k);
        return java.util.Optional.empty();
    }

    public static java.util.List<String> keys() {
        return java.util.Arrays.stream(values()).map(SourceKind::key).toList();
    }
}
