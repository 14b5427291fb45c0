package gloss.property;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gloss.Projects;
import gloss.pipeline.Pipeline;
import gloss.content.Diagnostics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of the loader and renderer with Jazzer: the fuzzer's bytes replace one note
 * or registry of the fixture project and the real pipeline runs on it. The result must be a site or
 * diagnostics; any exception that escapes is a finding. In a plain {@code mvn test} the stored inputs
 * under src/test/resources/gloss/property/PipelineFuzzTestInputs replay as regression tests; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest} (new findings are saved there too).
 */
class PipelineFuzzTest {
    private static final List<String> TARGETS = List.of("content/provisions/01-borders.md",
            "content/reactions/2025-11-21-alice-statement.md", "content/sources.yaml", "content/actors.yaml",
            "content/explainer.yaml", "content/documents.yaml", "content/pages/about.md");

    private static Path root;
    private static final Map<Path, byte[]> originals = new TreeMap<>();

    @BeforeAll
    static void copyFixture() throws IOException {
        root = Files.createTempDirectory("gloss-fuzz");
        Projects.fixtureCopy(root.resolve("p"));
        try (Stream<Path> walk = Files.walk(root.resolve("p"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) originals.put(p, Files.readAllBytes(p));
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void anyFileContentGivesASiteOrDiagnostics(FuzzedDataProvider data) throws IOException {
        Path project = root.resolve("p");
        Path file = project.resolve(TARGETS.get(data.consumeInt(0, TARGETS.size() - 1)));
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Map<String, byte[]>> site = new Pipeline().run(new Pipeline.Options(project, false, true), diagnostics);
            if (site.isPresent()) assertFalse(diagnostics.hasErrors(), "a site although there were errors");
            else assertTrue(diagnostics.hasErrors(), "no site and no error to say why");
        } finally {
            for (Map.Entry<Path, byte[]> e : originals.entrySet()) {
                if (!Arrays.equals(Files.readAllBytes(e.getKey()), e.getValue())) Files.write(e.getKey(), e.getValue());
            }
        }
    }
}
