package gloss.serve;

import gloss.Projects;
import gloss.content.Diagnostics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Test helper: {@code gloss serve} on a copy of the fixture project, on a free port, with a real HTTP
 * client and the terminal output captured. Waits are bounded by timeouts, never by elapsed-time asserts.
 */
final class RunningPreview implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);

    final Path root;
    final Preview preview;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> terminal = Collections.synchronizedList(new ArrayList<>());

    private RunningPreview(Path root, boolean drafts) throws IOException {
        this.root = root;
        this.preview = Preview.start(new Preview.Settings(root, drafts, "127.0.0.1", 0), new Preview.Log() {
            @Override
            public void info(String line) {
                terminal.add(line);
            }

            @Override
            public void diagnostics(Diagnostics diagnostics) {
                diagnostics.sorted().forEach(d -> terminal.add(d.toString()));
            }
        });
    }

    static RunningPreview of(Path dir, boolean drafts) throws IOException {
        return new RunningPreview(Projects.fixtureCopy(dir.resolve("project")), drafts);
    }

    static RunningPreview at(Path root, boolean drafts) throws IOException {
        return new RunningPreview(root, drafts);
    }

    URI uri(String path) {
        return preview.url().resolve(path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The server-sent events' data lines, as they arrive. */
    Events events() {
        return new Events(http, preview.events());
    }

    static final class Events implements AutoCloseable {
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Void>> stream;

        Events(HttpClient http, URI uri) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
            stream = http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("data: ")) data.add(line.substring(6));
                }

                @Override
                public void onError(Throwable t) {}

                @Override
                public void onComplete() {}
            }));
        }

        /** The next state whose JSON matches, skipping others; fails after the timeout. */
        String next(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                String json = data.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (json == null) throw new AssertionError("no matching server-sent event within " + WAIT);
                if (wanted.test(json)) return json;
            }
        }

        @Override
        public void close() {
            stream.cancel(true);
        }
    }

    @Override
    public void close() {
        preview.close();
    }
}
