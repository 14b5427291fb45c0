package gloss.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the files of a change that touches several of them ({@code new version}, {@code rename}) only
 * after every one was computed, each through a temporary file renamed over the old one, so that no file
 * is ever left half written.
 */
final class Writes {
    private Writes() {}

    /**
     * Writes each file's text (replacing the file, or creating it), then deletes {@code deletes} (a renamed
     * file's old name: the new one is written first, so the note is never lost). Returns the paths
     * written, relative to {@code root}.
     */
    static List<Path> apply(Path root, Map<Path, String> texts, List<Path> deletes) throws ScaffoldException {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : texts.entrySet()) {
                Path temp = Files.createTempFile(e.getKey().getParent(), ".gloss-", ".tmp");
                try {
                    Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8);
                    try {
                        Files.move(temp, e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException notAtomic) {
                        Files.move(temp, e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
                written.add(root.relativize(e.getKey()));
            }
            for (Path d : deletes) Files.delete(d);
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot write: " + e.getMessage()
                    + (written.isEmpty() ? "; nothing was written" : "; already written: " + written));
        }
        return written;
    }
}
