package gloss.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of publication a source is; readers see the label next to every reference. The kinds are
 * the ones news sourcing needs: who originated a report (a wire, a newspaper, a broadcaster), who said
 * something in their own right (an official statement, a government document, a social media post), who
 * only passed it on (an aggregator), and state media, named as such. {@code other} is a rare exception.
 */
public enum SourceKind {
    WIRE("wire", "News agency"),
    NEWSPAPER("newspaper", "Newspaper or news site"),
    BROADCASTER("broadcaster", "Broadcaster"),
    MAGAZINE("magazine", "Magazine"),
    OFFICIAL("official", "Official statement or transcript"),
    GOVERNMENT_DOCUMENT("government-document", "Government document"),
    SOCIAL_MEDIA("social-media", "Social media post"),
    THINK_TANK("think-tank", "Think tank or NGO"),
    STATE_MEDIA("state-media", "State media"),
    AGGREGATOR("aggregator", "Aggregator or republisher"),
    OTHER("other", "Other");

    /** Keys of an earlier version of the registry, so an old file gets a precise hint. */
    private static final Map<String, SourceKind> RENAMED = Map.of(
            "broadcast", BROADCASTER, "government", OFFICIAL, "social", SOCIAL_MEDIA);

    private final String key;
    private final String label;

    SourceKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    /** An official primary source: the words of a government or an international body, from it. */
    public boolean isOfficial() {
        return this == OFFICIAL || this == GOVERNMENT_DOCUMENT;
    }

    public static Optional<SourceKind> parse(String s) {
        for (SourceKind k : values()) if (k.key.equals(s.toLowerCase(Locale.ROOT))) return Optional.of(k);
        return Optional.empty();
    }

    /** The kind a key of the earlier registry became, if it is one. */
    public static Optional<SourceKind> renamed(String oldKey) {
        return Optional.ofNullable(RENAMED.get(oldKey.toLowerCase(Locale.ROOT)));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SourceKind::key).toList();
    }
}
