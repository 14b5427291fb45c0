package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each bad input through the real CLI: the diagnostic names file, line, column and the problem; the
 * exit code is 1; there is no stack trace; the previous site and the sources are left exactly as they were.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT) // cases work on copies of their own
class BadInputTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";

    /** A change to one file of the fixture and the diagnostic it must produce. */
    record Case(String name, String file, String find, String replace, String expected) {
        @Override
        public String toString() { return name; }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("malformed front matter", P1, "title: Borders", "title: Borders: the line",
                        P1 + ":3:15: error: malformed YAML: a colon inside a value needs quotes"),
                new Case("malformed registry", "content/sources.yaml", "  title: \"Leaders react\"", "  title: \"Leaders react",
                        "content/sources.yaml:9:10: error: malformed YAML: the quote that opens here is not closed"),
                new Case("missing required field", P1, "summary: The first point is about borders.\n", "",
                        P1 + ":2:1: error: missing required field 'summary' in front matter"),
                new Case("wrong type", P1, "number: 1", "number: one",
                        P1 + ":2:9: error: 'one' is not a provision number"),
                new Case("wrong date", R1, "date: 2025-11-21", "date: 21/11/2025",
                        R1 + ":3:7: error: field 'date' must be a date written YYYY-MM-DD, not '21/11/2025'"),
                new Case("impossible date", "content/sources.yaml", "date: 2025-11-20", "date: 2025-02-30",
                        "content/sources.yaml:4:9: error: '2025-02-30' is not a real date"),
                new Case("unknown source in citation", P1, "frozen [@wire-one]", "frozen [@wire-onee]",
                        P1 + ":18:27: error: unknown source 'wire-onee' in citation (did you mean 'wire-one'?)"),
                new Case("citation inside another citation", P1, "frozen [@wire-one]", "frozen [@wire-one, @paper-two]",
                        P1 + ":18:38: error: citation '@paper-two' inside another citation's prefix or suffix"),
                new Case("citation inside link text", P1, "frozen [@wire-one]", "frozen [see [@wire-one]](https://example.org)",
                        P1 + ":18:32: error: citation inside link text"),
                new Case("unknown source in front matter", P1, "text_sources: [wire-one, paper-two]", "text_sources: [wire-one, paper-tow]",
                        P1 + ":7:26: error: unknown source 'paper-tow' (did you mean 'paper-two'?)"),
                new Case("unknown actor", R1, "actor: alice", "actor: alic",
                        R1 + ":2:8: error: unknown actor 'alic' (did you mean 'alice'?)"),
                new Case("unknown topic", P1, "topics: [territory]", "topics: [territoy]",
                        P1 + ":4:10: error: unknown topic 'territoy' (did you mean 'territory'?)"),
                new Case("unknown provision", R1, "provisions: [1, 2]", "provisions: [1, 9]",
                        R1 + ":6:17: error: unknown provision 9 (provisions are numbered 1 to 2)"),
                new Case("unknown stance", R1, "stance: opposes", "stance: oposes",
                        R1+ ":5:9: error: unknown stance 'oposes' (did you mean 'opposes'?)"),
                new Case("unknown field", P1, "summary:", "sumary:",
                        P1 + ":5:1: error: unknown field 'sumary' in front matter (did you mean 'summary'?)"),
                new Case("duplicate source id", "content/sources.yaml", "- id: paper-two", "- id: wire-one",
                        "content/sources.yaml:7:3: error: duplicate source id 'wire-one' (it is already defined at content/sources.yaml:1:3)"),
                new Case("duplicate provision number", "content/provisions/02-forces.md", "number: 2", "number: 1",
                        "content/provisions/02-forces.md:2:1: error: provision number 1 is already used by"),
                new Case("broken cross-reference", P1, "(provision:2) and", "(provision:9) and",
                        P1 + ":23:7: error: broken cross-reference: no provision '9' (provisions are numbered 1 to 2)"),
                new Case("broken anchor", P1, "provision:2#detail", "provision:2#details",
                        P1 + ":35:10: error: broken cross-reference: no anchor '#details' on provisions/02-forces/index.html (did you mean 'detail'?)"),
                new Case("template error", "templates/page.ftlh", "<h1>${meta.title}</h1>", "<h1>${meta.titel}</h1>",
                        "templates/page.ftlh:4:"),
                new Case("script element", P1, "It changed later", "<script>alert(1)</script>\n\nIt changed later",
                        P1 + ":27:1: error: raw HTML <script> is not allowed in notes"),
                new Case("event handler attribute", P1, "It changed later", "It <b onclick=\"x()\">changed</b> later",
                        P1 + ":27:4: error: raw HTML attribute 'onclick' runs script"),
                new Case("javascript URL", P1, "It changed later", "It [changed](javascript:alert(1)) later",
                        P1 + ":27:4: error: link runs script (javascript: URL)"),
                new Case("unknown document in versions", P1, "document: later-framework", "document: later-framewrk",
                        P1 + ":14:15: error: unknown document 'later-framewrk' (did you mean 'later-framework'?)"),
                new Case("changed version without text", P1, "    text: The parties would negotiate from the line of contact.\n", "",
                        P1 + ":9:5: error: a 'changed' version needs the changed wording in 'text'"),
                new Case("alias that is not a text", "content/actors.yaml", "aliases: [Alicia, Аліса]", "aliases: [Alicia, [Аліса]]",
                        "content/actors.yaml:6:21: error: each item of 'aliases' must be a text (write it as [one, \"two words\"])"),
                new Case("uncited paragraph", P1, "## What changed", "## What changed\n\nAn uncited claim.",
                        P1 + ":27:1: error: paragraph has no citation")
        ).map(Arguments::of);
    }

    /** The fixture with its site built once; each case works on a copy of it. */
    @TempDir
    static Path shared;
    static Path built;

    @org.junit.jupiter.api.BeforeAll
    static void buildTheFixtureOnce() throws IOException {
        built = Projects.fixtureCopy(shared.resolve("built"));
        assertEquals(0, Projects.gloss("build", "--root", built.toString()).exit(), "fixture builds");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedAndNothingIsLost(Case c, @TempDir Path dir) throws IOException {
        Path root = dir.resolve("p");
        Projects.copyTree(built, root);
        Map<String, String> siteBefore = Projects.snapshot(root.resolve("site"));

        Path file = root.resolve(c.file());
        String text = Files.readString(file);
        assertTrue(text.contains(c.find()), "fixture still contains " + c.find());
        Files.writeString(file, text.replace(c.find(), c.replace()));
        Map<String, String> contentBefore = Projects.snapshot(root.resolve("content"));
        Map<String, String> templatesBefore = Projects.snapshot(root.resolve("templates"));

        Projects.Run run = Projects.gloss("build", "--root", root.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(c.expected()), () -> "expected\n  " + c.expected() + "\nin\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(siteBefore, Projects.snapshot(root.resolve("site")), "site/ untouched");
        // pages were written to the staging folder as they were made: a failed build must remove it
        assertFalse(Files.exists(root.resolve(".site.tmp")), "staging folder left behind");
        assertFalse(Files.exists(root.resolve(".site.old")), "old site left aside");
        assertEquals(contentBefore, Projects.snapshot(root.resolve("content")), "content/ untouched");
        assertEquals(templatesBefore, Projects.snapshot(root.resolve("templates")), "templates/ untouched");

        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        if (c.file().startsWith("templates/")) {
            // check renders no page, so a template's error at render time is build's to find
            assertEquals(0, check.exit(), check.err());
            return;
        }
        assertEquals(1, check.exit());
        assertTrue(check.err().contains(c.expected()), check.err());
    }

    /**
     * check is load, resolve and the rules: it renders no page. A layout that fails on every page at
     * render time passes check and fails build; a template that does not parse fails both, once.
     */
    @Test
    void checkRendersNoPage(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root.resolve("templates/layout.ftlh"), "<main id=\"main\" class=\"wrap\">", "<main id=\"main\" class=\"wrap\">${noSuchValue}");
        assertEquals(0, Projects.gloss("check", "--root", root.toString()).exit());
        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(1, build.exit());
        assertTrue(build.err().contains("templates/layout.ftlh:"), build.err());

        replace(root.resolve("templates/layout.ftlh"), "${noSuchValue}", "<#if>");
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        assertEquals(1, check.err().lines().filter(l -> l.contains("template syntax error")).count(), check.err());
    }

    @Test
    void fileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.write(root.resolve("content/pages/about.md"),
                "---\ntitle: Bad \u00e9\n---\nBody\n".getBytes(StandardCharsets.ISO_8859_1));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/pages/about.md:2:12: error: file is not valid UTF-8"), run.err());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void everyErrorIsReportedInOneRunSortedByFileAndLine(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root.resolve(P1), "frozen [@wire-one]", "frozen [@nope]");
        replace(root.resolve(R1), "actor: alice", "actor: nobody");
        replace(root.resolve(P1), "topics: [territory]", "topics: [nowhere]");
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(1, run.exit());
        String[] lines = run.err().strip().split("\n");
        assertEquals(P1 + ":4:10: error: unknown topic 'nowhere'", lines[0].replaceAll(" \\(.*", ""));
        assertTrue(lines[1].startsWith(P1 + ":18:27: error: unknown source 'nope'"), lines[1]);
        assertTrue(lines[2].startsWith(R1 + ":2:8: error: unknown actor 'nobody'"), lines[2]);
        assertEquals("3 errors, 0 warnings in 2 files", lines[3]);
        assertTrue(lines[4].startsWith("gloss: build failed"), lines[4]);
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path dir) {
        assertEquals(2, Projects.gloss("build", "--no-such-option").exit());
        assertEquals(2, Projects.gloss("frobnicate").exit());
        assertEquals(0, Projects.gloss("build", "--help").exit());
        assertEquals(0, Projects.gloss("check", "--help").exit());
        assertEquals(2, Projects.gloss("build", "--root", dir.toString(), "--out", dir.resolve("content/x").toString()).exit());
    }

    private static void replace(Path file, String find, String replace) throws IOException {
        Files.writeString(file, Files.readString(file).replace(find, replace));
    }
}
