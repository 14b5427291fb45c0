package gloss.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The HTTP side of serve: the site from memory (GET and HEAD only), {@code /_gloss/events} and
 * {@code /_gloss/reload.js}. Every HTML page gets the reload script (and, for drafts, a banner) as it
 * is sent. Folders serve their index.html and a folder URL without its slash is redirected to it;
 * a missing page gets the site's 404.html with status 404; a request that does not name a site path
 * plainly gets 400 (see {@link RequestPath}). A request for another host name than the preview's gets
 * 421 (see {@link AllowedHosts}). Requests run on a fixed pool of {@link #THREADS} threads; an event
 * stream holds its thread while the tab is open, so at most {@link #STREAMS} streams run at once (more
 * tabs are told to retry), and pages always find a thread.
 */
final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/_gloss/events";
    static final String SCRIPT = "/_gloss/reload.js";
    static final int THREADS = 16;
    static final int STREAMS = 12;

    private static final String WAITING = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>Gloss: no successful build yet</title>\n</head>\n<body>\n<main>\n<h1>No successful build yet</h1>\n"
            + "<p>gloss serve is waiting for the content to build without errors; they are listed in the terminal "
            + "and below. This page reloads by itself once the site builds.</p>\n</main>\n</body>\n</html>\n";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Supplier<Published> site;
    private final EventHub hub;
    private final byte[] script;
    private final AllowedHosts hosts;
    private final java.util.concurrent.Semaphore streams = new java.util.concurrent.Semaphore(STREAMS);

    PreviewServer(InetSocketAddress address, Supplier<Published> site, EventHub hub) throws IOException {
        this.site = site;
        this.hub = hub;
        this.script = resource("reload.js");
        this.server = HttpServer.create(address, 0);
        this.hosts = new AllowedHosts(address.getHostString(), server.getAddress().getPort());
        // named after the port, so a thread dump (and a test) tells one server's pool from another's
        String name = "gloss-http-" + server.getAddress().getPort();
        this.threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        // The exchange is closed after the catch blocks, so a failure can still be answered with a 500
        // (a try-with-resources would close it before they run, and the browser would get no answer).
        try {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!hosts.allows(host)) {
                text(exchange, 421, hosts.refusal(host), head);
                return;
            }
            if (!head && !method.equals("GET")) {
                headers.set("Allow", "GET, HEAD");
                text(exchange, 405, "Method not allowed: serve only answers GET and HEAD.", head);
                return;
            }
            java.net.URI uri = exchange.getRequestURI();
            if (uri.isOpaque() || (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http"))
                    || (uri.getScheme() == null && uri.getRawAuthority() != null)) { // "//host/path"
                text(exchange, 400, "Bad request: not an http URL.", head);
                return;
            }
            String raw = uri.getRawPath();
            if (EVENTS.equals(raw)) {
                if (!streams.tryAcquire()) {
                    tooManyStreams(exchange, head);
                    return;
                }
                try {
                    hub.stream(exchange, head);
                } finally {
                    streams.release();
                }
            } else if (SCRIPT.equals(raw)) {
                send(exchange, 200, ContentTypes.of(SCRIPT), script, head);
            } else {
                Optional<RequestPath> path = RequestPath.parse(raw);
                if (path.isEmpty()) text(exchange, 400, "Bad request: not a plain path of the site.", head);
                else site(exchange, path.get(), head);
            }
        } catch (IOException | UncheckedIOException e) {
            // the browser went away mid-response: nothing to tell it
        } catch (RuntimeException e) {
            // a bug in serve must not take the server down; the tab gets a 500
            try {
                text(exchange, 500, "Internal error in gloss serve: " + e, false);
            } catch (IOException | RuntimeException ignored) {
                // headers were already sent
            }
        } finally {
            exchange.close();
        }
    }

    private void site(HttpExchange exchange, RequestPath path, boolean head) throws IOException {
        Published published = site.get();
        if (published == null) {
            send(exchange, 503, "text/html; charset=utf-8",
                    Injector.inject(WAITING.getBytes(StandardCharsets.UTF_8), 0, false), head);
            return;
        }
        String base = published.basePath();
        String decoded = path.path();
        if (!base.equals("/") && (decoded.equals("/") || decoded.equals(base.substring(0, base.length() - 1)))) {
            redirect(exchange, 302, published.rawBasePath(), head); // temporary: base_url may change while editing
            return;
        }
        if (!decoded.startsWith(base)) {
            notFound(exchange, published, head);
            return;
        }
        String rel = decoded.substring(base.length());
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        Optional<byte[]> body = published.file(file);
        if (body.isEmpty() && !rel.endsWith("/") && published.file(rel + "/index.html").isPresent()) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, 301, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query), head);
            return;
        }
        if (body.isEmpty()) {
            notFound(exchange, published, head);
            return;
        }
        byte[] bytes = body.get();
        if (ContentTypes.isHtml(file)) bytes = Injector.inject(bytes, published.version(), published.isDraft(file));
        send(exchange, 200, ContentTypes.of(file), bytes, head);
    }

    private void notFound(HttpExchange exchange, Published published, boolean head) throws IOException {
        Optional<byte[]> page = published.file("404.html");
        if (page.isPresent()) {
            send(exchange, 404, ContentTypes.of("404.html"), Injector.inject(page.get(), published.version(), false), head);
        } else {
            text(exchange, 404, "Not found.", head);
        }
    }

    /** An event stream that ends at once, asking the tab to try again later (EventSource reconnects by itself). */
    private static void tooManyStreams(HttpExchange exchange, boolean head) throws IOException {
        send(exchange, 200, "text/event-stream; charset=utf-8", ("retry: 5000\n\n: gloss serve has " + STREAMS
                + " tabs open already; this one tries again in 5 s\n\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void redirect(HttpExchange exchange, int status, String location, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        text(exchange, status, "Moved to " + location, head);
    }

    private static void text(HttpExchange exchange, int status, String message, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            // HEAD: the headers a GET would get, without the body; the server sends no length itself.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource gloss/serve/" + name);
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        hub.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
