package gloss.content;

import java.util.Comparator;
import java.util.Optional;

/** One problem found in the input, printed as {@code path:line:col: error: message}. */
public record Diagnostic(Location location, Severity severity, String message, Optional<String> hint)
        implements Comparable<Diagnostic> {

    public enum Severity { ERROR, WARNING;
        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(Location at, String message) {
        return new Diagnostic(at, Severity.ERROR, message, Optional.empty());
    }

    public static Diagnostic error(Location at, String message, String hint) {
        return new Diagnostic(at, Severity.ERROR, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(Location at, String message) {
        return new Diagnostic(at, Severity.WARNING, message, Optional.empty());
    }

    public static Diagnostic warning(Location at, String message, String hint) {
        return new Diagnostic(at, Severity.WARNING, message, Optional.ofNullable(hint));
    }

    /**
     * This problem as it is reported for a draft that is not being published: a warning, saying it is in
     * a draft, so a half-written note never stops the desk's build.
     */
    public Diagnostic inDraft() {
        return new Diagnostic(location, Severity.WARNING, "in a draft: " + message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message + hint.map(h -> " (" + h + ")").orElse("");
    }
}
