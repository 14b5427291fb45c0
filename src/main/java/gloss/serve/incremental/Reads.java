package gloss.serve.incremental;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Entries of the model's named collections ({@code reactionsByActor}, {@code content.reactions},
 * {@code parsed} for rendered bodies by file): what a page read, or what changed between two builds.
 * A key is an entry's key, or a {@link Whole} for reads of a collection as a whole. Kept by collection,
 * so checking a page against a change costs a lookup per changed entry, not a scan of the page's reads.
 */
final class Reads {
    /** Reads of a collection as a whole: its key set (size, iteration of keys) or everything in it. */
    enum Whole { KEYS, ALL }

    static final Reads NONE = new Reads(Map.of());

    private final Map<String, Set<Object>> bySource;

    private Reads(Map<String, Set<Object>> bySource) {
        this.bySource = bySource;
    }

    boolean isEmpty() {
        return bySource.isEmpty();
    }

    /** Whether the two share an entry. */
    boolean overlaps(Reads other) {
        Reads small = bySource.size() <= other.bySource.size() ? this : other;
        Reads large = small == this ? other : this;
        for (Map.Entry<String, Set<Object>> e : small.bySource.entrySet()) {
            Set<Object> keys = large.bySource.get(e.getKey());
            if (keys == null) continue;
            Set<Object> fewer = e.getValue().size() <= keys.size() ? e.getValue() : keys;
            Set<Object> more = fewer == keys ? e.getValue() : keys;
            for (Object k : fewer) if (more.contains(k)) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return bySource.toString();
    }

    /** Collects reads; not thread-safe (one per page, on the thread rendering it). */
    static class Builder {
        /** Takes reads and keeps none. */
        static final Builder DISCARD = new Builder() {
            @Override
            void add(String source, Object key) {}
        };

        private final Map<String, Set<Object>> bySource = new HashMap<>();

        void add(String source, Object key) {
            bySource.computeIfAbsent(source, s -> new HashSet<>()).add(key);
        }

        Reads build() {
            Map<String, Set<Object>> copy = new HashMap<>();
            bySource.forEach((source, keys) -> copy.put(source, Set.copyOf(keys)));
            return new Reads(Map.copyOf(copy));
        }
    }
}
