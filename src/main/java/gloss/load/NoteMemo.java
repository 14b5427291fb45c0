package gloss.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a long-running caller ({@code gloss serve}) keep what earlier loads read from a file that has not
 * changed since: a note, or a registry whose entries depend on its own file alone. {@link #NONE} reads
 * every time, which is what {@code build} and {@code check} use. Implementations must be thread-safe
 * (notes load in parallel).
 */
public interface NoteMemo {
    /** What was read from {@code file}, from memory or from {@code read}. */
    <T> Optional<T> note(Path file, Supplier<Optional<T>> read);

    NoteMemo NONE = new NoteMemo() {
        @Override
        public <T> Optional<T> note(Path file, Supplier<Optional<T>> read) {
            return read.get();
        }
    };
}
