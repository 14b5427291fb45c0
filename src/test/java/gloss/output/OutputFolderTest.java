package gloss.output;

import gloss.Projects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code build} may write to and replace, through the real CLI: never the project or its parts
 * (compared by real path), never a folder it did not write, and never a site it cannot finish replacing;
 * .git, CNAME, .nojekyll and keep: survive every build; output I/O problems are exit 1 with the path and
 * the system's reason. The exact inputs of issue 11 first. Tests that need an undeletable file use
 * {@code chattr +i} as root and a read-only folder otherwise; a full disk needs a small tmpfs (root).
 */
class OutputFolderTest {
    @Test
    void aRootThroughALinkAndAnOutThatIsTheRealProjectIsRefusedAndNothingIsDeleted(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Files.createDirectories(project.resolve(".git")).resolve("HEAD").toFile().createNewFile();
        Path link = Files.createSymbolicLink(dir.resolve("link"), project);
        Map<String, String> before = Projects.snapshot(project);
        Projects.Run run = Projects.gloss("build", "--root", link.toString(), "--out", project.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("gloss: error: refusing to write the site to " + project.toRealPath()
                + ": that would replace the project folder " + project.toRealPath() + "; choose another --out"), run.err());
        assertEquals(before, Projects.snapshot(project), "content/, templates/ and .git are all there");
    }

    @Test
    void theProjectAndItsPartsAreRefusedHoweverTheyAreNamed(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Files.createDirectories(project.resolve(".git"));
        Path contentLink = Files.createSymbolicLink(dir.resolve("content-link"), project.resolve("content"));
        Map<String, String> before = Projects.snapshot(project);
        for (String out : List.of(project.resolve("content").toString(), project.resolve("templates/x").toString(),
                project.resolve(".git").toString(), contentLink.resolve("sub").toString(), dir.toString(),
                project.resolve("content/../templates").toString(), project.resolve("site/..").toString())) {
            Projects.Run run = Projects.gloss("build", "--root", project.toString(), "--out", out);
            assertEquals(2, run.exit(), out + ":\n" + run.err());
            assertTrue(run.err().startsWith("gloss: error: refusing to write the site to "), run.err());
        }
        assertEquals(before, Projects.snapshot(project));
    }

    @Test
    void anUnrelatedFolderIsNotReplaced(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path docs = Files.createDirectories(project.resolve("docs"));
        Files.writeString(docs.resolve("guide.md"), "precious");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".bashrc"), "precious");
        Files.createDirectories(home.resolve("Documents"));
        for (Path out : List.of(docs, home)) {
            Map<String, String> before = Projects.snapshot(out);
            Projects.Run run = Projects.gloss("build", "--root", project.toString(), "--out", out.toString());
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: error: refusing to replace " + out.toRealPath() + ": it holds files Gloss did not write"), run.err());
            assertTrue(run.err().contains("create the empty file " + out.toRealPath().resolve(".gloss-site")), run.err());
            assertEquals(before, Projects.snapshot(out));
        }
        // The way out the message names: the marker file says Gloss may replace the folder.
        Files.createFile(docs.resolve(".gloss-site"));
        Projects.Run run = Projects.gloss("build", "--root", project.toString(), "--out", docs.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(docs.resolve("guide.md")));
        assertTrue(Files.readString(docs.resolve(".gloss-site")).startsWith("# Written by gloss build"));
    }

    @Test
    void aGhPagesCheckoutKeepsItsGitCnameAndNojekyllAndTheKeepList(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path explainer = project.resolve("content/explainer.yaml");
        Files.writeString(explainer, Files.readString(explainer) + "keep: [downloads/, google1234.html]\n");
        Path site = project.resolve("site");
        // a fresh checkout of the gh-pages branch: only what Gloss keeps anyway
        Files.createDirectories(site.resolve(".git/objects"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(site.resolve("CNAME"), "explainer.example.org\n");
        Files.writeString(site.resolve(".nojekyll"), "");
        assertEquals(0, Projects.gloss("build", "--root", project.toString()).exit());
        Files.createDirectories(site.resolve("downloads"));
        Files.writeString(site.resolve("downloads/plan.pdf"), "pdf");
        Files.writeString(site.resolve("google1234.html"), "verification");
        Files.writeString(site.resolve("stale.html"), "stale");
        for (int i = 0; i < 2; i++) {
            Projects.Run run = Projects.gloss("build", "--root", project.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals("ref: refs/heads/gh-pages\n", Files.readString(site.resolve(".git/HEAD")));
            assertEquals("explainer.example.org\n", Files.readString(site.resolve("CNAME")));
            assertTrue(Files.exists(site.resolve(".nojekyll")));
            assertEquals("pdf", Files.readString(site.resolve("downloads/plan.pdf")));
            assertEquals("verification", Files.readString(site.resolve("google1234.html")));
            assertFalse(Files.exists(site.resolve("stale.html")), "everything else is replaced");
            assertTrue(Files.readString(site.resolve(".gloss-site")).contains("\ndownloads\ngoogle1234.html\n"));
        }
    }

    @Test
    void keepEntriesAreCheckedWhereTheyAreWritten(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path explainer = project.resolve("content/explainer.yaml");
        Files.writeString(explainer, Files.readString(explainer) + "keep: [../outside, /etc, ok, a//b, .gloss-site]\n");
        int line = (int) Files.readString(explainer).lines().count();
        Projects.Run run = Projects.gloss("check", "--root", project.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/explainer.yaml:" + line + ":8: error: keep: '../outside' must be a plain path inside the site folder"), run.err());
        assertTrue(run.err().contains("content/explainer.yaml:" + line + ":20: error: keep: '/etc' must be a path inside the site folder"), run.err());
        assertTrue(run.err().contains("content/explainer.yaml:" + line + ":30: error: keep: 'a//b'"), run.err());
        assertTrue(run.err().contains("content/explainer.yaml:" + line + ":36: error: keep: '.gloss-site' is Gloss's own marker file"), run.err());
    }

    @Test
    void aKeptEntryTheBuildWritesItselfIsRefusedBeforeAnythingIsPublished(@TempDir Path dir) throws IOException {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        assertEquals(0, Projects.gloss("build", "--root", project.toString()).exit());
        Map<String, String> before = Projects.snapshot(project.resolve("site"));
        Path explainer = project.resolve("content/explainer.yaml");
        Files.writeString(explainer, Files.readString(explainer) + "keep: [robots.txt]\n");
        Projects.Run run = Projects.gloss("build", "--root", project.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("cannot keep " + project.resolve("site/robots.txt").toRealPath()
                + ": the build writes a file of that name itself"), run.err());
        assertEquals(before, Projects.snapshot(project.resolve("site")));
    }

    @Test
    void anUndeletableFileInTheOldSiteFailsTheBuildBeforeTheSwap(@TempDir Path dir) throws Exception {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path site = project.resolve("site");
        assertEquals(0, Projects.gloss("build", "--root", project.toString()).exit());
        Path stuck = site.resolve("about/undeletable");
        Files.writeString(stuck, "x");
        try (Undeletable ignored = Undeletable.make(stuck)) {
            Map<String, String> before = Projects.snapshot(site);
            editNote(project);
            Projects.Run run = Projects.gloss("build", "--root", project.toString());
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: error: cannot replace " + site.toRealPath() + ": "), run.err());
            assertTrue(run.err().contains("the site was left as it was"), run.err());
            assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run.err());
            assertEquals(before, Projects.snapshot(site), "nothing was published");
            assertFalse(Files.exists(project.resolve(".site.tmp")), "no staging folder left");
            assertFalse(Files.exists(project.resolve(".site.old")));
        }
        // once the file can go, the next build goes through
        Projects.Run run = Projects.gloss("build", "--root", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(site.resolve("about/index.html")).contains("Edited."));
    }

    @Test
    void aCleanupProblemAfterTheSwapIsAWarningAndNeverBlocksTheNextBuild(@TempDir Path dir) throws Exception {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path site = project.resolve("site");
        assertEquals(0, Projects.gloss("build", "--root", project.toString()).exit());
        // An append-only folder passes every check (files can be added) but its files cannot be deleted.
        Path about = site.resolve("about");
        assumeAttribute(about, "+a");
        try {
            editNote(project);
            Projects.Run run = Projects.gloss("build", "--root", project.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: warning: the previous site could not be deleted entirely ("), run.err());
            assertTrue(Files.readString(site.resolve("about/index.html")).contains("Edited."), "the new site is published");
            Path trash = project.resolve(".site.trash-1");
            assertTrue(Files.exists(trash), "what could not be deleted is out of the way");
            assertFalse(Files.exists(project.resolve(".site.tmp")));
            Projects.Run next = Projects.gloss("build", "--root", project.toString());
            assertEquals(0, next.exit(), "a leftover never blocks the next build:\n" + next.err());
            assertTrue(next.err().contains(".site.trash-1 is left over from an earlier build and cannot be deleted"), next.err());
            chattr("-a", trash.resolve("about"));
            Projects.Run clean = Projects.gloss("build", "--root", project.toString());
            assertEquals(0, clean.exit(), clean.err());
            assertEquals("", clean.err(), "once it can go, it goes without a word");
            assertFalse(Files.exists(trash));
        } finally {
            for (Path p : List.of(about, project.resolve(".site.trash-1/about"))) {
                if (Files.exists(p)) chattr("-a", p);
            }
        }
    }

    @Test
    void aStaleStagingFolderThatCannotBeDeletedNeverBlocksTheBuild(@TempDir Path dir) throws Exception {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path stale = Files.createDirectories(project.resolve(".site.tmp/about"));
        Files.writeString(stale.resolve("index.html"), "half a site");
        Undeletable.make(stale.resolve("index.html"));
        Path movedAside = project.resolve(".site.trash-1/about/index.html");
        try {
            Projects.Run run = Projects.gloss("build", "--root", project.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: warning: could not delete " + project.resolve(".site.tmp")), run.err());
            assertTrue(run.err().contains("moved it to " + project.resolve(".site.trash-1")), run.err());
            assertTrue(Files.exists(project.resolve("site/index.html")));
            assertTrue(Files.exists(movedAside));
        } finally {
            Undeletable.undo(Files.exists(movedAside) ? movedAside : stale.resolve("index.html"));
        }
    }

    @Test
    void aFullDiskIsExitOneWithTheReasonAndTheOldSiteStays(@TempDir Path dir) throws Exception {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path mount = Files.createDirectories(dir.resolve("small"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(m.waitFor(10, TimeUnit.SECONDS) && m.exitValue() == 0,
                "a full disk is simulated with a small tmpfs, which needs root: " + new String(m.getInputStream().readAllBytes()));
        try {
            Path out = mount.resolve("site");
            Files.createDirectories(out);
            Files.writeString(out.resolve(".gloss-site"), "");
            Files.writeString(out.resolve("index.html"), "the old site");
            Map<String, String> before = Projects.snapshot(out);
            Files.write(mount.resolve("filler"), new byte[200 * 1024]);
            Projects.Run run = Projects.gloss("build", "--root", project.toString(), "--out", out.toString());
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: error: cannot write the site to " + out + ": " + mount.resolve(".site.tmp")), run.err());
            assertTrue(run.err().contains(": No space left on device; " + out + " was left as it was"), run.err());
            assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
            assertEquals(before, Projects.snapshot(out));
            assertFalse(Files.exists(mount.resolve(".site.tmp")), "the staging folder is gone");
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReadOnlyOrUnwritableOutputAndARootThatIsAFileAreExitOne(@TempDir Path dir) throws Exception {
        Path project = Projects.fixtureCopy(dir.resolve("project"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Projects.Run underFile = Projects.gloss("build", "--root", project.toString(), "--out", file.resolve("site").toString());
        assertEquals(1, underFile.exit(), underFile.err());
        assertTrue(underFile.err().contains("gloss: error: cannot write the site to " + file.resolve("site") + ": " + file + ": "), underFile.err());

        Projects.Run rootFile = Projects.gloss("build", "--root", file.toString());
        assertEquals(1, rootFile.exit(), rootFile.err());
        assertTrue(rootFile.err().contains("gloss: error: " + file + " is a file, not a project folder"), rootFile.err());

        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        try (Undeletable ignored = Undeletable.makeFolderReadOnly(readOnly)) {
            Projects.Run run = Projects.gloss("build", "--root", project.toString(), "--out", readOnly.resolve("site").toString());
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("gloss: error: cannot write the site to " + readOnly.resolve("site") + ": " + readOnly.resolve(".site.lock")), run.err());
            assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void editNote(Path project) throws IOException {
        Files.writeString(project.resolve("content/pages/about.md"), "---\ntitle: About\n---\nEdited.\n");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chattr(String flag, Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("chattr " + flag + " " + path + ": " + new String(p.getInputStream().readAllBytes()));
        }
    }

    private static void assumeAttribute(Path path, String flag) throws InterruptedException {
        try {
            Assumptions.assumeTrue(isRoot(), "needs root for chattr " + flag);
            chattr(flag, path);
        } catch (IOException e) {
            Assumptions.abort("this file system does not take chattr " + flag + ": " + e.getMessage());
        }
    }

    /** A file made undeletable for the length of a test: immutable as root, in a read-only folder otherwise. */
    private record Undeletable(Runnable undo) implements AutoCloseable {
        static Undeletable make(Path file) throws InterruptedException {
            if (isRoot()) {
                assumeAttribute(file, "+i");
                return new Undeletable(() -> run(() -> chattr("-i", file)));
            }
            return makeFolderReadOnly(file.getParent());
        }

        static Undeletable makeFolderReadOnly(Path folder) throws InterruptedException {
            if (isRoot()) {
                assumeAttribute(folder, "+i");
                return new Undeletable(() -> run(() -> chattr("-i", folder)));
            }
            assertTrue(folder.toFile().setWritable(false, false));
            return new Undeletable(() -> folder.toFile().setWritable(true, true));
        }

        /** Makes a file {@link #make} made undeletable deletable again, wherever it went. */
        static void undo(Path file) {
            if (isRoot()) run(() -> chattr("-i", file));
            else file.getParent().toFile().setWritable(true, true);
        }

        private interface Step {
            void run() throws Exception;
        }

        private static void run(Step step) {
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            undo.run();
        }
    }
}
