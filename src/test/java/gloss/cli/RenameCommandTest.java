package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gloss rename source|actor|reaction OLD NEW} through the real CLI: every reference is rewritten
 * and nothing else (URLs, longer ids, e-mail addresses, comments stay), the project then checks and
 * builds, a renamed reaction's old address redirects, and bad arguments write nothing.
 */
class RenameCommandTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String P2 = "content/provisions/02-forces.md";
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";
    private static final String SOURCES = "content/sources.yaml";

    @Test
    void aSourceRenameRewritesFieldsCitationsAndCrossReferencesOnly(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        // Look-alikes that must stay: a longer id, an e-mail address, a URL, a comment.
        append(root.resolve(SOURCES), "- id: wire-one-b   # wire-one's sister\n  publisher: Example Wire\n  title: \"B\"\n"
                + "  date: 2025-11-20\n  url: https://example.org/wire-one-b\n  kind: wire\n");
        replace(root.resolve(P1), "It changed later [@paper-two].", "It changed later [@paper-two; @wire-one-b]. Write to "
                + "desk@wire-one.example or see [the wire](source:wire-one) [@wire-one, p. 4].");
        Map<String, String> before = texts(root);

        Projects.Run run = Projects.gloss("rename", "source", "wire-one", "wire-first", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                gloss: renamed source 'wire-one' to 'wire-first': 14 references rewritten in 7 files
                  content/events.yaml (1)
                  content/home.md (1)
                  content/pages/methodology.md (1)
                  content/provisions/01-borders.md (7)
                  content/provisions/02-forces.md (2)
                  content/reactions/2025-11-21-alice-statement.md (1)
                  content/sources.yaml (1)
                """, run.out());
        Map<String, String> after = texts(root);
        assertEquals(before.get(SOURCES).replace("- id: wire-one\n", "- id: wire-first\n"), after.get(SOURCES));
        assertEquals(before.get(P1)
                .replace("text_sources: [wire-one, paper-two]", "text_sources: [wire-first, paper-two]")
                .replace("frozen [@wire-one]", "frozen [@wire-first]")
                .replace("[@paper-two; @wire-one, p. 2]", "[@paper-two; @wire-first, p. 2]")
                .replace("for more [@wire-one]", "for more [@wire-first]")
                .replace("differ[^1] [@wire-one]", "differ[^1] [@wire-first]")
                .replace("(source:wire-one) [@wire-one, p. 4]", "(source:wire-first) [@wire-first, p. 4]"), after.get(P1));
        assertEquals(before.get("content/home.md").replace("[@wire-one]", "[@wire-first]"), after.get("content/home.md"));
        assertEquals(before.get("content/pages/methodology.md").replace("(source:wire-one)", "(source:wire-first)"),
                after.get("content/pages/methodology.md"));
        assertTrue(after.get(P1).contains("desk@wire-one.example") && after.get(P1).contains("@wire-one-b]"), after.get(P1));
        assertTrue(after.get(SOURCES).contains("url: https://example.org/wire-one\n"), "a URL is not an id");
        assertTrue(after.get(SOURCES).contains("- id: wire-one-b   # wire-one's sister"), "a longer id and a comment stay");

        assertEquals(0, Projects.gloss("check", "--errors-only", "--root", root.toString()).exit());
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
    }

    @Test
    void anActorRenameKeepsReactionFileNamesAndTheirAddresses(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Map<String, String> before = texts(root);
        Projects.Run run = Projects.gloss("rename", "actor", "alice", "alice-example", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        Map<String, String> after = texts(root);
        assertEquals(before.get(R1).replace("actor: alice\n", "actor: alice-example\n"), after.get(R1));
        assertEquals(before.get(P1).replace("(actor:alice)", "(actor:alice-example)"), after.get(P1));
        assertEquals(before.get("content/actors.yaml").replace("- id: alice\n", "- id: alice-example\n"),
                after.get("content/actors.yaml"));
        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void aReactionRenameMovesTheFileFollowsTheDateAndRedirectsTheOldAddress(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root.resolve(P2), "The cap is 600,000 [@wire-one].",
                "The cap is 600,000 [@wire-one]. See [Alice](reaction:2025-11-21-alice-statement).");
        String original = Files.readString(root.resolve(R1));

        Projects.Run run = Projects.gloss("rename", "reaction", "2025-11-21-alice-statement", "2025-11-22-alice-remarks",
                "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                gloss: renamed reaction '2025-11-21-alice-statement' to '2025-11-22-alice-remarks': 1 reference rewritten in 1 file
                  content/provisions/02-forces.md (1)
                gloss: the note is now content/reactions/2025-11-22-alice-remarks.md
                gloss: its old address reactions/2025-11-21-alice-statement/ redirects to the new one (aliases: in the note)
                """, run.out());
        assertFalse(Files.exists(root.resolve(R1)));
        Path moved = root.resolve("content/reactions/2025-11-22-alice-remarks.md");
        assertEquals(original.replace("date: 2025-11-21\n", "date: 2025-11-22\n").replace("sources: [paper-two, wire-one]\n",
                "sources: [paper-two, wire-one]\naliases: [reactions/2025-11-21-alice-statement/]  "
                        + "# earlier addresses, kept working as redirects\n"), Files.readString(moved));
        assertTrue(Files.readString(root.resolve(P2)).contains("(reaction:2025-11-22-alice-remarks)"));

        // Renamed again: both earlier addresses redirect.
        Projects.Run again = Projects.gloss("rename", "reaction", "2025-11-22-alice-remarks", "2025-11-22-alice-press-remarks",
                "--root", root.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(Files.readString(root.resolve("content/reactions/2025-11-22-alice-press-remarks.md")).contains(
                "aliases: [reactions/2025-11-21-alice-statement/, reactions/2025-11-22-alice-remarks/]"));

        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, build.exit(), build.err());
        Path site = root.resolve("site");
        assertTrue(Files.exists(site.resolve("reactions/2025-11-22-alice-press-remarks/index.html")));
        for (String old : new String[] {"2025-11-21-alice-statement", "2025-11-22-alice-remarks"}) {
            String redirect = Files.readString(site.resolve("reactions/" + old + "/index.html"));
            assertTrue(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../reactions/2025-11-22-alice-press-remarks/\">"),
                    redirect);
            assertTrue(redirect.contains("<link rel=\"canonical\" href=\"https://example.org/fixture/reactions/2025-11-22-alice-press-remarks/\">"),
                    redirect);
            assertTrue(redirect.contains("<a href=\"../../reactions/2025-11-22-alice-press-remarks/\">Alice rejects the borders clause</a>"),
                    redirect);
        }
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("2025-11-21-alice-statement"), "redirects are not pages");
    }

    @Test
    void aliasesThatTakeAnotherAddressOrLeaveTheSiteAreErrors(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root.resolve(R1), "sources: [paper-two, wire-one]\n",
                "sources: [paper-two, wire-one]\naliases: [provisions/01-borders/, ../outside/, old/x.html, old/x.html]\n");
        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(1, build.exit(), build.err());
        assertTrue(build.err().contains(R1 + ":12:11: error: alias 'provisions/01-borders/' is the address of a page that exists"),
                build.err());
        assertTrue(build.err().contains(R1 + ":12:35: error: alias '../outside/' must be a path on this site"), build.err());
        assertTrue(build.err().contains(R1 + ":12:60: error: alias 'old/x.html' is already an alias at " + R1 + ":12:48"),
                build.err());
    }

    @Test
    void badArgumentsExit2ConflictsExit1AndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        Map<String, String> before = Projects.snapshot(root);
        NewCommandTest.assertRefused(2, "unknown kind 'topic': use source, actor or reaction", "rename", "topic", "a", "b", "--root", r);
        NewCommandTest.assertRefused(2, "unknown source 'wire-on' (not in content/sources.yaml); did you mean 'wire-one'?", "rename", "source",
                "wire-on", "wire-x", "--root", r);
        NewCommandTest.assertRefused(2, "NEW 'Wire_X' is not a valid id", "rename", "source", "wire-one", "Wire_X", "--root", r);
        NewCommandTest.assertRefused(2, "OLD and NEW are the same", "rename", "actor", "alice", "alice", "--root", r);
        NewCommandTest.assertRefused(1, "source id 'paper-two' already exists in content/sources.yaml; nothing was written", "rename", "source",
                "wire-one", "paper-two", "--root", r);
        NewCommandTest.assertRefused(2, "there is no reaction '2025-11-21-alice-statemnt' (no content/reactions/2025-11-21-alice-statemnt.md); "
                + "did you mean '2025-11-21-alice-statement'?", "rename", "reaction", "2025-11-21-alice-statemnt", "2025-11-21-a-b",
                "--root", r);
        NewCommandTest.assertRefused(2, "NEW 'alice-remarks' is not a reaction id", "rename", "reaction", "2025-11-21-alice-statement", "alice-remarks",
                "--root", r);
        NewCommandTest.assertRefused(2, "'2025-02-30' is not a real date", "rename", "reaction", "2025-11-21-alice-statement", "2025-02-30-alice-x",
                "--root", r);
        NewCommandTest.assertRefused(1, "content/reactions/2025-11-22-bob-briefing.md already exists", "rename", "reaction",
                "2025-11-21-alice-statement", "2025-11-22-bob-briefing", "--root", r);
        NewCommandTest.assertRefused(2, "Missing required parameter: 'NEW'", "rename", "source", "wire-one", "--root", r);
        assertEquals(before, Projects.snapshot(root), "nothing was written");

        replace(root.resolve(P2), "title: Forces", "title: Forces: capped");
        Map<String, String> broken = Projects.snapshot(root);
        NewCommandTest.assertRefused(1, P2 + ":3:14: error: malformed YAML: a colon inside a value needs quotes", "rename", "source", "wire-one",
                "wire-x", "--root", r);
        assertEquals(broken, Projects.snapshot(root), "a file that does not parse stops the rename before any write");
    }

    /** Every file of content/ as text, by path relative to the root. */
    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(root.resolve("content"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }

    private static void replace(Path file, String find, String replace) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(find), file + " contains " + find);
        Files.writeString(file, text.replace(find, replace));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
