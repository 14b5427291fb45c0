package gloss.cli;

import gloss.Projects;
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
 * An editor's day: a half-written draft never stops the desk's build, and one slip in a file is one
 * error, not thousands. Through the real commands on a copy of the fixture.
 */
class DraftsAndCascadesTest {
    private static final String SOURCES = "content/sources.yaml";

    private static List<String> diagnostics(Projects.Run run) {
        return run.err().lines().filter(l -> l.matches("\\S+:\\d+:\\d+: (error|warning): .*")).toList();
    }

    private static void replace(Path root, String file, String find, String replace) throws IOException {
        Path p = root.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(find), find);
        Files.writeString(p, text.replace(find, replace));
    }

    @Test
    void aDraftWithPlaceholdersBuildsWithWarningsAndFailsOnlyWhenPublished(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run made = Projects.gloss("new", "reaction", "--root", root.toString(), "--actor", "alice",
                "--date", "2025-11-23", "--slug", "interview", "--draft");
        assertEquals(0, made.exit(), made.err());

        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.err().contains("content/reactions/2025-11-23-alice-interview.md:"), build.err());
        assertTrue(diagnostics(build).stream().allMatch(l -> l.contains(": warning: in a draft: ")), build.err());
        assertTrue(build.err().contains("warning: in a draft: placeholder not filled in"), build.err());
        assertFalse(Files.exists(root.resolve("site/reactions/2025-11-23-alice-interview")), "a draft is not published");

        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(0, check.exit(), check.err());

        Projects.Run published = Projects.gloss("build", "--drafts", "--root", root.toString());
        assertEquals(1, published.exit());
        assertTrue(published.err().contains("error: placeholder not filled in"), published.err());
    }

    @Test
    void aPublishedLinkToADraftSaysSo(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root, "content/provisions/02-forces.md", "number: 2\n", "number: 2\ndraft: true\n");
        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("content/provisions/01-borders.md:23:7: error: broken cross-reference: no provision '2':"
                + " it is a draft (content/provisions/02-forces.md) (publish it by removing draft: true there, or remove this link)"),
                build.err());
    }

    @Test
    void anUnquotedColonInTheSourcesIsOneErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root, SOURCES, "title: \"Leaders react\"", "title: Leaders react: a summary");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        List<String> shown = diagnostics(check);
        assertTrue(shown.size() <= 3, check.err());
        assertTrue(shown.get(0).startsWith(SOURCES + ":9:23: error: "), check.err());
        assertTrue(shown.get(0).contains("quotes"), "the hint says what to do: " + shown.get(0));
        assertTrue(check.err().matches("(?s).*and \\d+ more errors? that follow from content/sources.yaml are not shown; fix it first.*"),
                check.err());
        assertFalse(check.err().contains("unknown source"), check.err());
    }

    @Test
    void aSlipInTheTimelineBringsNoFalseNeverCitedWarnings(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String events = Files.readString(root.resolve("content/events.yaml"));
        String firstTitle = events.lines().filter(l -> l.startsWith("  title: ")).findFirst().orElseThrow();
        replace(root, "content/events.yaml", firstTitle, "  title: Talks: a first round");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        assertFalse(check.err().contains("never cited"), check.err());
        assertEquals(1, diagnostics(check).size(), check.err());
    }

    @Test
    void aNoteWhoseFrontMatterFailsStillHasItsBodyCheckedAndNothingElseBlamed(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String p2 = "content/provisions/02-forces.md";
        replace(root, p2, "number: 2\n", "number: 2\ntopics: [broken\n");
        Files.writeString(root.resolve(p2), Files.readString(root.resolve(p2)) + "\nAn uncited claim.\n\nA claim [@no-such-source].\n");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        String err = check.err();
        assertTrue(err.contains(p2 + ":"), err);
        assertTrue(err.contains("error: paragraph has no citation"), err);
        assertTrue(err.contains("error: unknown source 'no-such-source' in citation"), err);
        // provision 1 links to provision 2: that follows from the broken file, so it is counted, not shown
        assertFalse(err.contains("01-borders.md"), err);
        assertTrue(err.contains("that follow from " + p2 + " are not shown"), err);
    }
}
