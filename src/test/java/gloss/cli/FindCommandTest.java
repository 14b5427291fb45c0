package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gloss find TEXT}: ids with their titles, case and accents ignored; exit 1 when nothing matches. */
class FindCommandTest {
    @Test
    void listsMatchingSourcesActorsAndTopics(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/actors.yaml"), Files.readString(root.resolve("content/actors.yaml"))
                + "- id: zoe\n  name: Zoë Kyïv-Example\n  role: Envoy\n  organisation: Office\n  country: Exampleland\n");

        Projects.Run example = Projects.gloss("find", "EXAMPLE", "--root", root.toString());
        assertEquals(0, example.exit(), example.err());
        assertEquals("""
                source  wire-one   Example Wire: "Plan text published" (2025-11-20)
                source  paper-two  Example Paper: "Leaders react" (2025-11-21)
                actor   alice      Alice Example, Foreign minister
                actor   zoe        Zoë Kyïv-Example, Envoy
                """, example.out());

        Projects.Run accents = Projects.gloss("find", "zoe", "kyiv", "--root", root.toString());
        assertEquals("actor   zoe  Zoë Kyïv-Example, Envoy\n", accents.out());
        Projects.Run topic = Projects.gloss("find", "Territ", "--root", root.toString());
        assertEquals("topic   territory  Territory\n", topic.out());
        Projects.Run byId = Projects.gloss("find", "state-three", "--root", root.toString());
        assertTrue(byId.out().startsWith("source  state-three  State Agency: \"Official view\""), byId.out());
    }

    @Test
    void nothingFoundExits1AndBadArgumentsExit2(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run none = Projects.gloss("find", "umerov", "--root", root.toString());
        assertEquals(1, none.exit());
        assertEquals("", none.out());
        assertTrue(none.err().contains("gloss: no source, actor or topic matches 'umerov'"), none.err());

        Projects.Run blank = Projects.gloss("find", "  ", "--root", root.toString());
        assertEquals(2, blank.exit(), blank.err());
        assertTrue(blank.err().contains("TEXT must not be empty"), blank.err());
        Projects.Run missing = Projects.gloss("find", "--root", root.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Missing required parameter: 'TEXT'"), missing.err());
        Projects.Run nowhere = Projects.gloss("find", "x", "--root", dir.resolve("nowhere").toString());
        assertEquals(2, nowhere.exit());
        assertTrue(nowhere.err().contains("no content folder found"), nowhere.err());
    }
}
