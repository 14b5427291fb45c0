package gloss;

import gloss.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: copy the fixture project, run the real CLI, snapshot folders. */
public final class Projects {
    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final Path FIXTURE = REPO.resolve("src/test/resources/fixture");

    private Projects() {}

    public record Run(int exit, String out, String err) {}

    /** The fixture's content with the repository's real templates, in a fresh folder. */
    public static Path fixtureCopy(Path into) throws IOException {
        copyTree(FIXTURE, into);
        copyTree(REPO.resolve("templates"), into.resolve("templates"));
        return into;
    }

    /**
     * Every project this repository builds: the explainer itself, the test fixture and each example
     * under examples/ (content only, as in the repository: they build with the templates Gloss ships).
     * Copied into {@code into}, by name.
     */
    public static Map<String, Path> allProjects(Path into) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        out.put("explainer", withTemplates(REPO.resolve("content"), into.resolve("explainer")));
        out.put("fixture", fixtureCopy(into.resolve("fixture")));
        Path examples = REPO.resolve("examples");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> list = Files.list(examples)) {
                for (Path e : list.filter(p -> Files.isDirectory(p.resolve("content"))).sorted().toList()) {
                    Path copy = into.resolve(e.getFileName().toString());
                    copyTree(e.resolve("content"), copy.resolve("content"));
                    out.put(e.getFileName().toString(), copy);
                }
            }
        }
        return out;
    }

    /** A project made of {@code content} and the repository's templates. */
    public static Path withTemplates(Path content, Path into) throws IOException {
        copyTree(content, into.resolve("content"));
        copyTree(REPO.resolve("templates"), into.resolve("templates"));
        return into;
    }

    public static Run gloss(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    /** Every file under {@code dir} with its bytes, by relative path: equality means byte-identical trees. */
    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
