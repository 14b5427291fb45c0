package gloss.site;

import gloss.Projects;
import gloss.content.Diagnostics;
import gloss.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One type for a provision's number, wherever it is written: {@code 01} is point 1 in front matter,
 * file names and cross-references alike, and a number out of range is a located error, not a crash.
 * Cross-reference schemes are read without regard to case; a space or an image is an error.
 */
class ProvisionNumbersTest {
    private static final String ALICE = "content/reactions/2025-11-21-alice-statement.md";
    private static final String P1 = "content/provisions/01-borders.md";

    private static void replace(Path root, String file, String find, String replace) throws IOException {
        Path p = root.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(find), find);
        Files.writeString(p, text.replace(find, replace));
    }

    @Test
    void leadingZerosNameTheSamePointEverywhere(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root, ALICE, "provisions: [1, 2]", "provisions: [01, 2]");
        replace(root, P1, "See also [point 2](provision:2#detail).", "See also [point 2](provision:02#detail).");
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Prepared prepared = new Pipeline().prepare(new Pipeline.Options(root, false), diagnostics).orElseThrow(
                () -> new AssertionError(diagnostics.sorted().toString()));
        SiteModel site = prepared.site();
        assertTrue(site.reactionsTo(1).stream().anyMatch(r -> r.slug().equals("2025-11-21-alice-statement")));
        Map<String, byte[]> files = new Pipeline().run(new Pipeline.Options(root, false), new Diagnostics()).orElseThrow();
        String point1 = new String(files.get("provisions/01-borders/index.html"), StandardCharsets.UTF_8);
        assertTrue(point1.contains("reactions/2025-11-21-alice-statement/"), "point 1's page shows the reaction");
        assertTrue(point1.contains("href=\"../../provisions/02-forces/#detail\""), "provision:02 leads to point 2");
        String matrix = new String(files.get("reactions/matrix/index.html"), StandardCharsets.UTF_8);
        assertTrue(matrix.contains("reactions/2025-11-21-alice-statement/"), "the matrix shows it too");
    }

    @Test
    void aNumberOutOfRangeIsALocatedErrorWhereverItIsWritten(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root, ALICE, "provisions: [1, 2]", "provisions: [1, 99999999999]");
        Files.move(root.resolve("content/provisions/02-forces.md"), root.resolve("content/provisions/99999999999-forces.md"));
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains(ALICE + ":6:17: error: provision number 99999999999 is out of range (1 to 9999)"), check.err());
        assertTrue(check.err().contains("content/provisions/99999999999-forces.md:1:1: error: the file name starts with provision number "
                + "99999999999 is out of range"), check.err());
        assertTrue(!check.err().contains("internal error") && !check.err().contains("Exception"), check.err());
    }

    @Test
    void schemesIgnoreCaseAndMalformedCrossReferencesAreReported(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root, P1, "See also [point 2](provision:2#detail).",
                "See also [point 2](Provision:2#detail) and [point 1](PROVISION:1) [@wire-one].\n\n"
                        + "A picture ![map](provision:2) and [point 2](<provision: 2>) and [two](provision: 2) [@wire-one].");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        String err = check.err();
        assertTrue(err.contains("error: an image cannot be a cross-reference ('provision:2')"), err);
        assertTrue(err.contains("error: a cross-reference must not contain spaces: write provision:2"), err);
        assertTrue(err.contains("error: this cross-reference was not read as a link: it has a space after the scheme"), err);
        assertEquals(3, err.lines().filter(l -> l.contains(": error: ")).count(), "Provision:2 and PROVISION:1 resolve: " + err);
    }
}
