package gloss.serve.incremental;

import gloss.load.NoteMemo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Notes as last read, by absolute file path. Serve evicts a path when the watcher reports it changed and
 * when a build reported a problem in it (so its diagnostics come back on the next read).
 */
final class NoteCache implements NoteMemo {
    private final Map<Path, Optional<?>> notes = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> note(Path file, Supplier<Optional<T>> read) {
        Optional<?> known = notes.get(file);
        if (known != null) return (Optional<T>) known;
        Optional<T> fresh = read.get();
        notes.put(file, fresh);
        return fresh;
    }

    /** Forgets {@code path} and, when it is a folder, everything under it. */
    void evict(Path path) {
        notes.keySet().removeIf(p -> p.startsWith(path));
    }

    void clear() {
        notes.clear();
    }
}
