package gloss.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A new project, as {@code gloss init} writes it: the templates Gloss ships (the repository's
 * templates/, packaged in the jar) and a small explainer that builds and checks cleanly, every file a
 * working example of its kind. Both are read from the class path, whether Gloss runs from its jar or
 * from compiled classes.
 */
public final class Starter {
    private Starter() {}

    /** Every file of the new project by its path in it ({@code content/explainer.yaml}, {@code templates/layout.ftlh}). */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> out = new TreeMap<>();
        read("gloss/init/content", "content", out);
        read("gloss/templates", "templates", out);
        return out;
    }

    private static void read(String resource, String into, Map<String, byte[]> out) {
        try {
            copy(gloss.files.TemplateFolder.classPathFolder(resource), into, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path dir, String into, Map<String, byte[]> out) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(into + "/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
    }
}
