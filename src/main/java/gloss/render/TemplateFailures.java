package gloss.render;

import gloss.content.Diagnostic;
import gloss.content.Location;
import gloss.files.InputFile;

import java.nio.file.Path;

/**
 * Reading FreeMarker's failures: it wraps the cause of a failed template ("Template importing failed",
 * "There was an error loading the template on an earlier attempt; see cause exception"), so the cause
 * is looked for in the chain, and its syntax-error messages list what it expected one pattern a line.
 */
final class TemplateFailures {
    private TemplateFailures() {}

    /** A template the loader refused (see {@link CheckedTemplateLoader}), with the template's name. */
    static final class Refused extends java.io.IOException {
        private final String template;
        private final InputFile.Refused why;

        Refused(String template, InputFile.Refused why) {
            super("template " + template + " " + why.getMessage(), why);
            this.template = template;
            this.why = why;
        }

        /** The refusal, at the template file. */
        Diagnostic diagnostic(Path shownDir) {
            return Diagnostic.error(Location.of(shownDir.resolve(template)), why.getMessage(), why.hint());
        }
    }

    /** The first {@code type} in the cause chain of {@code failure}, or null. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
            if (t.getCause() == t) break;
        }
        return null;
    }

    /**
     * FreeMarker's message on one line: its list of what it expected ("one of these patterns:" then one
     * pattern a line) becomes a comma-separated list.
     */
    static String oneLine(String s) {
        if (s == null) return "unknown problem";
        java.util.List<String> lines = s.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String text = lines.isEmpty() ? "unknown problem" : lines.get(0).endsWith(":")
                ? lines.get(0) + " " + String.join(", ", lines.subList(1, lines.size()))
                : String.join(" ", lines);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
