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
 * {@code gloss new page|topic|event|document|version} through the real CLI: each writes what it says and
 * the project then checks and builds; bad arguments exit 2 and existing ids or files exit 1, with
 * nothing written.
 */
class NewKindsTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String P2 = "content/provisions/02-forces.md";

    @Test
    void aPageATopicAndAnEventScaffoldCheckAndBuild(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        byte[] topicsBefore = Files.readAllBytes(root.resolve("content/topics.yaml"));
        byte[] eventsBefore = Files.readAllBytes(root.resolve("content/events.yaml"));

        Projects.Run page = Projects.gloss("new", "page", "--root", r, "--slug", "press", "--title", "For the press");
        Projects.Run topic = Projects.gloss("new", "topic", "--root", r, "--id", "economy", "--title", "Economy",
                "--summary", "Points on money and trade.");
        Projects.Run event = Projects.gloss("new", "event", "--root", r, "--date", "2025-11-24", "--title", "Talks resume",
                "--sources", "wire-one");
        for (Projects.Run run : new Projects.Run[] {page, topic, event}) assertEquals(0, run.exit(), run.err());
        assertTrue(page.out().contains("created content/pages/press.md"), page.out());
        assertTrue(topic.out().contains("added an entry to content/topics.yaml"), topic.out());
        assertFalse(topic.out().contains("placeholder"), topic.out());
        assertTrue(event.out().contains("replace the 1 placeholder marked FILL IN"), event.out());
        NewCommandTest.assertStartsWith(topicsBefore, Files.readAllBytes(root.resolve("content/topics.yaml")));
        NewCommandTest.assertStartsWith(eventsBefore, Files.readAllBytes(root.resolve("content/events.yaml")));
        assertTrue(Files.readString(root.resolve("content/events.yaml")).endsWith("""
                - date: 2025-11-24                # YYYY-MM-DD; the timeline is sorted by it
                  title: "Talks resume"           # what happened, in a few neutral words
                  summary: "FILL IN: one or two neutral sentences"  # one or two neutral sentences
                  sources: [wire-one]             # ids from content/sources.yaml
                """), Files.readString(root.resolve("content/events.yaml")));

        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", r);
        assertEquals(1, check.exit());
        assertEquals(2, check.err().lines().filter(l -> l.contains(": error: placeholder not filled in")).count(), check.err());
        assertTrue(check.err().contains("content/pages/press.md:6:1: error: placeholder not filled in"), check.err());

        replaceAll(root.resolve("content/pages/press.md"), "(?m)^FILL IN.*$", "Write to the desk. See [the sources](page:sources).");
        replaceAll(root.resolve("content/events.yaml"), "\"FILL IN: one or two neutral sentences\"", "\"The parties met again.\"");
        Projects.Run fixed = Projects.gloss("check", "--errors-only", "--root", r);
        assertEquals(0, fixed.exit(), fixed.err());
        assertEquals(0, Projects.gloss("build", "--root", r).exit());
        assertTrue(Files.readString(root.resolve("site/press/index.html")).contains("For the press"));
        assertTrue(Files.readString(root.resolve("site/timeline/index.html")).contains("Talks resume"));
        assertTrue(Files.exists(root.resolve("site/topics/economy/index.html")));
    }

    @Test
    void aDocumentThenItsVersionEntriesInEveryProvision(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        // A provision with CRLF line endings and a comment: both must survive the insertion.
        Path p2 = root.resolve(P2);
        String p2Before = Files.readString(p2).replace("sourcing: weak\n", "sourcing: weak   # the editor's note\n")
                .replace("\n", "\r\n");
        Files.writeString(p2, p2Before);
        String p1Before = Files.readString(root.resolve(P1));

        Projects.Run doc = Projects.gloss("new", "document", "--root", r, "--id", "third-draft", "--title", "Third draft",
                "--date", "2025-12-30", "--proposer", "Exampleland", "--status", "reported", "--sources", "wire-one,paper-two");
        assertEquals(0, doc.exit(), doc.err());
        assertTrue(doc.out().contains("gloss new version third-draft"), doc.out());
        Projects.Run missing = Projects.gloss("check", "--errors-only", "--root", r);
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("provision 1 has no version entry for document 'third-draft'"), missing.err());

        Projects.Run version = Projects.gloss("new", "version", "third-draft", "--root", r);
        assertEquals(0, version.exit(), version.err());
        assertEquals("""
                gloss: added a version entry for 'third-draft' (status: unknown) to 2 provisions:
                  content/provisions/01-borders.md
                  content/provisions/02-forces.md
                gloss: fill in each status (and its sources), then run: gloss check
                """, version.out());
        String entry = """
                  - document: third-draft         # added by gloss new version
                    status: unknown               # to fill in: unchanged | changed | removed | merged (unknown: the sources are silent)
                    sources: [wire-one, paper-two]  # the document's sources; keep those that say what became of this point
                """;
        String p1 = Files.readString(root.resolve(P1));
        String closing = "    sources: [state-three]\n---\n";
        assertEquals(p1Before.replace(closing, "    sources: [state-three]\n" + entry + "---\n"), p1);
        assertEquals(p2Before.replace("    sources: [state-three]\r\n---\r\n",
                "    sources: [state-three]\r\n" + entry.replace("\n", "\r\n") + "---\r\n"), Files.readString(p2));

        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", r);
        assertEquals(0, check.exit(), check.err());
        assertEquals(0, Projects.gloss("build", "--root", r).exit());
        assertTrue(Files.readString(root.resolve("site/versions/index.html")).contains("Third draft"));

        Map<String, String> before = Projects.snapshot(root.resolve("content"));
        Projects.Run again = Projects.gloss("new", "version", "third-draft", "--root", r);
        assertEquals(1, again.exit(), again.err());
        assertTrue(again.err().contains("every provision already has a version entry for 'third-draft'; nothing was written"),
                again.err());
        assertEquals(before, Projects.snapshot(root.resolve("content")));
    }

    @Test
    void aProjectWithoutDocumentsGetsItsVersionsListsAdded(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.delete(root.resolve("content/documents.yaml"));
        Files.delete(root.resolve("content/documents/counter-draft.md"));
        for (String p : new String[] {P1, P2}) replaceAll(root.resolve(p), "(?s)versions:\n.*?\n---\n", "---\n");
        assertEquals(0, Projects.gloss("check", "--errors-only", "--root", root.toString()).exit());

        assertEquals(0, Projects.gloss("new", "document", "--root", root.toString(), "--id", "first-draft", "--title", "First",
                "--date", "2025-11-25", "--proposer", "A", "--status", "full-text", "--sources", "wire-one").exit());
        Projects.Run version = Projects.gloss("new", "version", "first-draft", "--root", root.toString());
        assertEquals(0, version.exit(), version.err());
        assertTrue(Files.readString(root.resolve(P2)).contains("""
                sourcing: weak
                versions:                         # what each document of content/documents.yaml did with the point
                  - document: first-draft         # added by gloss new version
                """), Files.readString(root.resolve(P2)));
        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void badArgumentsExit2AndExistingThingsExit1WithNothingWritten(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        Map<String, String> before = Projects.snapshot(root);
        NewCommandTest.assertRefused(2, "--slug 'sources' is taken by a section the build makes itself", "new", "page", "--root", r, "--slug", "sources",
                "--title", "T");
        NewCommandTest.assertRefused(2, "--slug 'Press_Page' is not a valid id", "new", "page", "--root", r, "--slug", "Press_Page", "--title", "T");
        NewCommandTest.assertRefused(1, "content/pages/about.md already exists; nothing was written", "new", "page", "--root", r, "--slug", "about",
                "--title", "About again");
        NewCommandTest.assertRefused(2, "Missing required option: '--title=<title>'", "new", "page", "--root", r, "--slug", "x");
        NewCommandTest.assertRefused(1, "topic id 'territory' already exists in content/topics.yaml; nothing was written", "new", "topic", "--root", r,
                "--id", "territory", "--title", "Again");
        NewCommandTest.assertRefused(2, "--id 'Trade' is not a valid id", "new", "topic", "--root", r, "--id", "Trade", "--title", "Trade");
        NewCommandTest.assertRefused(2, "--date '2025-11-31' is not a real date", "new", "event", "--root", r, "--date", "2025-11-31", "--title", "T");
        NewCommandTest.assertRefused(2, "--sources: unknown id 'wire-on' (not in content/sources.yaml); did you mean 'wire-one'?", "new", "event",
                "--root", r, "--date", "2025-11-24", "--title", "T", "--sources", "wire-on");
        NewCommandTest.assertRefused(1, "an event of 2025-11-20 titled 'Text published' already exists", "new", "event", "--root", r,
                "--date", "2025-11-20", "--title", "Text published");
        NewCommandTest.assertRefused(2, "unknown document status 'leaked'; use one of full-text, partial-text, reported", "new", "document", "--root", r,
                "--id", "x", "--title", "X", "--date", "2025-11-24", "--proposer", "P", "--status", "leaked");
        NewCommandTest.assertRefused(1, "document id 'counter-draft' already exists in content/documents.yaml", "new", "document", "--root", r,
                "--id", "counter-draft", "--title", "X", "--date", "2025-11-24", "--proposer", "P", "--status", "reported");
        NewCommandTest.assertRefused(2, "unknown document 'counter-drft' (not in content/documents.yaml); did you mean 'counter-draft'?",
                "new", "version", "counter-drft", "--root", r);
        NewCommandTest.assertRefused(2, "DOC 'Counter Draft' is not a valid id", "new", "version", "Counter Draft", "--root", r);
        NewCommandTest.assertRefused(2, "Missing required parameter: 'DOC'", "new", "version", "--root", r);
        assertEquals(before, Projects.snapshot(root), "nothing was written");

        // One provision that cannot be edited stops the whole change.
        replaceAll(root.resolve(P2), "title: Forces", "title: \"Forces");
        Map<String, String> broken = Projects.snapshot(root);
        assertEquals(0, Projects.gloss("new", "document", "--root", r, "--id", "third", "--title", "T", "--date", "2025-12-30",
                "--proposer", "P", "--status", "reported", "--sources", "wire-one").exit());
        Map<String, String> withDocument = Projects.snapshot(root);
        NewCommandTest.assertRefused(1, P2 + ":3:8: error: malformed YAML: the quote that opens here is not closed", "new", "version", "third",
                "--root", r);
        assertEquals(withDocument, Projects.snapshot(root), "no provision was written");
        assertFalse(broken.equals(withDocument));
    }

    static void replaceAll(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file);
        String now = text.replaceAll(regex, replacement);
        assertFalse(now.equals(text), regex + " in " + file);
        Files.writeString(file, now);
    }
}
