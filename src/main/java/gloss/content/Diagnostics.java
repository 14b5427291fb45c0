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
    /** Errors not shown because they follow from a file that could not be read, by that file. */
    private final java.util.Map<java.nio.file.Path, Integer> suppressed = new java.util.concurrent.ConcurrentSkipListMap<>();

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

    /**
     * Counts an error that follows only from {@code cause}, a file that could not be read (an unknown
     * source id when sources.yaml does not parse): it is not shown, only counted, so one slip is one error.
     */
    public void suppress(java.nio.file.Path cause) {
        suppressed.merge(cause, 1, Integer::sum);
    }

    /** The counts of {@link #suppress}ed errors, by the file they depend on. */
    public java.util.Map<java.nio.file.Path, Integer> suppressed() {
        return java.util.Map.copyOf(suppressed);
    }

    public boolean hasErrors() {
        if (!suppressed.isEmpty()) return true; // errors not shown are errors all the same
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
