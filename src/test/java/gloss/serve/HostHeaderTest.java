package gloss.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DNS rebinding: a page elsewhere re-points its own name at 127.0.0.1 and reads the preview. Real HTTP
 * requests over a socket, with the Host header a browser would send in that attack, get 421 and nothing
 * of the site; the preview's own names get the page. The server runs on a bounded pool: many open event
 * streams neither grow it nor starve page requests.
 */
class HostHeaderTest {
    @TempDir
    static Path dir;
    static RunningPreview serve;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        serve = RunningPreview.of(dir, true);
        port = serve.preview.url().getPort();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    record Response(int status, String text) {}

    /** One request on a fresh connection to 127.0.0.1, with exactly the Host header given (none when null). */
    static Response request(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String request = host == null
                    ? "GET " + path + " HTTP/1.0\r\n\r\n"
                    : "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String text = new String(readUntilClosed(socket.getInputStream()), StandardCharsets.UTF_8);
            return new Response(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "rebind.attacker.test", "127.0.0.1.nip.io", "localhost.evil.example"})
    void aForeignHostGets421AndNothingOfTheSite(String name) throws IOException {
        for (String path : List.of("/fixture/", "/fixture/provisions/01-borders/", "/fixture/search/index.json", "/_gloss/events",
                "/_gloss/reload.js", "/")) {
            Response r = request(path, name + ":" + port);
            assertEquals(421, r.status(), path + " for " + name + ":\n" + r.text());
            assertTrue(r.text().contains("gloss serve answers only requests for"), r.text());
            assertFalse(r.text().contains("<html") || r.text().contains("Borders") || r.text().contains("event: state"), r.text());
        }
    }

    @Test
    void theRightNameOnTheWrongPortOrNoHostIsRefusedToo() throws IOException {
        assertEquals(421, request("/fixture/", "127.0.0.1:" + (port == 1 ? 2 : port - 1)).status());
        assertEquals(421, request("/fixture/", "localhost").status(), "no port means port 80");
        assertEquals(421, request("/fixture/", null).status(), "HTTP/1.0 without Host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "localhost.", "[::1]"})
    void thePreviewsOwnNamesGetThePage(String name) throws IOException {
        Response r = request("/fixture/provisions/01-borders/", name + ":" + port);
        assertEquals(200, r.status(), r.text());
        assertTrue(r.text().contains("Borders"), r.text());
    }

    @Test
    void aWildcardAddressAcceptsIpAddressesAndItsOwnNamesButNoOtherName() {
        AllowedHosts any = new AllowedHosts("0.0.0.0", 8080);
        assertTrue(any.allows("192.168.1.20:8080"));
        assertTrue(any.allows("[fe80::1]:8080"));
        assertTrue(any.allows("localhost:8080"));
        assertFalse(any.allows("evil.example:8080"));
        assertFalse(any.allows("192.168.1.20:8081"));
        AllowedHosts named = new AllowedHosts("preview.lan", 80);
        assertTrue(named.allows("preview.lan"));
        assertTrue(named.allows("PREVIEW.LAN:80"));
        assertFalse(named.allows("192.168.1.20"), "a named host does not accept any address");
        assertFalse(named.allows("evil.example"));
        AllowedHosts six = new AllowedHosts("::1", 9000);
        assertTrue(six.allows("[::1]:9000"));
        assertFalse(six.allows("::1:9000"), "an IPv6 address in a Host header has brackets");
    }

    @Test
    void manyOpenEventStreamsNeitherGrowThePoolNorStarvePages() throws Exception {
        List<Socket> streams = new ArrayList<>();
        try {
            int retried = 0;
            for (int i = 0; i < PreviewServer.STREAMS + 8; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.setSoTimeout(20_000);
                streams.add(s);
                s.getOutputStream().write(("GET /_gloss/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                String head = readHead(s.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 200"), head);
                if (readFirstEvent(s.getInputStream()).startsWith("retry: 5000")) retried++;
            }
            assertEquals(8, retried, "streams beyond " + PreviewServer.STREAMS + " are told to come back later");
            Response page = request("/fixture/", "127.0.0.1:" + port);
            assertEquals(200, page.status(), "pages still find a thread");
            long httpThreads = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("gloss-http-" + port)).count();
            assertTrue(httpThreads <= PreviewServer.THREADS, httpThreads + " threads");
        } finally {
            for (Socket s : streams) s.close();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) break;
            head.append((char) c);
        }
        return head.toString();
    }

    /** The first line of the body (chunked or not): "retry: 1000" for a live stream, "retry: 5000" for a refused one. */
    private static String readFirstEvent(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().contains("retry: ") || !text.toString().substring(text.indexOf("retry: ")).contains("\n")) {
            int c = in.read();
            if (c < 0) break;
            text.append((char) c);
        }
        String s = text.toString();
        return s.substring(s.indexOf("retry: "));
    }
}
