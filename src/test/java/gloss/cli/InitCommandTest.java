package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gloss init}: a new project that builds and checks cleanly at once, never written over anything. */
class InitCommandTest {
    @Test
    void aNewProjectBuildsAndChecksCleanly(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("new-explainer");
        Projects.Run init = Projects.gloss("init", project.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(Files.isRegularFile(project.resolve("templates/layout.ftlh")));
        assertTrue(Files.isRegularFile(project.resolve("content/explainer.yaml")));

        Projects.Run check = Projects.gloss("check", "--strict", "--root", project.toString());
        assertEquals(0, check.exit(), check.err());
        Projects.Run build = Projects.gloss("build", "--root", project.toString());
        assertEquals(0, build.exit(), build.err());
        String page = Files.readString(project.resolve("site/provisions/01-scope/index.html"));
        assertTrue(page.contains("What the accord covers"), page);
        assertTrue(!page.contains("28"), "no word of another explainer's subject: " + page);
    }

    @Test
    void itNeverWritesIntoAFolderThatHasFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.txt"), "keep me");
        Projects.Run init = Projects.gloss("init", dir.toString());
        assertEquals(1, init.exit());
        assertTrue(init.err().contains("already exists and is not an empty folder; nothing was written"), init.err());
        assertEquals("keep me", Files.readString(dir.resolve("mine.txt")));
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count());
        }
    }
}
