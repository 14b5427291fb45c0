package gloss.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of a run so editors see them all at once. Thread-safe: the loader and
 * renderer report from parallel workers; {@link #sorted()} gives a deterministic order.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = Collections.synchronizedList(new ArrayList<>());

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Location at, String message) {
        add(Diagnostic.error(at, message));
    }

    public void error(Location at, String message, String hint) {
        add(Diagnostic.error(at, message, hint));
    }

    public void warning(Location at, String message) {
        add(Diagnostic.warning(at, message));
    }

    public void warning(Location at, String message, String hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    public boolean hasErrors() {
        synchronized (all) {
            return all.stream().anyMatch(Diagnostic::isError);
        }
    }

    public List<Diagnostic> sorted() {
        synchronized (all) {
            return all.stream().distinct().sorted().toList();
        }
    }
}
