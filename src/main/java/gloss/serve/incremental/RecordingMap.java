package gloss.serve.incremental;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A read-only view of a model map that tells the {@link Recorder} what is read: one key for lookups,
 * the key set for sizes and key iteration, everything for values and entries.
 */
final class RecordingMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    private final String source;
    private final Recorder recorder;
    private final Function<Object, Object> keyOf;

    /** {@code keyOf} turns a lookup key into the recorded one (bodies are recorded by file). */
    RecordingMap(Map<K, V> map, String source, Recorder recorder, Function<Object, Object> keyOf) {
        this.map = map;
        this.source = source;
        this.recorder = recorder;
        this.keyOf = keyOf;
    }

    private void read(Object key) {
        recorder.read(source, keyOf.apply(key));
    }

    @Override
    public V get(Object key) {
        read(key);
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        read(key);
        return map.containsKey(key);
    }

    @Override
    public V getOrDefault(Object key, V fallback) {
        read(key);
        return map.getOrDefault(key, fallback);
    }

    @Override
    public int size() {
        recorder.read(source, Reads.Whole.KEYS);
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        recorder.read(source, Reads.Whole.KEYS);
        return map.isEmpty();
    }

    @Override
    public Set<K> keySet() {
        return new Keys();
    }

    @Override
    public Collection<V> values() {
        recorder.read(source, Reads.Whole.ALL);
        return map.values();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        recorder.read(source, Reads.Whole.ALL);
        return map.entrySet();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        recorder.read(source, Reads.Whole.ALL);
        map.forEach(action);
    }

    private final class Keys extends AbstractSet<K> {
        @Override
        public boolean contains(Object key) {
            read(key);
            return map.containsKey(key);
        }

        @Override
        public Iterator<K> iterator() {
            recorder.read(source, Reads.Whole.KEYS);
            return map.keySet().iterator();
        }

        @Override
        public int size() {
            recorder.read(source, Reads.Whole.KEYS);
            return map.size();
        }
    }
}
