package gloss.serve.incremental;

import gloss.content.Body;
import gloss.markdown.ParsedBody;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed and checked bodies of the notes that did not change. A hit must be the very same body object
 * (the pipeline indexes parsed bodies by identity), which it is for a note the {@link NoteCache} kept;
 * a re-read note is parsed again. Entries not used by a build are dropped after it.
 */
final class BodyCache {
    private record Key(Body body, boolean cited) {}

    private static final class Entry {
        final ParsedBody parsed;
        volatile long build; // the last build that used it

        Entry(ParsedBody parsed, long build) {
            this.parsed = parsed;
            this.build = build;
        }
    }

    private final Map<Key, Entry> bodies = new ConcurrentHashMap<>();
    private volatile long build;

    ParsedBody parse(Body body, boolean cited, Supplier<ParsedBody> parseAndCheck) {
        Key key = new Key(body, cited);
        Entry known = bodies.get(key);
        if (known != null && known.parsed.body() == body) {
            known.build = build;
            return known.parsed;
        }
        ParsedBody fresh = parseAndCheck.get();
        bodies.put(key, new Entry(fresh, build));
        return fresh;
    }

    /** After a build: forget bodies it did not use and those of files it reported problems in. */
    void finish(Set<Path> filesWithProblems) {
        long current = build;
        bodies.entrySet().removeIf(e -> e.getValue().build != current
                || filesWithProblems.contains(e.getKey().body().start().file()));
        build = current + 1;
    }

    void clear() {
        bodies.clear();
    }
}
