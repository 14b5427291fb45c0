package gloss.output;

import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.files.InputFile;
import gloss.files.TemplateFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's static files: everything under {@code templates/assets/}, copied to {@code assets/}.
 * Each is read through {@link InputFile}: a link out of the project, a pipe or a device among them is
 * a located error, not a file published on the site.
 */
public final class Assets {
    private Assets() {}

    /** The assets under {@code templates}' folder; a project's files Gloss refuses are reported and left out. */
    public static Map<String, byte[]> read(TemplateFolder templates, Diagnostics diagnostics) throws IOException {
        Path dir = templates.dir().resolve("assets");
        Path root = templates.dir().toAbsolutePath().getParent();
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) { // does not follow links: a linked folder is one entry, refused below
            files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : files) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            try {
                out.put("assets/" + name, templates.builtIn() ? Files.readAllBytes(p) : InputFile.read(root, p));
            } catch (InputFile.Refused e) {
                diagnostics.error(Location.of(Path.of("templates/assets").resolve(name)), e.getMessage(), e.hint());
            }
        }
        return out;
    }
}
