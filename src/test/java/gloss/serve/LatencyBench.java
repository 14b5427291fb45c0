package gloss.serve;

import gloss.Projects;
import gloss.content.Diagnostics;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Save-to-reload latency of {@code gloss serve}: starts serve on a copy of a project, subscribes to its
 * event stream like a browser tab, then N times edits the body of one note and measures the time from
 * the end of the write to the arrival of the reload event and then of the reloaded page (the tab asks
 * for it on the event; serve renders it then). Prints every sample, then median and p90.
 *
 * <pre>LatencyBench ROOT [N] [provisions|reactions|notes]</pre>
 *
 * ROOT is copied (content/ and templates/) to a temporary folder first, so the project itself is never
 * touched. The edit inserts or removes a word before the first citation of the note's body, which keeps
 * the note valid and changes only that body. See bench/README.md, "Save-to-reload latency".
 */
public final class LatencyBench {
    private static final int WARM_UP = 5;
    private static final long EVENT_TIMEOUT_S = 600;
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+),\"ok\":(true|false)");

    private LatencyBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: LatencyBench ROOT [N] [provisions|reactions|notes]");
            System.exit(2);
        }
        Path source = Path.of(args[0]).toAbsolutePath().normalize();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String which = args.length > 2 ? args[2] : "provisions";
        Path work = Files.createTempDirectory("gloss-latency-");
        try {
            run(source, work, n, which);
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path source, Path work, int n, String which) throws Exception {
        Projects.copyTree(source.resolve("content"), work.resolve("content"));
        Projects.copyTree(source.resolve("templates"), work.resolve("templates"));
        List<Path> notes = notes(work, which);
        System.out.println("project: " + source + " (" + notes.size() + " " + which + " to edit), copied to " + work);

        long start = System.nanoTime();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (Preview serve = Preview.start(new Preview.Settings(work, false, "127.0.0.1", 0), new Preview.Log() {
            @Override
            public void info(String line) {
                log.add(line);
            }

            @Override
            public void diagnostics(Diagnostics diagnostics) {
                diagnostics.sorted().stream().limit(5).forEach(d -> log.add(d.toString()));
            }
        })) {
            System.out.printf("first build and server start: %d ms; %s%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), log.isEmpty() ? "" : log.get(log.size() - 1));
            if (serve.published() == null) {
                log.forEach(System.out::println);
                throw new IllegalStateException("the project does not build; fix it first");
            }
            BlockingQueue<Arrival> events = subscribe(serve);
            long version = take(events).version(); // the state sent on connecting
            Random random = new Random(20251121);
            List<Long> samples = new ArrayList<>();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < WARM_UP + n; i++) {
                Path note = notes.get(random.nextInt(notes.size()));
                String before = Files.readString(note);
                String after = toggle(before);
                Files.writeString(note, after);
                long saved = System.nanoTime();
                Arrival event = take(events);
                while (event.version() <= version && event.ok()) event = take(events); // a stray event
                if (!event.ok()) throw new IllegalStateException("the edit broke the build: " + log);
                version = event.version();
                long eventMicros = TimeUnit.NANOSECONDS.toMicros(event.at() - saved);
                String folder = note.getParent().getFileName().toString();
                String stem = note.getFileName().toString().replaceFirst("\\.md$", "");
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(serve.url().resolve(folder + "/" + stem + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - saved);
                if (page.statusCode() != 200) throw new IllegalStateException("the page answered " + page.statusCode());
                if (i >= WARM_UP) {
                    samples.add(micros);
                    System.out.printf("%3d  %7.1f ms to the event, %7.1f ms to the reloaded page  %s%n", i - WARM_UP + 1,
                            eventMicros / 1000.0, micros / 1000.0, work.relativize(note));
                }
                Thread.sleep(100); // editors do not save twice within a few ms; let the tab settle
            }
            Collections.sort(samples);
            System.out.printf("save-to-reload latency over %d saves: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                    samples.size(), percentile(samples, 50), percentile(samples, 90),
                    samples.get(0) / 1000.0, samples.get(samples.size() - 1) / 1000.0);
        }
    }

    private record Arrival(long version, boolean ok, long at) {}

    private static BlockingQueue<Arrival> subscribe(Preview serve) {
        BlockingQueue<Arrival> out = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(serve.events()).build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                long now = System.nanoTime();
                Matcher m = VERSION.matcher(line);
                if (line.startsWith("data: ") && m.find()) {
                    out.add(new Arrival(Long.parseLong(m.group(1)), Boolean.parseBoolean(m.group(2)), now));
                }
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {}
        }));
        return out;
    }

    private static Arrival take(BlockingQueue<Arrival> events) throws InterruptedException {
        Arrival a = events.poll(EVENT_TIMEOUT_S, TimeUnit.SECONDS);
        if (a == null) throw new IllegalStateException("no event from serve within " + EVENT_TIMEOUT_S + " s");
        return a;
    }

    /** Adds the word "reportedly" before the body's first citation, or takes it out again. */
    static String toggle(String note) {
        int body = note.indexOf("\n---\n", 4);
        int cite = note.indexOf(" [@", body < 0 ? 0 : body + 5);
        if (cite < 0) return note + "\n";
        String marker = " reportedly";
        if (note.startsWith(marker, cite - marker.length())) {
            return note.substring(0, cite - marker.length()) + note.substring(cite);
        }
        return note.substring(0, cite) + marker + note.substring(cite);
    }

    private static List<Path> notes(Path root, String which) throws IOException {
        List<String> folders = switch (which) {
            case "provisions" -> List.of("provisions");
            case "reactions" -> List.of("reactions");
            case "notes" -> List.of("provisions", "reactions");
            default -> throw new IllegalArgumentException("edit provisions, reactions or notes, not " + which);
        };
        List<Path> out = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> list = Files.list(root.resolve("content").resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no " + which + " under " + root.resolve("content"));
        return out;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
