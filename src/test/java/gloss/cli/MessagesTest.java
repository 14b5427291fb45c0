package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages for the common slips, through the real CLI: one diagnostic per cause, in plain words, at the
 * line where the slip is, with the fix as a hint.
 */
class MessagesTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";
    private static final String SOURCES = "content/sources.yaml";

    record Slip(String name, String file, String find, String replace, String expected) {
        @Override
        public String toString() { return name; }
    }

    static Stream<Arguments> slips() {
        return Stream.of(
                new Slip("malformed reaction date", R1, "date: 2025-11-21", "date: 21/11/2025",
                        R1 + ":3:7: error: field 'date' must be a date written YYYY-MM-DD, not '21/11/2025'"),
                new Slip("impossible reaction date", R1, "date: 2025-11-21", "date: 2025-11-31",
                        R1 + ":3:7: error: '2025-11-31' is not a real date"),
                new Slip("unclosed quote in front matter", R1, "title: Alice rejects the borders clause",
                        "title: \"Alice rejects the borders clause",
                        R1 + ":7:8: error: malformed YAML: the quote that opens here is not closed (end the value with \" "
                                + "on the same line; a \" inside the value is written \\\")"),
                new Slip("unclosed quote in a registry", SOURCES, "  title: \"Leaders react\"", "  title: \"Leaders react",
                        SOURCES + ":9:10: error: malformed YAML: the quote that opens here is not closed"),
                new Slip("unclosed single quote on the last line", R1, "sources: [paper-two, wire-one]",
                        "sources: [paper-two, wire-one]\nmedium2: 'x",
                        R1 + ":12:10: error: malformed YAML: the quote that opens here is not closed (end the value with ' "
                                + "on the same line; a ' inside single quotes is written '')"),
                new Slip("colon inside a value", P1, "title: Borders", "title: Borders: the line",
                        P1 + ":3:15: error: malformed YAML: a colon inside a value needs quotes (put the whole value in "
                                + "double quotes: title: \"Borders: the line\")"),
                new Slip("colon inside a registry value", SOURCES, "  title: \"Leaders react\"", "  title: Leaders: react",
                        SOURCES + ":9:17: error: malformed YAML: a colon inside a value needs quotes (put the whole value "
                                + "in double quotes: title: \"Leaders: react\")"),
                new Slip("tab indentation", SOURCES, "  title: \"Leaders react\"", "\ttitle: \"Leaders react\"",
                        SOURCES + ":9:1: error: malformed YAML: a tab character where YAML expects spaces (indent with spaces, not tabs)"),
                new Slip("unclosed list", P1, "topics: [territory]", "topics: [territory",
                        P1 + ":4:9: error: malformed YAML: the list that opens here with '[' is not closed"),
                new Slip("value starting with @", R1, "medium: statement", "medium: @x on social media",
                        R1 + ":4:9: error: malformed YAML: a value cannot start with '@' (put the whole value in double "
                                + "quotes: medium: \"@x on social media\")"),
                new Slip("missing colon", P1, "summary: The first point", "summary The first point",
                        P1 + ":5:1: error: malformed YAML: this line has no ':' after a field name (write 'field: value'"),
                new Slip("text after a closing quote", R1, "quote: \"This is not acceptable.\"",
                        "quote: \"This is\" not acceptable.",
                        R1 + ":9:18: error: malformed YAML: this line does not line up with the fields above it")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void oneSlipIsOneMessageAtItsLine(Slip s, @TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        replace(root.resolve(s.file()), s.find(), s.replace());
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(s.expected()), () -> "expected\n  " + s.expected() + "\nin\n" + run.err());
        List<String> inFile = run.err().lines().filter(l -> l.startsWith(s.file() + ":")).toList();
        assertEquals(1, inFile.size(), () -> "one diagnostic for one slip in " + s.file() + ":\n" + run.err());
        assertFalse(run.err().contains("1970-01-01"), run.err());
        assertFalse(run.err().contains("does not match the file name"), run.err());
    }

    @Test
    void afterARenameByHandTheRenamedReactionIsSuggested(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path reactions = root.resolve("content/reactions");
        Files.move(reactions.resolve("2025-11-21-alice-statement.md"), reactions.resolve("2025-11-21-alice-statement-remarks.md"));
        // Another actor's reaction of the same day: by plain edit distance the closer id.
        Files.writeString(reactions.resolve("2025-11-21-bob-statement.md"), """
                ---
                actor: bob
                date: 2025-11-21
                medium: statement
                stance: neutral
                provisions: all
                sources: [state-three]
                ---
                Bob said little [@state-three].
                """);
        replace(root.resolve(P1), "It changed later [@paper-two].",
                "It changed later [@paper-two]. See [Alice](reaction:2025-11-21-alice-statement).");
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("broken cross-reference: no reaction '2025-11-21-alice-statement' "
                + "(did you mean '2025-11-21-alice-statement-remarks'?)"), run.err());
    }

    static void replace(Path file, String find, String replace) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(find), file + " contains " + find);
        Files.writeString(file, text.replace(find, replace));
    }
}
