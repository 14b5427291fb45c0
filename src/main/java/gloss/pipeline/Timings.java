package gloss.pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time per build phase, for {@code gloss build --timings} (Jekyll's {@code --profile}, Hugo's
 * {@code --templateMetrics}): so that a slow build can be explained from the command line rather than
 * guessed at. {@link #OFF} records nothing and costs nothing.
 */
public final class Timings {
    public static final Timings OFF = new Timings(false);

    private record Phase(String name, long nanos) {}

    private final boolean on;
    private final List<Phase> phases = new ArrayList<>();

    private Timings(boolean on) {
        this.on = on;
    }

    public static Timings on() {
        return new Timings(true);
    }

    public <T> T time(String phase, Supplier<T> work) {
        if (!on) return work.get();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    public void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    public synchronized void add(String phase, long nanos) {
        if (on) phases.add(new Phase(phase, nanos));
    }

    /** One line per phase in the order run, then the total; the JVM's own start-up first when known. */
    public synchronized void print(PrintWriter out) {
        if (!on) return;
        long total = 0;
        for (Phase p : phases) total += p.nanos();
        for (Phase p : phases) {
            out.printf("%-28s %7.1f ms  %5.1f%%%n", p.name(), p.nanos() / 1e6, total == 0 ? 0 : 100.0 * p.nanos() / total);
        }
        out.printf("%-28s %7.1f ms%n", "total", total / 1e6);
        out.flush();
    }
}
