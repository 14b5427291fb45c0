package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gloss render}: one body as its page would show it, from a note or standard input. */
@org.junit.jupiter.api.parallel.ResourceLock("java.lang.System.in")
class RenderCommandTest {
    private static Projects.Run withInput(String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Projects.gloss(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aNoteRendersWithItsCitationsNumberedAndItsSourcesListed(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("render", "--root", root.toString(), root.resolve("content/provisions/01-borders.md").toString());
        assertEquals(0, run.exit(), run.err());
        String html = run.out();
        assertTrue(html.contains("<a href=\"#ref-1\""), html);
        assertTrue(html.indexOf(">1</a>") < html.indexOf(">2</a>"), "numbered in reading order: " + html);
        assertTrue(html.contains("<section class=\"references\">") && html.contains("<li id=\"ref-1\">"), html);
        assertTrue(html.contains("href=\"../../provisions/02-forces/\""), "cross-references lead where the page's would: " + html);
    }

    @Test
    void standardInputIsResolvedAgainstTheProject(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = withInput("---\ntitle: scratch\n---\nA claim [@wire-one] and another [see @paper-two, p. 4].\n",
                "render", "--root", root.toString(), "-");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("[see <a href=\"#ref-2\""), run.out());
        assertTrue(run.out().contains("(p. 4)"), "the locator is listed with the source: " + run.out());

        Projects.Run bad = withInput("A claim [@wire-onee].\n", "render", "--root", root.toString(), "-");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("<stdin>:1:10: error: unknown source 'wire-onee' in citation (did you mean 'wire-one'?)"), bad.err());
        assertFalse(bad.out().contains("<p>"), "nothing is printed for a body with errors");
    }

    @Test
    void aFileThatIsNotANoteIsAUsageError(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("render", "--root", root.toString(), root.resolve("content/sources.yaml").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is not a published note of this project"), run.err());
    }
}
