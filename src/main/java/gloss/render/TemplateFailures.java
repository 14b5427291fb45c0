package gloss.render;

import freemarker.core.ParseException;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.files.InputFile;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Finds the real cause of a failed template: FreeMarker reports a syntax error in an imported template
 * as "Template importing failed", and a template it failed to load before as "There was an error
 * loading the template on an earlier attempt; see cause exception". The cause is one diagnostic, at the
 * template's own line and column with FreeMarker's message, however many pages needed the template
 * (identical diagnostics collapse into one). It also remembers that a template did not parse, because
 * every page that uses it is then missing and the link check would report each link to it.
 */
final class TemplateFailures {
    private final Path shownDir;
    private final AtomicBoolean syntaxErrors = new AtomicBoolean();

    TemplateFailures(Path shownDir) {
        this.shownDir = shownDir;
    }

    /** A template the loader refused (see {@link CheckedTemplateLoader}), with the template's name. */
    static final class Refused extends java.io.IOException {
        final String template;
        final InputFile.Refused why;

        Refused(String template, InputFile.Refused why) {
            super("template " + template + " " + why.getMessage(), why);
            this.template = template;
            this.why = why;
        }
    }

    /** Reports the failure's cause if it is a syntax error or a refused file; false when it is neither. */
    boolean reportCause(Throwable failure, Diagnostics diagnostics) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ParseException p) {
                syntaxErrors.set(true);
                diagnostics.error(new Location(shownDir.resolve(p.getTemplateName() == null ? "" : p.getTemplateName()),
                        Math.max(1, p.getLineNumber()), Math.max(1, p.getColumnNumber())),
                        "template syntax error: " + oneLine(p.getEditorMessage()));
                return true;
            }
            if (t instanceof Refused r) {
                diagnostics.error(Location.of(shownDir.resolve(r.template)), r.why.getMessage(), r.why.hint());
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }

    boolean any() {
        return syntaxErrors.get();
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

    static String firstLine(String s) {
        if (s == null) return "unknown problem";
        String line = s.strip().lines().findFirst().orElse(s);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
