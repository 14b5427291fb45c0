package gloss.cli;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline event's {@code provisions:}, {@code reactions:} and {@code actors:} through the real CLI:
 * the timeline links them, the pages they name list the event, bad ids are located errors reported all
 * at once, an actor an event names is not a loose end, and rename follows the new fields.
 */
class EventLinksTest {
    private static final String EVENTS = "content/events.yaml";
    private static final String LINKED = """
            - date: 2025-11-20
              title: Text published
              summary: The wire publishes the text.
              sources: [wire-one]
              provisions: [1]
              reactions: [2025-11-21-alice-statement]
              actors: [alice, bob]
            """;

    private static Path project(Path dir, String events) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve(EVENTS), events);
        return root;
    }

    private static Document page(Path root, String file) throws IOException {
        return Jsoup.parse(root.resolve("site").resolve(file).toFile(), "UTF-8");
    }

    @Test
    void theTimelineLinksAnEventsPointsReactionsAndPeopleAndTheirPagesListTheEvent(@TempDir Path dir) throws IOException {
        Path root = project(dir, LINKED);
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());

        Element event = page(root, "timeline/index.html").selectFirst("li.event");
        assertNotNull(event);
        String anchor = event.id();
        assertEquals("event-2025-11-20-text-published", anchor);
        assertEquals(List.of("../provisions/01-borders/"), event.select(".event-links a[href*=provisions/]").eachAttr("href"));
        assertEquals(List.of("../reactions/2025-11-21-alice-statement/"),
                event.select(".event-links a[href*=reactions/]").eachAttr("href"));
        assertEquals(List.of("Alice Example", "Bob Sample"), event.select(".event-links a[href*=actors/]").eachText());
        // Grouped by month, with a jump list to the month.
        assertEquals("#month-2025-11", page(root, "timeline/index.html").selectFirst("nav.jump-list a").attr("href"));

        for (String file : List.of("provisions/01-borders/index.html", "reactions/2025-11-21-alice-statement/index.html",
                "actors/alice/index.html", "actors/bob/index.html")) {
            Document doc = page(root, file);
            Element listed = doc.selectFirst("section.on-timeline a[href$=#" + anchor + "]");
            assertNotNull(listed, file + " lists the event");
            assertEquals("Text published", listed.text(), file);
        }
        // The provision's "On this page" reaches the list, and only pages the event names have one.
        assertNotNull(page(root, "provisions/01-borders/index.html").selectFirst("nav.toc a[href=#timeline-heading]"));
        assertNotNull(page(root, "provisions/01-borders/index.html").getElementById("timeline-heading"));
        assertTrue(page(root, "provisions/02-forces/index.html").select("section.on-timeline").isEmpty());

        String data = Files.readString(root.resolve("site/data/explainer.json"));
        assertTrue(data.contains("\"provisions\":[1]") || data.contains("\"provisions\": [1]"), data);
        assertTrue(data.contains("2025-11-21-alice-statement"), data);
    }

    @Test
    void unknownIdsInAnEventAreLocatedErrorsAllAtOnce(@TempDir Path dir) throws IOException {
        Path root = project(dir, """
                - date: 2025-11-20
                  title: Text published
                  summary: The wire publishes the text.
                  sources: [wire-one]
                  provisions: [1, 9, all]
                  reactions: [2025-11-21-alice-statment]
                  actors: [alicia, bob]
                """);
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        String err = run.err();
        assertTrue(err.contains(EVENTS + ":5:19: error: unknown provision 9 (provisions are numbered 1 to 2)"), err);
        assertTrue(err.contains(EVENTS + ":5:22: error: 'all' is not a provision number "
                + "(write the numbers of the points it concerns, like [7, 21])"), err);
        assertTrue(err.contains(EVENTS + ":6:15: error: unknown reaction '2025-11-21-alice-statment' "
                + "(did you mean '2025-11-21-alice-statement'?)"), err);
        assertTrue(err.contains(EVENTS + ":7:12: error: unknown actor 'alicia' (did you mean 'alice'?)"), err);
        assertTrue(err.contains("4 errors"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void anEventNamingADraftReactionSaysItIsADraft(@TempDir Path dir) throws IOException {
        Path root = project(dir, LINKED);
        Path reaction = root.resolve("content/reactions/2025-11-21-alice-statement.md");
        Files.writeString(reaction, Files.readString(reaction).replaceFirst("\n---\n", "\ndraft: true\n---\n"));
        Projects.Run run = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(EVENTS + ":6:15: error: unknown reaction '2025-11-21-alice-statement': it is a draft "
                + "(content/reactions/2025-11-21-alice-statement.md)"), run.err());
    }

    @Test
    void anActorThatOnlyAnEventNamesIsUsed(@TempDir Path dir) throws IOException {
        Path root = project(dir, LINKED.replace("actors: [alice, bob]", "actors: [alice, bob, carol]"));
        Files.writeString(root.resolve("content/actors.yaml"), Files.readString(root.resolve("content/actors.yaml"))
                + "- id: carol\n  name: Carol Case\n  role: Envoy\n  organisation: Office of Cases\n  country: Caseland\n"
                + "- id: dave\n  name: Dave Draft\n  role: Adviser\n  organisation: Office of Drafts\n  country: Caseland\n");
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertFalse(run.err().contains("actor 'carol'"), run.err());
        assertTrue(run.err().contains("warning: actor 'dave' has no reaction and no note or timeline event links to it "
                + "(link to it from the text that names them, [name](actor:dave), or from the event that names them, "
                + "actors: [dave] in content/events.yaml, or remove it)"), run.err());
        // Carol's page lists the event that names her; her own page says she made no reaction.
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        Document carol = page(root, "actors/carol/index.html");
        assertNotNull(carol.selectFirst("section.on-timeline a[href$=#event-2025-11-20-text-published]"));
    }

    @Test
    void renameRewritesAnEventsActorsAndReactions(@TempDir Path dir) throws IOException {
        Path root = project(dir, LINKED);
        Projects.Run actor = Projects.gloss("rename", "actor", "alice", "alice-example", "--root", root.toString());
        assertEquals(0, actor.exit(), actor.err());
        assertTrue(Files.readString(root.resolve(EVENTS)).contains("  actors: [alice-example, bob]\n"));
        Projects.Run reaction = Projects.gloss("rename", "reaction", "2025-11-21-alice-statement", "2025-11-21-alice-remarks",
                "--root", root.toString());
        assertEquals(0, reaction.exit(), reaction.err());
        assertTrue(reaction.out().contains(EVENTS + " (1)"), reaction.out());
        assertTrue(Files.readString(root.resolve(EVENTS)).contains("  reactions: [2025-11-21-alice-remarks]\n"));
        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(0, check.exit(), check.err());
    }
}
