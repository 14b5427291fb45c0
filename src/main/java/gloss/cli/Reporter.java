package gloss.cli;

import gloss.content.Diagnostic;
import gloss.content.Diagnostics;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Prints diagnostics in {@code path:line:col: error: message} form with a summary line. Errors come one
 * by one, sorted by file and line; warnings come grouped by kind, each group under a line naming the
 * kind and its count ({@code source '…' is never cited (12):}), so a long list of old warnings reads as
 * a few kinds rather than a wall.
 */
final class Reporter {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");

    private Reporter() {}

    static void print(Diagnostics diagnostics, PrintWriter err) {
        print(diagnostics.sorted(), diagnostics.suppressed(), err, true);
    }

    /**
     * Prints {@code shown} (sorted), how many errors were not shown because they follow from a file
     * that could not be read ({@code suppressed}, by that file), and the summary line.
     * {@code countWarnings} false: the summary leaves warnings out (check --errors-only did not look for them).
     */
    static void print(List<Diagnostic> shown, Map<java.nio.file.Path, Integer> suppressed, PrintWriter err, boolean countWarnings) {
        shown.stream().filter(Diagnostic::isError).forEach(err::println);
        byKind(shown.stream().filter(d -> !d.isError()).toList()).forEach((kind, group) -> {
            err.println(kind + " (" + group.size() + "):");
            group.forEach(err::println);
        });
        long errors = shown.stream().filter(Diagnostic::isError).count();
        long warnings = shown.size() - errors;
        long files = shown.stream().map(d -> d.location().file()).distinct().count();
        suppressed.forEach((cause, n) -> err.println("and " + plural(n, "more error")
                + " that follow from " + cause.toString().replace('\\', '/') + " are not shown; fix it first"));
        if (!shown.isEmpty()) {
            err.println(plural(errors, "error") + (countWarnings ? ", " + plural(warnings, "warning") : "")
                    + " in " + plural(files, "file"));
        }
        err.flush();
    }

    /** Warnings by kind, the most frequent kind first (then by the kind's text); each group keeps file order. */
    static Map<String, List<Diagnostic>> byKind(List<Diagnostic> warnings) {
        Map<String, List<Diagnostic>> groups = new TreeMap<>();
        for (Diagnostic d : warnings) groups.computeIfAbsent(kind(d.message()), k -> new java.util.ArrayList<>()).add(d);
        Map<String, List<Diagnostic>> ordered = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Diagnostic>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** A message with its particular values (quoted ids, dates, numbers) replaced by "…". */
    static String kind(String message) {
        String k = QUOTED.matcher(message).replaceAll("'…'");
        k = DATE.matcher(k).replaceAll("…");
        return NUMBER.matcher(k).replaceAll("…");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
