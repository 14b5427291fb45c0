package gloss.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The site's static files: everything under {@code templates/assets/}, copied to {@code assets/}. */
public final class Assets {
    private Assets() {}

    public static Map<String, byte[]> read(Path templates) throws IOException {
        Path dir = templates.resolve("assets");
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.put("assets/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
