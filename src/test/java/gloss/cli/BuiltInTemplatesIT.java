package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project of content alone (as examples/ holds) builds from the packaged jar with the templates Gloss
 * ships, read from inside the jar, and gives the same site as the same content with a copy of the
 * repository's templates/. Runs in the integration-test phase, which passes the packaged jar as {@code gloss.jar}.
 */
class BuiltInTemplatesIT {
    @Test
    void contentAloneBuildsWithTheShippedTemplatesAsIfTheyWereCopied(@TempDir Path dir) throws Exception {
        Path example;
        try (var list = Files.list(Projects.REPO.resolve("examples"))) {
            example = list.filter(p -> Files.isDirectory(p.resolve("content"))).sorted().findFirst().orElseThrow();
        }
        Path bare = dir.resolve("bare");
        Projects.copyTree(example.resolve("content"), bare.resolve("content"));
        Path copied = Projects.withTemplates(example.resolve("content"), dir.resolve("copied"));

        String bareErr = build(bare);
        assertTrue(Files.isRegularFile(bare.resolve("site/index.html")), bareErr);
        build(copied);
        assertEquals(Projects.snapshot(copied.resolve("site")), Projects.snapshot(bare.resolve("site")));
        assertTrue(Files.notExists(bare.resolve("templates")), "nothing is written into the project");
    }

    private static String build(Path root) throws IOException, InterruptedException {
        String jar = System.getProperty("gloss.jar", "target/gloss.jar");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "build", "--root", root.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
