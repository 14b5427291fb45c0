package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's warnings of {@code check}: reported with file and line, fatal only with --strict. */
class CheckWarningsTest {
    @Test
    void warningsAreReportedAndFailOnlyWithStrict(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/sources.yaml"), Files.readString(root.resolve("content/sources.yaml"))
                + "- id: never-cited\n  publisher: Nobody\n  title: \"Unused\"\n  date: 2999-01-01\n  kind: newspaper\n");
        Files.writeString(root.resolve("content/actors.yaml"), Files.readString(root.resolve("content/actors.yaml"))
                + "- id: carol\n  name: Carol Silent\n  role: Observer\n  organisation: None\n  country: Nowhere\n");
        Path r1 = root.resolve("content/reactions/2025-11-21-alice-statement.md");
        Files.writeString(r1, Files.readString(r1).replace("quote_sources: [paper-two]\n", ""));

        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        String err = run.err();
        assertTrue(err.contains("content/sources.yaml:21:3: warning: source 'never-cited' is never cited"), err);
        assertTrue(err.contains("content/sources.yaml:21:3: warning: source 'never-cited' has neither url nor note"), err);
        assertTrue(err.contains("content/sources.yaml:21:3: warning: date 2999-01-01 is in the future"), err);
        assertTrue(err.contains("content/actors.yaml:12:3: warning: actor 'carol' has no reaction and no note links to it"), err);
        assertTrue(err.contains("content/reactions/2025-11-21-alice-statement.md:2:1: warning: the quote cites no source"), err);
        assertTrue(err.contains("0 errors, 5 warnings in 3 files"), err);

        Projects.Run strict = Projects.gloss("check", "--strict", "--root", root.toString());
        assertEquals(1, strict.exit());

        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, build.exit());
        assertFalse(build.err().contains("warning"), "build stays quiet about editorial warnings");
    }
}
