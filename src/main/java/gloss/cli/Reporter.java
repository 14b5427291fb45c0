package gloss.cli;

import gloss.content.Diagnostic;
import gloss.content.Diagnostics;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics in {@code path:line:col: error: message} form with a summary line. */
final class Reporter {
    private Reporter() {}

    static void print(Diagnostics diagnostics, PrintWriter err) {
        List<Diagnostic> all = diagnostics.sorted();
        for (Diagnostic d : all) err.println(d);
        long errors = all.stream().filter(Diagnostic::isError).count();
        long warnings = all.size() - errors;
        long files = all.stream().map(d -> d.location().file()).distinct().count();
        diagnostics.suppressed().forEach((cause, n) -> err.println("and " + plural(n, "more error")
                + " that follow from " + cause.toString().replace('\\', '/') + " are not shown; fix it first"));
        if (!all.isEmpty()) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files, "file"));
        }
        err.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
