package gloss.serve;

import gloss.content.Body;
import gloss.load.NoteMemo;
import gloss.pipeline.Pipeline;
import gloss.render.Templates;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What serve keeps from one build to the next: notes and registries read from files that did not
 * change, bodies already parsed and checked, and the templates. A save drops what came from the saved
 * file ({@link #changed}); everything else is answered from memory, so a rebuild after a save reads and
 * parses one file and resolves the model again, and renders nothing until a page is asked for.
 * Entries unused by the latest build are dropped after it ({@link #finishBuild}), so memory follows the
 * project. Thread-safe: notes load and parse in parallel.
 */
final class Kept implements Pipeline.Memo {
    private final Map<Path, NoteMemo.Loaded<?>> notes = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> notesUsed = new ConcurrentHashMap<>();
    /** Keyed by the body's text and place: an unchanged body of a re-read file keeps its parse. */
    private final Map<Body, Pipeline.Parsed> parsed = new ConcurrentHashMap<>();
    private final Map<Body, Boolean> parsedUsed = new ConcurrentHashMap<>();
    private volatile Templates templates;

    /** Forgets what was read from these files (saved, created or deleted). */
    void changed(Collection<Path> paths) {
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            notes.keySet().removeIf(k -> k.equals(abs) || k.startsWith(abs));
            if (abs.toString().contains("/templates")) templates = null;
        }
    }

    /** Templates must be made again (a file under templates/ changed). */
    void templatesChanged() {
        templates = null;
    }

    void finishBuild() {
        notes.keySet().retainAll(notesUsed.keySet());
        parsed.keySet().retainAll(parsedUsed.keySet());
        notesUsed.clear();
        parsedUsed.clear();
    }

    @Override
    public NoteMemo notes() {
        return new NoteMemo() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> NoteMemo.Loaded<T> note(Path file, Supplier<NoteMemo.Loaded<T>> read) {
                Path key = file.toAbsolutePath().normalize();
                notesUsed.put(key, true);
                return (NoteMemo.Loaded<T>) notes.computeIfAbsent(key, k -> read.get());
            }
        };
    }

    @Override
    public Pipeline.Parsed parsed(Body body, boolean cited, Supplier<Pipeline.Parsed> make) {
        parsedUsed.put(body, true);
        return parsed.computeIfAbsent(body, b -> make.get());
    }

    @Override
    public Templates templates(Supplier<Templates> make) {
        Templates t = templates;
        if (t == null) templates = t = make.get();
        return t;
    }
}
