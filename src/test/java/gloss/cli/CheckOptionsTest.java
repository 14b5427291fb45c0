package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check --errors-only}, {@code check PATH...} and warnings grouped by kind, through the real CLI on
 * a fixture with two kinds of warnings (two uncited sources, an actor without reactions) and one error.
 */
class CheckOptionsTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";
    private static final String ERROR = P1 + ":18:27: error: unknown source 'nope' in citation";

    @TempDir
    Path dir;
    Path root;

    @BeforeEach
    void project() throws IOException {
        root = Projects.fixtureCopy(dir.resolve("p"));
        append(root.resolve("content/sources.yaml"), """
                - id: uncited-a
                  publisher: Nobody
                  title: "Unused A"
                  date: 2025-11-20
                  url: https://example.org/a
                  kind: wire
                - id: uncited-b
                  publisher: Nobody
                  title: "Unused B"
                  date: 2025-11-20
                  url: https://example.org/b
                  kind: wire
                """);
        append(root.resolve("content/actors.yaml"), "- id: carol\n  name: Carol Silent\n  role: Observer\n"
                + "  organisation: None\n  country: Nowhere\n");
    }

    @Test
    void warningsAreGroupedByKindWithACountAfterTheErrors() throws IOException {
        breakP1();
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(0).startsWith(ERROR), run.err());
        assertEquals(List.of(
                "source '…' is never cited (2):",
                "content/sources.yaml:21:3: warning: source 'uncited-a' is never cited",
                "content/sources.yaml:27:3: warning: source 'uncited-b' is never cited",
                "actor '…' has no reaction and no note links to it (1):",
                "content/actors.yaml:12:3: warning: actor 'carol' has no reaction and no note links to it "
                        + "(link to it from the text that names them, [name](actor:carol), or remove it)",
                "1 error, 3 warnings in 3 files"), lines.subList(1, lines.size()), run.err());
    }

    @Test
    void errorsOnlyLeavesTheWarningsOut() throws IOException {
        Projects.Run clean = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(0, clean.exit(), clean.err());
        assertEquals("", clean.err());
        assertEquals("gloss: no errors\n", clean.out());

        breakP1();
        Projects.Run broken = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(1, broken.exit(), broken.err());
        assertFalse(broken.err().contains("warning"), broken.err());
        assertTrue(broken.err().startsWith(ERROR), broken.err());
        assertTrue(broken.err().contains("\n1 error in 1 file\n"), broken.err());
    }

    @Test
    void pathsLimitTheReportAndTheExitCodeButTheWholeProjectIsRead() throws IOException {
        breakP1();
        // The reaction's own references (to sources and provisions) still resolve against the whole project.
        Projects.Run reaction = Projects.gloss("check", "--root", root.toString(), root.resolve(R1).toString());
        assertEquals(0, reaction.exit(), reaction.err());
        assertEquals("gloss: no errors in " + root.resolve(R1) + "\n", reaction.out());
        assertTrue(reaction.err().contains("gloss: and 1 error in other files (not shown"), reaction.err());
        assertFalse(reaction.err().contains(P1), reaction.err());

        Projects.Run provision = Projects.gloss("check", "--root", root.toString(), root.resolve(P1).toString());
        assertEquals(1, provision.exit(), provision.err());
        assertTrue(provision.err().startsWith(ERROR), provision.err());
        assertFalse(provision.err().contains(": warning:"), provision.err());

        Projects.Run registries = Projects.gloss("check", "--root", root.toString(),
                root.resolve("content/sources.yaml").toString(), root.resolve("content/actors.yaml").toString());
        assertEquals(1 - 1, registries.exit(), "warnings alone do not fail: " + registries.err());
        assertTrue(registries.err().contains("0 errors, 3 warnings in 2 files"), registries.err());
        assertTrue(registries.out().contains("in 2 paths"), registries.out());

        Projects.Run strict = Projects.gloss("check", "--strict", "--root", root.toString(),
                root.resolve("content/actors.yaml").toString());
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().contains("--strict: warnings count as errors"), strict.err());

        Projects.Run folder = Projects.gloss("check", "--root", root.toString(), root.resolve("content/provisions").toString());
        assertEquals(1, folder.exit(), folder.err());
        assertTrue(folder.err().startsWith(ERROR), folder.err());
    }

    @Test
    void badPathsAndClashingOptionsAreUsageErrors(@TempDir Path elsewhere) throws IOException {
        Projects.Run missing = Projects.gloss("check", "--root", root.toString(), root.resolve("content/nope.md").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("no such file or folder: " + root.resolve("content/nope.md")), missing.err());

        Path outside = Files.writeString(elsewhere.resolve("x.md"), "x");
        Projects.Run out = Projects.gloss("check", "--root", root.toString(), outside.toString());
        assertEquals(2, out.exit(), out.err());
        assertTrue(out.err().contains("is outside the project"), out.err());

        Projects.Run both = Projects.gloss("check", "--strict", "--errors-only", "--root", root.toString());
        assertEquals(2, both.exit(), both.err());
        assertTrue(both.err().contains("--strict and --errors-only cannot go together"), both.err());
    }

    private void breakP1() throws IOException {
        Path p1 = root.resolve(P1);
        Files.writeString(p1, Files.readString(p1).replace("frozen [@wire-one]", "frozen [@nope]"));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
