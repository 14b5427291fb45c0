package gloss.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a later version of the plan is known to the public. */
public enum DocumentStatus {
    FULL_TEXT("full-text", "Full text published"),
    PARTIAL_TEXT("partial-text", "Partly published"),
    REPORTED("reported", "Text unpublished; known from reporting");

    private final String key;
    private final String label;

    DocumentStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() { return key; }

    public String label() { return label; }

    public static Optional<DocumentStatus> parse(String s) {
        return Arrays.stream(values()).filter(v -> v.key.equals(s)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(DocumentStatus::key).toList();
    }
}
