package gloss.serve;

import gloss.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server through real HTTP requests, on a free port: what it serves, with which status
 * and content type, and what it refuses. One server for the class (it only reads).
 */
class PreviewServerTest {
    @TempDir
    static Path dir;
    static RunningPreview serve;

    @BeforeAll
    static void start() throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("project"));
        Path assets = root.resolve("templates/assets");
        Files.writeString(assets.resolve("icon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.write(assets.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(assets.resolve("font.woff2"), new byte[] {'w', 'O', 'F', '2'});
        Files.writeString(assets.resolve("module.mjs"), "export const x = 1;\n");
        Files.writeString(assets.resolve("notes.txt"), "plain\n");
        serve = RunningPreview.at(root, false);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void listensOnLoopbackAndPrintsTheSiteAddress() throws Exception {
        assertEquals("127.0.0.1", serve.preview.url().getHost());
        assertEquals("/fixture/", serve.preview.url().getPath(), "the site lives at the path of its base_url");
        assertTrue(serve.preview.url().getPort() > 0, "--port 0 picked a free port");
        // Not reachable through another address of this machine, if it has one.
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (other.isPresent()) {
            try (Socket s = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> s.connect(new InetSocketAddress(other.get(), serve.preview.url().getPort()), 5000));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/fixture/, text/html; charset=utf-8",
            "/fixture/provisions/01-borders/, text/html; charset=utf-8",
            "/fixture/assets/gloss.css, text/css; charset=utf-8",
            "/fixture/assets/gloss.js, text/javascript; charset=utf-8",
            "/fixture/assets/module.mjs, text/javascript; charset=utf-8",
            "/fixture/assets/icon.svg, image/svg+xml; charset=utf-8",
            "/fixture/assets/logo.png, image/png",
            "/fixture/assets/font.woff2, font/woff2",
            "/fixture/assets/notes.txt, text/plain; charset=utf-8",
            "/fixture/data/explainer.json, application/json; charset=utf-8",
            "/fixture/search/documents.js, text/javascript; charset=utf-8",
            "/fixture/sitemap.xml, application/xml; charset=utf-8",
            "/fixture/feed.xml, application/xml; charset=utf-8",
            "/fixture/robots.txt, text/plain; charset=utf-8",
            "/_gloss/reload.js, text/javascript; charset=utf-8"})
    void servesFilesWithTheirContentType(String path, String type) throws Exception {
        HttpResponse<String> r = serve.get(path);
        assertEquals(200, r.statusCode(), path);
        assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void servesTheBuiltBytesWithTheReloadScriptAddedToPagesOnly() throws Exception {
        byte[] built = new gloss.pipeline.Pipeline().run(new gloss.pipeline.Pipeline.Options(serve.root, false),
                new gloss.content.Diagnostics()).orElseThrow().get("provisions/01-borders/index.html");
        String page = serve.get("/fixture/provisions/01-borders/").body();
        String script = "<script src=\"/_gloss/reload.js\" data-gloss-version=\"1\"></script></body>";
        assertTrue(page.contains(script), page);
        assertEquals(new String(built, StandardCharsets.UTF_8), page.replace(script, "</body>"));
        String css = serve.get("/fixture/assets/gloss.css").body();
        assertEquals(Files.readString(serve.root.resolve("templates/assets/gloss.css")), css);
    }

    @Test
    void folderUrlsServeTheirIndexAndGetTheirSlash() throws Exception {
        HttpResponse<String> noSlash = serve.get("/fixture/provisions/01-borders?x=1");
        assertEquals(301, noSlash.statusCode());
        assertEquals("/fixture/provisions/01-borders/?x=1", noSlash.headers().firstValue("Location").orElse(""));
        HttpResponse<String> root = serve.get("/");
        assertEquals(302, root.statusCode());
        assertEquals("/fixture/", root.headers().firstValue("Location").orElse(""));
        assertEquals(302, serve.get("/fixture").statusCode());
        assertTrue(serve.get("/fixture/").body().contains("<title>Fixture explainer</title>"));
        assertTrue(serve.get("/fixture/provisions/01-borders/index.html").body().contains("<h1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fixture/no-such-page/", "/fixture/provisions/99-none/", "/fixture/assets/none.css",
            "/elsewhere/", "/fixture/index.htm"})
    void aMissingPageGetsTheSite404PageWithStatus404(String path) throws Exception {
        HttpResponse<String> r = serve.get(path);
        assertEquals(404, r.statusCode(), path);
        assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("Page not found"), r.body());
        assertTrue(r.body().contains("/_gloss/reload.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void onlyGetAndHeadAreAllowed(String method) throws Exception {
        HttpResponse<String> r = serve.send(HttpRequest.newBuilder(serve.uri("/fixture/"))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
        assertEquals(200, serve.get("/fixture/").statusCode(), "still serving");
    }

    @Test
    void headGivesTheHeadersOfGetWithoutABody() throws Exception {
        HttpResponse<String> get = serve.get("/fixture/timeline/");
        HttpResponse<String> head = serve.send(HttpRequest.newBuilder(serve.uri("/fixture/timeline/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
    }

    /** Raw request lines, since an HTTP client may tidy a path before sending it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/fixture/../content/explainer.yaml",
            "/fixture/%2e%2e/content/explainer.yaml",
            "/fixture/%2E%2E/%2E%2E/etc/passwd",
            "/fixture/.%2e/x",
            "/fixture/./index.html",
            "/fixture/provisions%2f01-borders/",
            "/fixture/a%5c..%5cb",
            "/fixture/..\\..\\etc\\passwd",
            "/fixture//etc/passwd",
            "//etc/passwd",
            "/fixture/%00",
            "/fixture/index.html%00.css",
            "/fixture/%zz",
            "/fixture/%c0%ae%c0%ae/",
            "../../etc/passwd",
            "C:/Windows/win.ini",
            "/fixture/\u0001"})
    void pathsThatLeaveThePlainSiteAreRefusedAndTheServerCarriesOn(String path) throws Exception {
        String status = rawRequest("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertTrue(status.matches("HTTP/1\\.1 4\\d\\d .*"), path + " -> " + status);
        if (path.startsWith("/")) assertFalse(status.startsWith("HTTP/1.1 404"), "refused, not looked up: " + path);
        assertEquals(200, serve.get("/fixture/").statusCode(), "still serving after " + path);
    }

    @Test
    void garbageRequestsGetA4xxAndTheServerCarriesOn() throws Exception {
        for (String request : new String[] {"NONSENSE\r\n\r\n", "GET\r\n\r\n", "GET /fixture/\r\n\r\n",
                "\u0000\u0001\u0002\r\n\r\n"}) {
            String status = rawRequest(request);
            assertTrue(status.isEmpty() || status.matches("HTTP/1\\.1 4\\d\\d .*"), request + " -> " + status);
        }
        assertEquals(200, serve.get("/fixture/").statusCode());
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", serve.preview.url().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\r'; ) line.append((char) c);
            return line.toString();
        }
    }
}
