package gloss.serve.incremental;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A read-only view of a model list: any read of it is recorded as a read of all of it. */
final class RecordingList<E> extends AbstractList<E> implements RandomAccess {
    private final List<E> list;
    private final String source;
    private final Recorder recorder;

    RecordingList(List<E> list, String source, Recorder recorder) {
        this.list = list;
        this.source = source;
        this.recorder = recorder;
    }

    @Override
    public E get(int index) {
        recorder.read(source, Reads.Whole.ALL);
        return list.get(index);
    }

    @Override
    public int size() {
        recorder.read(source, Reads.Whole.ALL);
        return list.size();
    }

    // Bulk reads record once and go straight to the list.

    @Override
    public Iterator<E> iterator() {
        recorder.read(source, Reads.Whole.ALL);
        return list.iterator();
    }

    @Override
    public Spliterator<E> spliterator() {
        recorder.read(source, Reads.Whole.ALL);
        return list.spliterator();
    }

    @Override
    public Stream<E> stream() {
        recorder.read(source, Reads.Whole.ALL);
        return list.stream();
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        recorder.read(source, Reads.Whole.ALL);
        list.forEach(action);
    }
}
