package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content that goes past what Gloss reads, or that carries characters no page or feed can hold, is a
 * located error with exit 1 and no stack trace, never an internal error (exit 3): the exact inputs of
 * issue 11 (100,000-deep YAML, a 5000×2000 table, {@code title: "a\x0bb"}) and variants.
 */
class ResourceLimitsTest {
    /** A page no template links to, so that a page dropped for its error leaves no broken link behind. */
    private static final String PAGE = "content/pages/extra.md";
    private static final String REACTION = "content/reactions/2025-11-21-alice-statement.md";

    @Test
    void yamlNestedOneHundredThousandDeepInFrontMatter(@TempDir Path dir) throws IOException {
        // the front matter's own mapping is the first level, the 50th '[' the 51st
        Path root = project(dir);
        Files.writeString(root.resolve(PAGE), "---\ntitle: About\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\nAbout.\n");
        assertLocated(root, PAGE + ":3:53: error: malformed YAML: lists and mappings nest more than 50 levels deep");
    }

    @Test
    void yamlNestedDeepInARegistry(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        Path sources = root.resolve("content/sources.yaml");
        Files.writeString(sources, Files.readString(sources) + "- id: deep\n  note: " + "{a: ".repeat(60_000) + "1" + "}".repeat(60_000) + "\n");
        assertLocated(root, "content/sources.yaml:");
        assertTrue(run(root).err().contains("lists and mappings nest more than 50 levels deep"));
    }

    @Test
    void theTableOfTheIssueIsOverTheFileSizeLimit(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        Files.writeString(root.resolve(PAGE), "---\ntitle: About\n---\n" + table(5000, 2000));
        assertLocated(root, PAGE + ":1:1: error: is 19.1 MB; Gloss reads at most 10 MB from one file");
    }

    @Test
    void aTableBeyondCommonmarksCellLimitIsLocated(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        Files.writeString(root.resolve(PAGE), "---\ntitle: About\n---\nIntro.\n\n" + table(1001, 1000) + "\nAfter.\n");
        assertLocated(root, PAGE + ":6:1: error: table is too large (about 1002000 cells): Gloss reads at most 1000000 cells in one table");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "YAML escape \\x0b (the issue's input)|title: \"a\\x0bb\"|7:8: error: character U+000B (a control character) is not allowed",
            "YAML escape \\0|title: \"a\\0b\"|7:8: error: character U+0000 (a control character)",
            "YAML escape of a non-character|title: \"a\\uFFFEb\"|7:8: error: character U+FFFE (a non-character)",
            "YAML escape of half a surrogate pair|title: \"a\\ud800b\"|7:8: error: character U+D800 (half of a surrogate pair)",
    })
    void charactersThatXmlCannotCarryAreRefusedInYaml(String name, String title, String expected, @TempDir Path dir) throws IOException {
        Path root = project(dir);
        Path reaction = root.resolve(REACTION);
        Files.writeString(reaction, Files.readString(reaction).replace("title: Alice rejects the borders clause", title));
        assertLocated(root, REACTION + ":" + expected);
        assertFalse(Files.exists(root.resolve("site/feed.xml")), "no feed was written");
    }

    @Test
    void aRawControlCharacterOrACharacterReferenceInMarkdownIsRefused(@TempDir Path dir) throws IOException {
        Path root = project(dir);
        Files.writeString(root.resolve(PAGE), "---\ntitle: About\n---\nAbout\u000b this.\n\nAnd &#11; this.\n");
        Projects.Run run = run(root);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(PAGE + ":4:6: error: character U+000B (a control character) is not allowed"), run.err());
        Files.writeString(root.resolve(PAGE), "---\ntitle: About\n---\nAbout this.\n\nAnd &#11; this.\n");
        assertLocated(root, PAGE + ":6:1: error: character U+000B (a control character) is not allowed");
    }

    @Test
    void theFeedAndSitemapAreWellFormedXmlWithAnyLegalText(@TempDir Path dir) throws Exception {
        Path root = project(dir);
        Path reaction = root.resolve(REACTION);
        Files.writeString(reaction, Files.readString(reaction)
                .replace("title: Alice rejects the borders clause", "title: \"<b>&amp; ]]> \\t \\u00e9 \\u202e \\U0001F600 \\u0085 \\u007f\"")
                .replace("summary: Alice said the plan needed changes.", "summary: '\"quotes\" & <tags> \u05e9\u05dc\u05d5\u05dd'"));
        Projects.Run run = run(root);
        assertEquals(0, run.exit(), run.err());
        for (String file : new String[] {"feed.xml", "sitemap.xml"}) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("site").resolve(file).toFile());
            assertTrue(xml.getDocumentElement().hasChildNodes(), file);
        }
        assertTrue(Files.readString(root.resolve("site/feed.xml")).contains("\uD83D\uDE00"), "the emoji is in the feed");
    }

    private static Path project(Path dir) throws IOException {
        return Projects.fixtureCopy(dir.resolve("p"));
    }

    private static Projects.Run run(Path root) {
        return Projects.gloss("build", "--root", root.toString());
    }

    /** build and check both exit 1 with {@code expected} in the diagnostics and no trace of Java. */
    private static void assertLocated(Path root, String expected) {
        for (String command : new String[] {"build", "check"}) {
            Projects.Run run = Projects.gloss(command, "--root", root.toString());
            assertEquals(1, run.exit(), command + ":\n" + run.err());
            assertTrue(run.err().contains(expected), () -> command + ": expected\n  " + expected + "\nin\n" + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("Error:") || run.err().contains("\tat "), run.err());
        }
    }

    private static String table(int rows, int columns) {
        StringBuilder s = new StringBuilder();
        s.append('|').append("h|".repeat(columns)).append('\n');
        s.append('|').append("-|".repeat(columns)).append('\n');
        String row = "|" + "x|".repeat(columns) + "\n";
        for (int r = 0; r < rows; r++) s.append(row);
        return s.toString();
    }
}
