package gloss.docs;

import gloss.Projects;
import gloss.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/editors-guide.md is executable, so it cannot drift from Gloss: every {@code gloss} command of its
 * {@code sh} blocks runs, in order, on a scratch copy of the project (content/ and templates/); every
 * Markdown and YAML example becomes a file or a registry entry of another scratch copy, which must then
 * check and build; so must every citation and cross-reference of its two reference tables.
 *
 * <p>The conventions, also stated in a comment at the top of the guide: a command must exit 0 unless its
 * comment says "exits N"; a line {@code # ... write it ...} is the editor's writing, for which this test
 * fills in every placeholder the commands before it left; every block that is not {@code sh} says what
 * happens to it in a {@code <!-- guide-test: ... -->} comment just before it ({@code file PATH},
 * {@code entry PATH}, {@code fields PATH} or {@code not run (why)}), and a block without one fails the test. Commands get
 * {@code --root SCRATCH} as {@code bin/gloss} would give them, relative paths are taken from the scratch
 * project's root (where an editor following the guide stands), and {@code serve} runs on a free port
 * until its first page has been fetched.
 */
class EditorsGuideTest {
    private static final Path GUIDE = Projects.REPO.resolve("docs/editors-guide.md");
    private static final Pattern MARKER = Pattern.compile("<!-- guide-test: (file \\S+|entry \\S+|fields \\S+|not run \\(.+\\)) -->");
    private static final Pattern CREATED = Pattern.compile("(?m)^gloss: (?:created|added an entry to) (\\S+)$");
    private static final Pattern SERVING = Pattern.compile("gloss: serving (http://\\S+) ");
    private static final Pattern PLACEHOLDER_FIELD = Pattern.compile("(?m)^(\\s*(?:- )?)([a-z_]+): (\\[)?\"FILL IN:[^\"]*\"]?");

    /** A fenced block: where it starts, its language, the guide-test comment before it (or null), its lines. */
    record Block(int line, String language, String marker, List<String> lines) {
        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    static List<Block> blocks() throws IOException {
        List<String> guide = Files.readAllLines(GUIDE);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < guide.size(); i++) {
            if (!guide.get(i).startsWith("```")) continue;
            String language = guide.get(i).substring(3).strip();
            String marker = null;
            for (int j = i - 1; j >= 0 && marker == null; j--) {
                if (guide.get(j).isBlank()) continue;
                Matcher m = MARKER.matcher(guide.get(j).strip());
                marker = m.matches() ? m.group(1) : "";
            }
            int start = i;
            List<String> lines = new ArrayList<>();
            for (i++; !guide.get(i).startsWith("```"); i++) lines.add(guide.get(i));
            out.add(new Block(start + 1, language, marker == null || marker.isEmpty() ? null : marker, lines));
        }
        return out;
    }

    @Test
    void everyBlockIsRunOrSaysWhyNot() throws IOException {
        List<Block> blocks = blocks();
        for (Block b : blocks) {
            boolean runnable = b.language().equals("sh") || b.marker() != null;
            assertTrue(runnable, "docs/editors-guide.md:" + b.line() + ": a ```" + b.language() + " block needs a "
                    + "<!-- guide-test: file PATH | entry PATH | fields PATH | not run (why) --> comment before it");
        }
        assertTrue(blocks.stream().filter(b -> b.marker() != null && !b.marker().startsWith("not run")).count() >= 10,
                "the guide's examples were found");
    }

    @Test
    void everyCommandRunsAsTheGuideSays(@TempDir Path dir) throws Exception {
        Path root = scratch(dir);
        List<Path> created = new ArrayList<>();
        int commands = 0;
        for (Block b : blocks()) {
            if (!b.language().equals("sh") || (b.marker() != null && b.marker().startsWith("not run"))) continue;
            for (int i = 0; i < b.lines().size(); i++) {
                String line = b.lines().get(i).strip();
                String where = "docs/editors-guide.md:" + (b.line() + 1 + i) + ": " + line;
                if (line.startsWith("# ...")) {
                    for (Path p : created) fillIn(root, root.resolve(p));
                    created.clear();
                    continue;
                }
                if (line.isEmpty() || line.startsWith("#")) continue;
                assertTrue(line.startsWith("gloss "), where + ": only gloss commands run; mark the block 'not run (why)'");
                commands++;
                String comment = comment(line);
                List<String> args = words(line.substring(0, line.length() - comment.length()).substring("gloss ".length()));
                if (args.get(0).equals("serve")) {
                    serve(root, args, comment, where);
                    continue;
                }
                Projects.Run run = Projects.gloss(forScratch(args, root).toArray(String[]::new));
                int expected = exitIn(comment);
                assertEquals(expected, run.exit(), () -> where + "\n" + run.out() + run.err());
                if (args.get(0).equals("new")) {
                    Matcher m = CREATED.matcher(run.out());
                    while (m.find()) created.add(Path.of(m.group(1)));
                }
            }
        }
        assertTrue(commands >= 10, "the guide's commands were found: " + commands);
    }

    @Test
    void everyExampleAndReferenceBuilds(@TempDir Path dir) throws IOException {
        Path root = scratch(dir);
        int examples = 0;
        for (Block b : blocks()) {
            if (b.marker() == null || b.marker().startsWith("not run")) continue;
            Path target = root.resolve(b.marker().substring(b.marker().indexOf(' ') + 1));
            if (b.marker().startsWith("file ")) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, b.text());
            } else if (b.marker().startsWith("fields ")) {
                putFields(target, b.lines());
            } else {
                putEntry(target, b.text());
            }
            examples++;
        }
        Files.writeString(root.resolve("content/pages/guide-references.md"), referencesPage());
        Projects.Run check = Projects.gloss("check", "--errors-only", "--root", root.toString());
        assertEquals(0, check.exit(), "the guide's examples and references, put into the project:\n" + check.err());
        Projects.Run build = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.readString(root.resolve("site/provisions/06-army-cap/index.html")).contains("It says nothing about reserves"));
        assertTrue(Files.isRegularFile(root.resolve("site/reading-guide/index.html")));
        assertTrue(examples >= 10, "examples found: " + examples);
    }

    // ---- the scratch project -------------------------------------------------------------------------

    private static Path scratch(Path dir) throws IOException {
        Path root = dir.resolve("project");
        Projects.copyTree(Projects.REPO.resolve("content"), root.resolve("content"));
        Projects.copyTree(Projects.REPO.resolve("templates"), root.resolve("templates"));
        return root;
    }

    /** As bin/gloss: --root for the commands that take it; relative paths from the project's root. */
    private static List<String> forScratch(List<String> args, Path root) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            out.add(a);
            if (a.equals("--out") && i + 1 < args.size()) out.add(root.resolve(args.get(++i)).toString());
            else if (args.get(0).equals("check") && i > 0 && !a.startsWith("-")) out.set(out.size() - 1, root.resolve(a).toString());
        }
        boolean takesRoot = Set.of("build", "check", "serve", "find", "rename").contains(args.get(0))
                || (args.get(0).equals("new") && args.size() > 1 && !args.get(1).startsWith("-"));
        if (takesRoot && !args.contains("--root")) out.addAll(List.of("--root", root.toString()));
        return out;
    }

    /** Runs serve on a free port until the address it prints answers; that address's path is the guide's. */
    private static void serve(Path root, List<String> args, String comment, String where) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        List<String> command = new ArrayList<>(forScratch(args, root));
        command.addAll(List.of("--port", "0"));
        Thread serve = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                command.toArray(String[]::new))));
        serve.start();
        try {
            String url = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (url == null && serve.isAlive() && System.nanoTime() < deadline) {
                Matcher m = SERVING.matcher(out.toString());
                if (m.find()) url = m.group(1);
                else Thread.sleep(50);
            }
            String served = url;
            assertTrue(served != null, () -> where + ": no address printed\n" + out + err);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(served))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), where);
            Matcher said = Pattern.compile("http://127\\.0\\.0\\.1:8080(/[^\\s,]*)").matcher(comment);
            if (said.find()) assertEquals(said.group(1), URI.create(served).getPath(), where + ": the address the guide gives");
        } finally {
            serve.interrupt();
            serve.join(Duration.ofSeconds(60).toMillis());
        }
        assertFalse(serve.isAlive(), where + ": serve stopped");
        assertEquals(0, exit.get(), where + "\n" + err);
    }

    /** What an editor writes in place of each placeholder: real ids of the project, a cited sentence. */
    private static void fillIn(Path root, Path file) throws IOException {
        String source = firstId(root.resolve("content/sources.yaml"));
        String topic = firstId(root.resolve("content/topics.yaml"));
        String text = Files.readString(file);
        Matcher m = PLACEHOLDER_FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(2)) {
                case "sources", "text_sources", "quote_sources" -> "[" + source + "]";
                case "topics" -> "[" + topic + "]";
                case "provisions" -> "[1]";
                case "stance" -> "unclear";
                case "status" -> "unknown";
                default -> "\"Written by the editor.\"";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + ": " + value));
        }
        m.appendTail(out);
        String filled = out.toString().replaceAll("(?m)^FILL IN:.*$", "Written by the editor [@" + source + "].");
        assertFalse(filled.lines().anyMatch(l -> !l.strip().startsWith("#") && l.contains("FILL IN")),
                file + " still has a placeholder:\n" + filled);
        Files.writeString(file, filled);
    }

    /** Replaces the registry entry with the example's id, or appends the example (events have no id). */
    private static void putEntry(Path registry, String entry) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(registry));
        Matcher id = Pattern.compile("^- id: (\\S+)").matcher(entry);
        if (id.find()) {
            int start = lines.indexOf("- id: " + id.group(1));
            if (start >= 0) {
                int end = start + 1;
                while (end < lines.size() && !lines.get(end).startsWith("- ")) end++;
                lines.subList(start, end).clear();
            }
        }
        Files.writeString(registry, String.join("\n", lines) + "\n" + entry);
    }

    /** Sets front-matter fields of a note: each field of the example replaces the field of that name, or is added. */
    private static void putFields(Path note, List<String> example) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(note));
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        for (String field : example) {
            Matcher key = Pattern.compile("^([a-z_]+):").matcher(field);
            if (!key.find()) continue;
            for (int i = 1; i < close; i++) {
                if (!lines.get(i).startsWith(key.group(1) + ":")) continue;
                int end = i + 1;
                while (end < close && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("-"))) end++;
                lines.subList(i, end).clear();
                close -= end - i;
                break;
            }
        }
        lines.addAll(close, example);
        Files.writeString(note, String.join("\n", lines) + "\n");
    }

    /** A page holding every citation and cross-reference of the guide's "Citations" and "Cross-references" tables. */
    private static String referencesPage() throws IOException {
        String guide = Files.readString(GUIDE);
        Set<String> spans = new LinkedHashSet<>();
        for (String section : List.of("## Citations", "## Cross-references")) {
            int start = guide.indexOf(section);
            int end = guide.indexOf("\n## ", start + 1);
            Matcher m = Pattern.compile("`([^`]+)`").matcher(guide.substring(start, end));
            while (m.find()) spans.add(m.group(1));
        }
        StringBuilder page = new StringBuilder("---\ntitle: The guide's references\n---\n");
        int used = 0;
        for (String s : spans) {
            if (s.startsWith("[@")) page.append("Cited ").append(s).append(".\n\n");
            else if (s.matches("\\[[^\\]]+]\\((provision|reaction|actor|topic|source|page):[^)]+\\)")) page.append(s).append(".\n\n");
            else if (s.matches("(provision|reaction|actor|topic|source|page):\\S+")) page.append("[a link](").append(s).append(").\n\n");
            else continue;
            used++;
        }
        assertTrue(used >= 15, "the tables' references were found: " + used);
        return page.toString();
    }

    private static String firstId(Path registry) throws IOException {
        Optional<String> id = Files.readAllLines(registry).stream().filter(l -> l.startsWith("- id: ")).map(l -> l.substring(6).strip())
                .findFirst();
        return id.orElseThrow(() -> new AssertionError("no entry in " + registry));
    }

    /** The trailing comment of a command line (from an unquoted " #"), or "". */
    private static String comment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            if (!quoted && c == '#' && i > 0 && Character.isWhitespace(line.charAt(i - 1))) return line.substring(i);
        }
        return "";
    }

    private static int exitIn(String comment) {
        Matcher m = Pattern.compile("exits (\\d)").matcher(comment);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Shell words: blanks separate them, double or single quotes group them. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(s);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        if (out.isEmpty()) fail("an empty command: " + s);
        return out;
    }
}
