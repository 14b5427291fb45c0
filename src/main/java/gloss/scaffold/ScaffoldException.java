package gloss.scaffold;

/**
 * Why {@code gloss new} wrote nothing: a usage problem (a malformed id, date or kind, an unknown actor:
 * the editor should change the command) or a conflict with what is already there (the file or id exists,
 * a registry cannot be read: the editor should look at the project).
 */
public final class ScaffoldException extends Exception {
    /** {@code USAGE} maps to exit code 2, {@code CONFLICT} to exit code 1. */
    public enum Kind { USAGE, CONFLICT }

    private final Kind kind;

    ScaffoldException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static ScaffoldException usage(String message) {
        return new ScaffoldException(Kind.USAGE, message);
    }

    static ScaffoldException conflict(String message) {
        return new ScaffoldException(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
