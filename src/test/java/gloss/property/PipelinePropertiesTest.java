package gloss.property;

import gloss.Projects;
import gloss.pipeline.Pipeline;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.output.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the whole pipeline on hostile input: random Markdown bodies, random front matter and
 * registries, random bytes, each written into a copy of the fixture project and built for real
 * ({@link Pipeline#run} then {@link SiteWriter}). Whatever the input, the outcome is a site or a list of
 * located diagnostics, never an uncaught exception, never a hang (each try is bounded), never a file written
 * outside the output folder, and never a site in which injected script could run.
 *
 * <p>The inputs come from {@link Gen}, seeded per run (printed on failure; rerun with
 * {@code -Dgloss.property.seed=N}); {@code -Dgloss.property.tries=N} changes the number of tries
 * (150 per property by default). A failing input is also saved under {@code target/property-failures/}.
 */
class PipelinePropertiesTest {
    private static final int TRIES = Integer.getInteger("gloss.property.tries", 150);
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> NOTES = List.of("content/provisions/01-borders.md",
            "content/reactions/2025-11-21-alice-statement.md", "content/pages/about.md", "content/home.md",
            "content/documents/counter-draft.md");
    private static final List<String> REGISTRIES = List.of("content/explainer.yaml", "content/sources.yaml",
            "content/actors.yaml", "content/topics.yaml", "content/events.yaml", "content/documents.yaml");
    private static final List<String> FOLDERS = List.of("content/provisions", "content/reactions", "content/pages",
            "content/documents");

    /**
     * A fresh seed each local run explores new inputs; CI (CI=true) uses a fixed seed so that a landing
     * never depends on luck. Either way the seed is printed on failure.
     */
    private final long seed = Long.getLong("gloss.property.seed",
            "true".equals(System.getenv("CI")) ? 20251121L : new SecureRandom().nextLong());

    /** One generated input: where it goes and its bytes. */
    record Input(String file, byte[] bytes) {}

    @Test
    void randomMarkdownBodiesGiveASiteOrDiagnostics(@TempDir Path dir) throws IOException {
        forAll(dir, 1, (gen, project) -> {
            String file = gen.pick(NOTES);
            String original = new String(project.original(file), StandardCharsets.UTF_8);
            String frontMatter = original.startsWith("---\n") ? original.substring(0, original.indexOf("\n---\n", 3) + 5) : "";
            return new Input(file, (frontMatter + gen.markdown()).getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void randomFrontMatterAndRegistriesGiveASiteOrDiagnostics(@TempDir Path dir) throws IOException {
        forAll(dir, 2, (gen, project) -> switch (gen.r().nextInt(3)) {
            case 0 -> new Input(gen.pick(REGISTRIES), gen.registry().getBytes(StandardCharsets.UTF_8));
            case 1 -> new Input(gen.pick(FOLDERS) + "/" + fileName(gen) + ".md",
                    gen.note(gen.markdown()).getBytes(StandardCharsets.UTF_8));
            default -> {
                String file = gen.pick(NOTES);
                String original = new String(project.original(file), StandardCharsets.UTF_8);
                int end = original.indexOf("\n---\n", 3);
                String body = end < 0 ? original : original.substring(end + 5);
                yield new Input(file, gen.note(body).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void randomBytesGiveASiteOrDiagnostics(@TempDir Path dir) throws IOException {
        forAll(dir, 3, (gen, project) -> {
            int where = gen.r().nextInt(10);
            String file = where == 0 ? gen.pick(List.of("templates/page.ftlh", "templates/layout.ftlh", "templates/assets/gloss.css"))
                    : where == 1 ? gen.pick(FOLDERS) + "/" + fileName(gen) + ".md"
                    : where < 5 ? gen.pick(REGISTRIES) : gen.pick(NOTES);
            return new Input(file, gen.bytes());
        });
    }

    // ---- the property ----------------------------------------------------------------------------

    /** The fixture copy and the bytes of every file in it, to put back after each try. */
    private record Project(Path root, Map<Path, byte[]> files) {
        byte[] original(String file) {
            return files.getOrDefault(root.resolve(file), new byte[0]);
        }

        void restore() throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    if (!files.containsKey(p)) Files.delete(p);
                }
            }
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                if (!Files.exists(e.getKey()) || !Arrays.equals(Files.readAllBytes(e.getKey()), e.getValue())) {
                    Files.write(e.getKey(), e.getValue());
                }
            }
        }
    }

    private void forAll(Path dir, int property, BiFunction<GenView, Project, Input> inputs) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Map<Path, byte[]> originals = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) originals.put(p, Files.readAllBytes(p));
        }
        Project project = new Project(root, originals);
        Path outDir = dir.resolve("out");
        Path site = outDir.resolve("site");
        int sites = 0;
        for (int i = 0; i < TRIES; i++) {
            Random random = new Random(seed * 31 + property * 1_000_003L + i);
            Input input = inputs.apply(new GenView(new Gen(random), random), project);
            boolean drafts = random.nextBoolean();
            boolean warnings = random.nextBoolean();
            try {
                Path file = root.resolve(input.file());
                Files.createDirectories(file.getParent());
                Files.write(file, input.bytes());
                Map<String, String> before = snapshotOutside(dir, outDir);

                Diagnostics diagnostics = new Diagnostics();
                Optional<Map<String, byte[]>> files = assertTimeoutPreemptively(LIMIT, () -> {
                    Optional<Map<String, byte[]>> built = new Pipeline().run(new Pipeline.Options(root, drafts, warnings), diagnostics);
                    if (built.isPresent()) new SiteWriter(site).write(built.get());
                    return built;
                }, "the build took longer than " + LIMIT);

                assertEquals(before, snapshotOutside(dir, outDir), "nothing was written outside the output folder");
                if (files.isPresent()) {
                    sites++;
                    assertFalse(diagnostics.hasErrors(), "a site was made although there were errors");
                    assertFalse(files.get().isEmpty());
                    if (!input.file().startsWith("templates/")) assertNoInjectedScript(site); // templates are trusted code
                    try (Stream<Path> left = Files.list(outDir)) {
                        assertEquals(List.of(".site.lock", "site"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                                "only the site and its lock file in the output folder");
                    }
                } else {
                    assertTrue(diagnostics.hasErrors(), "no site and no error to say why");
                }
                for (Diagnostic d : diagnostics.sorted()) {
                    assertFalse(d.location().file().isAbsolute(), "paths are relative to the project: " + d);
                    assertTrue(d.location().line() >= 1 && d.location().column() >= 1, "1-based line and column: " + d);
                    assertFalse(d.message().isBlank(), "a message: " + d);
                    assertFalse(d.toString().contains("Exception"), "no exception text in a diagnostic: " + d);
                }
                project.restore();
            } catch (Throwable t) {
                Path saved = save(property, i, input);
                throw new AssertionError("property " + property + " failed on try " + i + " of " + TRIES + " (seed " + seed
                        + ", rerun with -Dgloss.property.seed=" + seed + "; drafts=" + drafts + ", warnings=" + warnings
                        + "): input " + input.file() + " (" + input.bytes().length + " bytes, saved as " + saved + "): "
                        + excerpt(input.bytes()) + "\n" + t, t);
            }
        }
        System.out.printf("PipelinePropertiesTest property %d: %d tries, %d sites, %d diagnostics-only (seed %d)%n",
                property, TRIES, sites, TRIES - sites, seed);
    }

    /** A successful build never carries injected script: no payload in a script element, an on* attribute or a script URL. */
    private static void assertNoInjectedScript(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element e : Jsoup.parse(Files.readString(page)).getAllElements()) {
                    String tag = e.tagName().toLowerCase(Locale.ROOT);
                    if (tag.equals("script")) {
                        assertFalse(e.data().contains(Gen.PWN), () -> site.relativize(page) + " runs injected script: " + e);
                    }
                    assertFalse(List.of("iframe", "object", "embed").contains(tag), () -> site.relativize(page) + " has <" + tag + ">");
                    for (Attribute a : e.attributes()) {
                        String name = a.getKey().toLowerCase(Locale.ROOT);
                        String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                        assertFalse(name.startsWith("on") && a.getValue().contains(Gen.PWN),
                                () -> site.relativize(page) + " has an injected handler: " + e);
                        assertFalse(value.startsWith("javascript:") || value.startsWith("data:text/html"),
                                () -> site.relativize(page) + " has a script URL: " + e);
                    }
                }
            }
        }
    }

    /** Every file under {@code dir} except the output folder, with its bytes' hash. */
    private static Map<String, String> snapshotOutside(Path dir, Path outDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.startsWith(outDir)).toList()) {
                out.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + ":" + Files.size(p) : "dir");
            }
        }
        return out;
    }

    /** A file name made of random words: unicode, spaces and dots included, never a path separator or NUL. */
    private static String fileName(GenView gen) {
        String name = gen.gen().word() + (gen.r().nextBoolean() ? "-" + gen.gen().word() : "");
        name = name.replaceAll("[/\\u0000]", "_");
        if (name.isBlank() || name.equals(".") || name.equals("..")) name = "x";
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private Path save(int property, int attempt, Input input) {
        try {
            Path dir = Projects.REPO.resolve("target/property-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve(seed + "-" + property + "-" + attempt + ".bin");
            Files.write(file, input.bytes());
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    private static String excerpt(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
        return s.replace("\n", "\\n") + (bytes.length > 400 ? "..." : "");
    }

    /** The generator and its random source, for choices the test makes itself. */
    record GenView(Gen gen, Random r) {
        <T> T pick(List<T> items) {
            return items.get(r.nextInt(items.size()));
        }

        String markdown() { return gen.markdown(); }

        String registry() { return gen.registry(); }

        String note(String body) { return gen.note(body); }

        byte[] bytes() { return gen.bytes(); }
    }
}
