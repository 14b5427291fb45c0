package gloss.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
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
    private static volatile Path builtInDir;

    /** The project's templates/ if it has one, else Gloss's own. */
    public static TemplateFolder of(Path root) {
        Path own = root.resolve("templates");
        return Files.isDirectory(own) ? new TemplateFolder(own, false) : new TemplateFolder(shipped(), true);
    }

    /** The built-in templates' folder: a folder of the class path, or one inside the jar (opened once). */
    static Path shipped() {
        Path dir = builtInDir;
        if (dir != null) return dir;
        synchronized (TemplateFolder.class) {
            if (builtInDir == null) builtInDir = locate();
            return builtInDir;
        }
    }

    private static Path locate() {
        URL url = TemplateFolder.class.getClassLoader().getResource(RESOURCE);
        if (url == null) throw new IllegalStateException("gloss is missing its built-in templates (" + RESOURCE + ")");
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return Path.of(uri);
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of()); // stays open: the templates are read while Gloss runs
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath("/" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
