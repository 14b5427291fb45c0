package gloss.load;

import gloss.Projects;
import gloss.files.InputFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content and template files are regular files inside the project, at most 10 MB: through the real CLI,
 * a link out of the project, a FIFO, a device, a socket or a file too large is a located error (exit 1),
 * nothing of it is published, and nothing hangs. The exact inputs of issue 11 first.
 */
class InputFilesTest {
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @Test
    void homeLinkedToTheProcessEnvironmentIsRefusedNotPublished(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path home = root.resolve("content/home.md");
        Files.delete(home);
        Files.createSymbolicLink(home, Path.of("/proc/self/environ"));
        Projects.Run run = build(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/home.md:1:1: error: is a link that leads outside the project (to /proc/"), run.err());
        assertFalse(Files.exists(root.resolve("site")), "nothing was published");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit(), check.err());
    }

    @Test
    void anAssetLinkedToEtcPasswdIsRefused(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.createSymbolicLink(root.resolve("templates/assets/x.txt"), Path.of("/etc/passwd"));
        Projects.Run run = build(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("templates/assets/x.txt:1:1: error: is a link that leads outside the project (to /etc/passwd)"), run.err());
        assertFalse(Files.exists(root.resolve("site/assets/x.txt")));
    }

    @Test
    void aTemplateLinkedOutOfTheProjectIsRefused(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path outside = Files.writeString(dir.resolve("elsewhere.ftlh"), "<p>${.data_model?size}</p>");
        Path page = root.resolve("templates/page.ftlh");
        Files.delete(page);
        Files.createSymbolicLink(page, outside);
        Projects.Run run = build(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("templates/page.ftlh:1:1: error: is a link that leads outside the project"), run.err());
    }

    @Test
    void aFifoUnderContentIsRefusedWithoutHanging(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        mkfifo(root.resolve("content/pages/fifo.md"));
        Projects.Run run = assertTimeoutPreemptively(NO_HANG, () -> build(root));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/pages/fifo.md:1:1: error: is a named pipe (FIFO), not a regular file"), run.err());
    }

    @Test
    void aFifoAmongTheTemplatesAndAssetsIsRefusedWithoutHanging(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        mkfifo(root.resolve("templates/assets/pipe.css"));
        Path page = root.resolve("templates/page.ftlh");
        Files.delete(page);
        mkfifo(page);
        Projects.Run run = assertTimeoutPreemptively(NO_HANG, () -> build(root));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("templates/assets/pipe.css:1:1: error: is a named pipe (FIFO)"), run.err());
        assertTrue(run.err().contains("templates/page.ftlh:1:1: error: is a named pipe (FIFO)"), run.err());
    }

    @Test
    void aLinkToDevZeroIsRefusedWithoutRunningOutOfMemory(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.createSymbolicLink(root.resolve("content/pages/zero.md"), Path.of("/dev/zero"));
        Projects.Run run = assertTimeoutPreemptively(NO_HANG, () -> build(root));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/pages/zero.md:1:1: error: is a link that leads outside the project (to /dev/zero)"), run.err());
    }

    @Test
    void aDeviceInsideTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path device = root.resolve("content/pages/null.md");
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").redirectErrorStream(true).start();
        Assumptions.assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0,
                "creating a device file needs root (mknod): " + new String(mknod.getInputStream().readAllBytes()));
        Projects.Run run = build(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/pages/null.md:1:1: error: is a character device, not a regular file"), run.err());
    }

    @Test
    void aSocketInsideTheProjectIsRefused(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path socket = root.resolve("content/pages/socket.md");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Projects.Run run = assertTimeoutPreemptively(NO_HANG, () -> build(root));
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("content/pages/socket.md:1:1: error: is a socket, not a regular file"), run.err());
        }
    }

    @Test
    void aNoteOverTenMegabytesIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/pages/huge.md"), "---\ntitle: Huge\n---\n" + "word ".repeat(2_200_000));
        Projects.Run run = build(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/pages/huge.md:1:1: error: is 10.5 MB; Gloss reads at most 10 MB from one file"), run.err());
    }

    @Test
    void linksThatStayInsideTheProjectAreFollowed(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.move(root.resolve("content/pages/about.md"), shared.resolve("about.md"));
        Files.createSymbolicLink(root.resolve("content/pages/about.md"), Path.of("../../shared/about.md"));
        Files.writeString(shared.resolve("extra.css"), "p { color: black }\n");
        Files.createSymbolicLink(root.resolve("templates/assets/extra.css"), shared.resolve("extra.css"));
        Projects.Run run = build(root);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(root.resolve("site/about/index.html")).contains("About this fixture."));
        assertEquals("p { color: black }\n", Files.readString(root.resolve("site/assets/extra.css")));
    }

    @Test
    void readingChecksTheTypeBeforeOpening(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        mkfifo(fifo);
        InputFile.Refused refused = assertTimeoutPreemptively(NO_HANG,
                () -> org.junit.jupiter.api.Assertions.assertThrows(InputFile.Refused.class, () -> InputFile.read(dir, fifo)));
        assertEquals("is a named pipe (FIFO), not a regular file", refused.getMessage()); // and it returned: never opened
    }

    private static Projects.Run build(Path root) {
        return Projects.gloss("build", "--root", root.toString());
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo " + path);
    }
}
