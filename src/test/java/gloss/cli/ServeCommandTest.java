package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gloss serve} through the real command line: it prints its address, serves, and stops. */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("gloss: serving (http://127\\.0\\.0\\.1:\\d+/fixture/) ");

    @Test
    void servesUntilStoppedAndPrintsTheAddressOfAFreePort(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--root", root.toString(), "--port", "0")));
        serve.start();
        try {
            String url = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (url == null && System.nanoTime() < deadline && serve.isAlive()) {
                Matcher m = URL.matcher(out.toString());
                if (m.find()) url = m.group(1);
                else Thread.sleep(50);
            }
            assertTrue(url != null, "no address printed: " + out + err);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("/_gloss/reload.js"));
        } finally {
            serve.interrupt();
            serve.join(Duration.ofSeconds(30).toMillis());
        }
        assertFalse(serve.isAlive());
        assertEquals(0, exit.get(), err.toString());
        assertFalse(Files.exists(root.resolve("site")), "serve never writes site/");
    }

    @Test
    void aPortInUseIsAUsageErrorWithAHint(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Projects.Run run = Projects.gloss("serve", "--root", root.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("choose another --port, or --port 0"), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Projects.Run run = Projects.gloss("serve", "--port", "70000");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--port must be between 0 and 65535"), run.err());
    }

    @Test
    void aMissingRootIsAUsageError(@TempDir Path dir) {
        Projects.Run run = Projects.gloss("serve", "--root", dir.resolve("nowhere").toString(), "--port", "0");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such folder"), run.err());
    }

    @Test
    void helpListsServe() {
        assertTrue(Projects.gloss("--help").out().contains("serve"));
        String help = Projects.gloss("serve", "--help").out();
        assertTrue(help.contains("--port") && help.contains("--host") && help.contains("--drafts"), help);
    }
}
