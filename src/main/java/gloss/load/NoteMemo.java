package gloss.load;

import gloss.content.Body;
import gloss.content.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a long-running caller ({@code gloss serve}) keep what earlier loads read from a file that has not
 * changed since: a note, or a registry whose entries depend on its own file alone. What is kept is the
 * whole outcome of reading the file, problems included, so a file that did not change reports the same
 * problems on every build. {@link #NONE} reads every time, which is what {@code build} and {@code check}
 * use. Implementations must be thread-safe (notes load in parallel).
 */
public interface NoteMemo {
    /**
     * What reading one file gave: the record (empty when it could not be read), the problems found in it,
     * whether it is a draft, and, for a note whose front matter failed, its body, so that the body's own
     * problems are still reported.
     */
    record Loaded<T>(Optional<T> value, List<Diagnostic> problems, boolean draft, Optional<Body> orphan) {}

    /** What was read from {@code file}, from memory or from {@code read}. */
    <T> Loaded<T> note(Path file, Supplier<Loaded<T>> read);

    NoteMemo NONE = new NoteMemo() {
        @Override
        public <T> Loaded<T> note(Path file, Supplier<Loaded<T>> read) {
            return read.get();
        }
    };
}
