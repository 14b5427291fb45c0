package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gloss new}: each kind scaffolds a correctly named file or appends a registry entry; {@code check}
 * names every placeholder until the editor fills it in; then {@code check} and {@code build} pass.
 */
class NewCommandTest {
    private static final Pattern PLACEHOLDER_FIELD =
            Pattern.compile("^(\\s*)(- )?([a-z_]+): \\[?\"FILL IN:[^\"]*\"]?(.*)$");

    /** What an editor would write in place of each placeholder, by field name ({@code provisions}: the new one). */
    private static Map<String, String> filled(int provision) {
        return Map.ofEntries(
            Map.entry("topics", "[territory]"),
            Map.entry("summary", "\"A neutral sentence.\""),
            Map.entry("text", "\"Everyone would be pardoned.\""),
            Map.entry("text_sources", "[wire-one]"),
            Map.entry("status", "unknown"),
            Map.entry("sources", "[wire-four, wire-one]"),
            Map.entry("medium", "press briefing"),
            Map.entry("stance", "opposes"),
            Map.entry("provisions", "[" + provision + "]"),
            Map.entry("title", "\"Carol rejects the amnesty\""),
            Map.entry("note", "\"Seen in print.\""),
            Map.entry("role", "Minister of Examples"),
            Map.entry("organisation", "Ministry of Examples"),
            Map.entry("country", "Exampleland"));
    }

    @Test
    void scaffoldEachKindCheckNamesPlaceholdersThenFilledInItBuilds(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        byte[] sourcesBefore = Files.readAllBytes(root.resolve("content/sources.yaml"));
        byte[] actorsBefore = Files.readAllBytes(root.resolve("content/actors.yaml"));
        int next;
        try (var files = Files.list(root.resolve("content/provisions"))) {
            next = (int) files.count() + 1;
        }
        String stem = String.format("%02d-amnesty", next);

        Projects.Run provision = Projects.gloss("new", "provision", "--root", r, "--number", Integer.toString(next), "--title", "Amnesty");
        Projects.Run actor = Projects.gloss("new", "actor", "--root", r, "--id", "carol", "--name", "Carol Third");
        Projects.Run source = Projects.gloss("new", "source", "--root", r, "--id", "wire-four", "--publisher", "Wire \"Four\"",
                "--title", "Carol: no amnesty", "--date", "2025-11-23", "--kind", "wire");
        Projects.Run reaction = Projects.gloss("new", "reaction", "--root", r, "--actor", "carol", "--date", "2025-11-23",
                "--slug", "briefing");
        for (Projects.Run run : List.of(provision, actor, source, reaction)) assertEquals(0, run.exit(), run.err());
        assertTrue(provision.out().contains("created content/provisions/" + stem + ".md"), provision.out());
        assertTrue(reaction.out().contains("created content/reactions/2025-11-23-carol-briefing.md"), reaction.out());
        assertTrue(source.out().contains("added an entry to content/sources.yaml"), source.out());
        assertTrue(actor.out().contains("added an entry to content/actors.yaml"), actor.out());

        // Registries only grow: the old bytes are a prefix of the new file.
        assertStartsWith(sourcesBefore, Files.readAllBytes(root.resolve("content/sources.yaml")));
        assertStartsWith(actorsBefore, Files.readAllBytes(root.resolve("content/actors.yaml")));

        Projects.Run check = Projects.gloss("check", "--root", r);
        assertEquals(1, check.exit(), check.err());
        String p3 = "content/provisions/" + stem + ".md";
        int roleLine = lineOf(root.resolve("content/actors.yaml"), "  role: \"FILL IN");
        String rc = "content/reactions/2025-11-23-carol-briefing.md";
        for (String expected : List.of(
                p3 + ":6:10: error: placeholder not filled in (replace 'FILL IN: topic ids from content/topics.yaml' in 'topics')",
                p3 + ":7:10: error: placeholder not filled in",
                rc + ":6:9: error: placeholder not filled in (replace 'FILL IN: where it was said",
                rc + ":7:9: error: placeholder not filled in",
                "content/actors.yaml:" + roleLine + ":9: error: placeholder not filled in (replace 'FILL IN: role, e.g. President of Ukraine' in 'role')",
                "content/sources.yaml:",
                "placeholder not filled in (replace the FILL IN paragraph with your text)")) {
            assertTrue(check.err().contains(expected), () -> "expected\n  " + expected + "\nin\n" + check.err());
        }
        int announced = placeholdersAnnounced(provision, actor, source, reaction);
        assertEquals(announced, count(check.err(), "error: placeholder not filled in"), check.err());
        assertEquals(announced, check.err().lines().filter(l -> l.contains(": error: ")).count(),
                "placeholders are the only errors:\n" + check.err());

        for (String file : List.of(p3, rc, "content/sources.yaml", "content/actors.yaml")) fillIn(root.resolve(file), filled(next));
        Projects.Run fixed = Projects.gloss("check", "--root", r);
        assertEquals(0, fixed.exit(), fixed.err());
        assertFalse(fixed.err().contains("error:"), fixed.err());

        Projects.Run build = Projects.gloss("build", "--root", r);
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.exists(root.resolve("site/provisions/" + stem + "/index.html")));
        assertTrue(Files.exists(root.resolve("site/reactions/2025-11-23-carol-briefing/index.html")));
        assertTrue(Files.readString(root.resolve("site/sources/index.html")).contains("Wire &quot;Four&quot;")
                || Files.readString(root.resolve("site/sources/index.html")).contains("Wire \"Four\""));
    }

    @Test
    void aReactionWithEveryOptionGivenLeavesOnlyTheBodyToWrite(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("new", "reaction", "--root", root.toString(), "--actor", "bob", "--date", "2025-11-23",
                "--slug", "second-briefing", "--medium", "press briefing", "--stance", "neutral", "--provisions", "all",
                "--title", "Bob: \"no comment\"", "--summary", "Bob declined to comment.", "--sources", "state-three");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("replace the 1 placeholder marked FILL IN"), run.out());
        Path note = root.resolve("content/reactions/2025-11-23-bob-second-briefing.md");
        assertTrue(Files.readString(note).contains("\nprovisions: all "), Files.readString(note));
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, check.exit());
        assertEquals(1, count(check.err(), "error: "), check.err());
        Files.writeString(note, Files.readString(note).replaceAll("(?m)^FILL IN.*$", "Bob declined to comment [@state-three]."));
        Projects.Run fixed = Projects.gloss("check", "--root", root.toString());
        assertEquals(0, fixed.exit(), fixed.err());
    }

    @Test
    void refusesToOverwriteFilesOrIds(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        Map<String, String> before = Projects.snapshot(root);
        assertRefused(1, "provision 1 already exists: content/provisions/01-borders.md",
                "new", "provision", "--root", r, "--number", "1", "--title", "Borders again");
        assertRefused(1, "source id 'wire-one' already exists in content/sources.yaml",
                "new", "source", "--root", r, "--id", "wire-one", "--publisher", "P", "--title", "T", "--date", "2025-11-20", "--kind", "wire");
        assertRefused(1, "actor id 'alice' already exists in content/actors.yaml",
                "new", "actor", "--root", r, "--id", "alice", "--name", "Alice Again");
        assertEquals(0, Projects.gloss("new", "reaction", "--root", r, "--actor", "bob", "--date", "2025-11-23", "--slug", "x").exit());
        Path scaffolded = root.resolve("content/reactions/2025-11-23-bob-x.md");
        String first = Files.readString(scaffolded);
        assertRefused(1, "content/reactions/2025-11-23-bob-x.md already exists",
                "new", "reaction", "--root", r, "--actor", "bob", "--date", "2025-11-23", "--slug", "x", "--stance", "mixed");
        assertEquals(first, Files.readString(scaffolded), "the existing note is untouched");
        Files.delete(scaffolded);
        assertEquals(before, Projects.snapshot(root), "nothing else was written");
    }

    @Test
    void validatesUpFront(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        String r = root.toString();
        Map<String, String> before = Projects.snapshot(root);
        assertRefused(2, "--id 'Wire_One' is not a valid id", "new", "source", "--root", r, "--id", "Wire_One",
                "--publisher", "P", "--title", "T", "--date", "2025-11-20", "--kind", "wire");
        assertRefused(2, "--date '2025-02-30' is not a real date", "new", "source", "--root", r, "--id", "x",
                "--publisher", "P", "--title", "T", "--date", "2025-02-30", "--kind", "wire");
        assertRefused(2, "--date must be a date written YYYY-MM-DD, not '21/11/2025'", "new", "reaction", "--root", r,
                "--actor", "alice", "--date", "21/11/2025", "--slug", "x");
        assertRefused(2, "unknown source kind 'blog'; use one of wire, newspaper", "new", "source", "--root", r, "--id", "x",
                "--publisher", "P", "--title", "T", "--date", "2025-11-20", "--kind", "blog");
        assertRefused(2, "--url must start with http:// or https://", "new", "source", "--root", r, "--id", "x",
                "--publisher", "P", "--title", "T", "--date", "2025-11-20", "--kind", "wire", "--url", "example.org");
        assertRefused(2, "unknown actor 'alic' (did you mean 'alice'?)", "new", "reaction", "--root", r,
                "--actor", "alic", "--date", "2025-11-21", "--slug", "x");
        assertRefused(2, "unknown stance 'oposes'", "new", "reaction", "--root", r,
                "--actor", "alice", "--date", "2025-11-21", "--slug", "x", "--stance", "oposes");
        assertRefused(2, "--provisions: there is no provision 9", "new", "reaction", "--root", r,
                "--actor", "alice", "--date", "2025-11-21", "--slug", "x", "--provisions", "1,9");
        assertRefused(2, "--sources: unknown id 'wire-on' (not in content/sources.yaml); did you mean 'wire-one'?", "new",
                "reaction", "--root", r, "--actor", "alice", "--date", "2025-11-21", "--slug", "x", "--sources", "wire-on");
        assertRefused(2, "the next number is 3, not 9", "new", "provision", "--root", r, "--number", "9", "--title", "T");
        assertRefused(2, "--topics: unknown id 'territoy'", "new", "provision", "--root", r, "--number", "3", "--title", "T",
                "--topics", "territoy");
        assertRefused(2, "--title must be one line of text", "new", "provision", "--root", r, "--number", "3", "--title", "a\nb");
        assertRefused(2, "Missing required option", "new", "actor", "--root", r, "--id", "x");
        assertRefused(2, "no content folder found", "new", "actor", "--root", dir.toString(), "--id", "x", "--name", "X");
        assertEquals(before, Projects.snapshot(root), "nothing was written");
    }

    @Test
    void appendsToARegistryWithoutFinalNewlineWithoutTouchingItsBytes(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path actors = root.resolve("content/actors.yaml");
        String old = Files.readString(actors).stripTrailing() + "   # a comment the editor wrote";
        Files.writeString(actors, old);
        Projects.Run run = Projects.gloss("new", "actor", "--root", root.toString(), "--id", "carol", "--name", "Carol",
                "--role", "Envoy", "--organisation", "Office", "--country", "Exampleland");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("placeholder"), "everything was given: " + run.out());
        String now = Files.readString(actors);
        assertTrue(now.startsWith(old + "\n- id: carol"), now);
        Projects.Run check = Projects.gloss("check", "--root", root.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains("actor 'carol' has no reaction"), check.err());
    }

    /** Runs a command that must be refused: its exit code, its message, no stack trace, nothing announced as written. */
    static void assertRefused(int exit, String message, String... args) {
        Projects.Run run = Projects.gloss(args);
        assertEquals(exit, run.exit(), () -> String.join(" ", args) + "\n" + run.out() + run.err());
        assertTrue(run.err().contains(message), () -> "expected\n  " + message + "\nin\n" + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out(), "nothing announced as written");
    }

    static void assertStartsWith(byte[] prefix, byte[] bytes) {
        assertTrue(bytes.length > prefix.length);
        assertArrayEquals(prefix, Arrays.copyOf(bytes, prefix.length));
    }

    private static int placeholdersAnnounced(Projects.Run... runs) {
        int total = 0;
        Pattern p = Pattern.compile("replace the (\\d+) placeholders? marked FILL IN");
        for (Projects.Run run : runs) {
            Matcher m = p.matcher(run.out());
            if (m.find()) total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    private static int lineOf(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError("no line starting with " + prefix + " in " + file);
    }

    private static long count(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).count();
    }

    /** Does what the editor would: a real value for each placeholder field, a cited paragraph for the body. */
    private static void fillIn(Path file, Map<String, String> values) throws IOException {
        String filled = Files.readString(file).lines().map(line -> {
            Matcher m = PLACEHOLDER_FIELD.matcher(line);
            if (m.matches()) {
                String value = values.get(m.group(3));
                if (value == null) throw new AssertionError("no value to fill in for " + line);
                return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + m.group(3) + ": " + value + m.group(4);
            }
            if (line.startsWith("FILL IN")) return "Carol spoke to reporters [@wire-four].";
            assertFalse(line.contains("FILL IN") && !line.strip().startsWith("#"), "unhandled placeholder: " + line);
            return line;
        }).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, filled, StandardCharsets.UTF_8);
    }
}
