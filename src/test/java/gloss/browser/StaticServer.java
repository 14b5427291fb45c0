package gloss.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gloss.serve.ContentTypes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small static file server on 127.0.0.1 for the browser tests: serves {@code root} under the URL path
 * {@code base} (the path of the explainer's {@code base_url}, so root-relative links of the 404 page work),
 * {@code dir/index.html} for {@code dir/}, a redirect for {@code dir} without its slash, and the site's
 * {@code 404.html} with status 404 for anything else. Content types are set here because
 * {@code com.sun.net.httpserver} sets none (the same table as serve). Independent of {@code gloss serve}
 * otherwise.
 */
final class StaticServer implements AutoCloseable {
    private final Path root;
    private final String base;
    private final HttpServer server;
    private final ExecutorService executor;

    /** Starts serving {@code root} at {@code http://127.0.0.1:PORT{base}}; {@code base} starts and ends with "/". */
    StaticServer(Path root, String base) throws IOException {
        if (!base.startsWith("/") || !base.endsWith("/")) throw new IllegalArgumentException("base path: " + base);
        this.root = root.toAbsolutePath().normalize();
        this.base = base;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's address, e.g. {@code http://127.0.0.1:41234/peace-plan/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + base;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes());
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath(); // percent-decoded
            if (path.equals(base.substring(0, base.length() - 1))) {
                redirect(ex, base);
                return;
            }
            Path file = path.startsWith(base) ? resolve(path.substring(base.length())) : null;
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(ex, ex.getRequestURI().getRawPath() + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                if (Files.isRegularFile(notFound)) send(ex, 404, ContentTypes.of("404.html"), Files.readAllBytes(notFound));
                else send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes());
                return;
            }
            send(ex, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    /** The file for a site-relative path, or null when the path leaves the root. */
    private Path resolve(String relative) {
        Path p = root.resolve(relative).normalize();
        return p.startsWith(root) ? p : null;
    }

    static String contentType(Path file) {
        return ContentTypes.of(file.getFileName().toString());
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
