package gloss.serve.incremental;

import java.util.function.Supplier;

/**
 * Collects what each page reads from the model while it renders. A page renders on one thread, so reads
 * on a thread go to the page being recorded there. A read while pages render on a thread where no page
 * is being recorded means work this recorder cannot attribute (say, a parallel stream inside a page):
 * the build is then marked {@link #leaked()} and its dependencies are not trusted.
 */
final class Recorder {
    private final ThreadLocal<Reads.Builder> current = new ThreadLocal<>();
    private volatile boolean rendering;
    private volatile boolean leaked;

    record Recorded<T>(T value, Reads reads) {}

    <T> Recorded<T> record(Supplier<T> work) {
        Reads.Builder previous = current.get(); // a worker may run a page while it waits inside another
        Reads.Builder reads = new Reads.Builder();
        current.set(reads);
        try {
            T value = work.get();
            return new Recorded<>(value, reads.build());
        } finally {
            current.set(previous);
        }
    }

    /** Runs {@code work} without recording its reads (planning which pages exist is not a page's read). */
    <T> T ignoring(Supplier<T> work) {
        Reads.Builder previous = current.get();
        current.set(Reads.Builder.DISCARD);
        try {
            return work.get();
        } finally {
            current.set(previous);
        }
    }

    void read(String source, Object key) {
        Reads.Builder reads = current.get();
        if (reads != null) reads.add(source, key);
        else if (rendering) leaked = true;
    }

    void rendering(boolean on) {
        rendering = on;
    }

    boolean leaked() {
        return leaked;
    }
}
