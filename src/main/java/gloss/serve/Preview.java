package gloss.serve;

import gloss.pipeline.Pipeline;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.content.Location;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code gloss serve}: prepares the project (load, resolve, check: every content error is found
 * there), serves it from memory, rendering each page when it is first asked for, and after every save
 * prepares it again and tells open tabs to reload. Unchanged files are not read or parsed again
 * ({@link Kept}). While the content has errors it keeps serving the last good build; the errors go to
 * the terminal and to an overlay in the page. It never writes site/: serve is a preview.
 *
 * <p>Threads: the watcher queues changed paths; one rebuild thread drains them (waiting for a short
 * quiet spell, as editors save in several steps) and is the only one to prepare; HTTP threads read the
 * published build, which is swapped atomically, and render its pages.
 */
public final class Preview implements AutoCloseable {
    /** How long a save must be quiet before the rebuild starts, and the longest it waits for quiet. */
    private static final long QUIET_MS = 8;
    private static final long MAX_WAIT_MS = 150;
    /**
     * How long a failed build waits for another change before it is reported. An editor that truncates
     * a file and then writes it can be caught in between; the half-written file should not flash errors.
     */
    private static final long ERROR_GRACE_MS = 120;

    /** What to serve and where. {@code host} is the address to bind: loopback unless asked otherwise. */
    public record Settings(Path root, boolean drafts, String host, int port) {}

    /** Where serve reports: information lines, and diagnostics in {@code path:line:col: error: message} form. */
    public interface Log {
        void info(String line);

        void diagnostics(Diagnostics diagnostics);
    }

    private final Settings settings;
    private final Log log;
    private final Path root;
    private final Kept kept = new Kept();
    private final Pipeline pipeline = new Pipeline(kept, gloss.pipeline.Timings.OFF);
    private final EventHub hub = new EventHub();
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicBoolean closeOnce = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread rebuilder;
    private volatile Published published;
    private volatile boolean closing;
    private long version;
    private Watcher watcher;
    private PreviewServer server;

    private Preview(Settings settings, Log log) {
        this.settings = settings;
        this.log = log;
        this.root = settings.root().toAbsolutePath().normalize();
        this.rebuilder = new Thread(this::rebuildLoop, "gloss-rebuild");
        rebuilder.setDaemon(true);
    }

    /** Builds, then serves; returns once the server listens. The first build's problems are logged. */
    public static Preview start(Settings settings, Log log) throws IOException {
        Preview preview = new Preview(settings, log);
        try {
            preview.watcher = new Watcher(preview.root, preview.changes::add); // before building: no save is missed
            preview.rebuild(Set.of());
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port());
            preview.server = new PreviewServer(address, () -> preview.published, preview.hub);
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        preview.rebuilder.start();
        return preview;
    }

    /** The address of the site: the server and the path of the explainer's {@code base_url}. */
    public URI url() {
        Published p = published;
        String host = settings.host();
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) host = "127.0.0.1";
            else if (address instanceof Inet6Address) host = "[" + host + "]";
        } catch (IOException e) {
            // keep the name as given
        }
        try {
            return new URI("http", null, host, server.port(), p == null ? "/" : p.basePath(), null, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e); // host and port come from a bound socket, the path from a URI
        }
    }

    /** The address of the event stream the reload script listens to. */
    public URI events() {
        return url().resolve(PreviewServer.EVENTS);
    }

    /** The build being served, or null before the first good one. */
    Published published() {
        return published;
    }

    private void rebuildLoop() {
        try {
            Path first = null;
            while (!closing) {
                Set<Path> batch = new LinkedHashSet<>();
                batch.add(first != null ? first : changes.take());
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                Path more;
                while (System.nanoTime() < deadline && (more = changes.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    batch.add(more);
                }
                changes.drainTo(batch);
                if (closing) break;
                Built built = build(batch);
                first = built.ok() ? null : changes.poll(ERROR_GRACE_MS, TimeUnit.MILLISECONDS);
                if (first == null) publish(built); // else the failure was likely a save in progress
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild(Set<Path> changed) {
        publish(build(changed));
    }

    /** The outcome of one build, before it is reported and published. */
    private record Built(Optional<Pipeline.Prepared> pages, Diagnostics diagnostics, long ms) {
        boolean ok() {
            return pages.isPresent();
        }
    }

    private Built build(Set<Path> changed) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Pipeline.Prepared> pages;
        try {
            kept.changed(changed);
            pages = pipeline.prepare(new Pipeline.Options(root, settings.drafts()), diagnostics);
            kept.finishBuild();
        } catch (RuntimeException e) {
            // A bug in gloss, not in the content: say so, keep serving the last good build.
            diagnostics.error(Location.of(Path.of("gloss")), "internal error: " + e);
            pages = Optional.empty();
        }
        return new Built(pages, diagnostics, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /**
     * Reports a build and serves it; open tabs are told to reload. Its pages are rendered as they are
     * asked for; a template that fails on one is reported as it is found.
     */
    private void publish(Built built) {
        log.diagnostics(built.diagnostics());
        Optional<Pipeline.Prepared> pages = built.pages();
        if (pages.isPresent() && published != null && published.sameInput(pages.get())) {
            // A save without changes: the version stays, so open tabs keep their page; rendered pages are kept.
            log.info("gloss: checked in " + built.ms() + " ms; nothing changed");
            hub.publish(Status.json(version, true, built.diagnostics().sorted()));
            return;
        }
        if (pages.isPresent()) {
            version++;
            long v = version;
            published = new Published(v, pages.get(), settings.drafts(), problems -> {
                log.diagnostics(problems);
                hub.publish(Status.json(v, false, problems.sorted()));
            });
            log.info("gloss: checked in " + built.ms() + " ms; pages are rendered as they are asked for");
        } else {
            log.info("gloss: build failed in " + built.ms() + " ms; "
                    + (published == null ? "nothing to serve until it succeeds" : "still serving the last good build"));
        }
        List<Diagnostic> all = built.diagnostics().sorted();
        hub.publish(Status.json(version, pages.isPresent(), all));
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (!closeOnce.compareAndSet(false, true)) return; // Ctrl+C also runs this, from a shutdown hook
        closing = true;
        changes.offer(root); // wakes the rebuild thread, which then sees closing
        if (server != null) server.close();
        hub.close();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
        closed.countDown();
    }
}
