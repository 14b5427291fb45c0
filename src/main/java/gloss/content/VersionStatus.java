package gloss.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What became of a provision in a later document; labels are words, never only colours or symbols. */
public enum VersionStatus {
    UNCHANGED("unchanged", "Unchanged"),
    CHANGED("changed", "Changed"),
    REMOVED("removed", "Removed"),
    MERGED("merged", "Merged"),
    UNKNOWN("unknown", "Not known");

    private final String key;
    private final String label;

    VersionStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    public static Optional<VersionStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.key.equals(s)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(VersionStatus::key).toList();
    }
}
