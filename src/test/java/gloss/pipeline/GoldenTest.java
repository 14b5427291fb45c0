package gloss.pipeline;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Builds the fixture project with the real templates and compares pages with the expected HTML under
 * src/test/resources/golden. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenTest -Dgloss.updateGolden=true} and review the diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Projects.REPO.resolve("src/test/resources/golden");
    private static final List<String> PAGES = List.of(
            "index.html",
            "provisions/01-borders/index.html",
            "provisions/02-forces/index.html",
            "reactions/2025-11-21-alice-statement/index.html",
            "actors/alice/index.html",
            "sources/index.html",
            "timeline/index.html",
            "versions/index.html",
            "documents/counter-draft/index.html");

    @Test
    void fixturePagesMatchTheExpectedHtml(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        boolean update = Boolean.getBoolean("gloss.updateGolden");
        for (String page : PAGES) {
            String actual = Files.readString(root.resolve("site").resolve(page));
            Path expected = GOLDEN.resolve(page);
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual);
            }
            assertEquals(Files.readString(expected), actual, page);
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        assertEquals(0, Projects.gloss("build", "--root", root.toString(), "--out", dir.resolve("a").toString()).exit());
        assertEquals(0, Projects.gloss("build", "--root", root.toString(), "--out", dir.resolve("b").toString()).exit());
        assertEquals(Projects.snapshot(dir.resolve("a")), Projects.snapshot(dir.resolve("b")));
    }

    @Test
    void staleFilesDisappearAndDraftsStayOut(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        Path stale = root.resolve("site/old-page/index.html");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "stale");
        Path draft = root.resolve("content/pages/draft-note.md");
        Files.writeString(draft, "---\ntitle: Work in progress\ndraft: true\n---\nNot ready.\n");

        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        assertEquals(false, Files.exists(stale));
        assertEquals(false, Files.exists(root.resolve("site/draft-note/index.html")));

        assertEquals(0, Projects.gloss("build", "--root", root.toString(), "--drafts").exit());
        assertEquals(true, Files.exists(root.resolve("site/draft-note/index.html")));
    }
}
