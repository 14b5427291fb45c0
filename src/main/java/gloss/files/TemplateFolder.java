package gloss.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a project's templates come from: its own {@code templates/} folder, or, when it has none, the
 * templates Gloss ships (the repository's templates/, packaged in the jar as {@code gloss/templates}), so
 * a project of content alone builds, as a Hugo site without layouts builds with its theme. A project's own
 * templates are read through {@link InputFile} (a link out of the project or a pipe is refused);
 * the built-in ones are part of Gloss and read as they are.
 */
public record TemplateFolder(Path dir, boolean builtIn) {
    private static final String RESOURCE = "gloss/templates";

    /** The project's templates/ if it has one, else Gloss's own. */
    public static TemplateFolder of(Path root) {
        Path own = root.resolve("templates");
        return Files.isDirectory(own) ? new TemplateFolder(own, false) : new TemplateFolder(shipped(), true);
    }

    /** The built-in templates' folder. */
    static Path shipped() {
        return classPathFolder(RESOURCE);
    }

    /**
     * A folder of Gloss's class path ({@code gloss/templates}, {@code gloss/init/content}) as a path:
     * a plain folder when Gloss runs from compiled classes, else a folder inside the jar, whose file
     * system is opened once and stays open while Gloss runs (both the templates and the starter project
     * are read from it).
     */
    public static Path classPathFolder(String resource) {
        URL url = TemplateFolder.class.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException("gloss is missing its " + resource + " resources");
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return Path.of(uri);
            return jar(uri).getPath("/" + resource);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized FileSystem jar(URI uri) {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException notYet) {
            try {
                return FileSystems.newFileSystem(uri, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
