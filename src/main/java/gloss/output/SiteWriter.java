package gloss.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a finished site atomically: everything goes to a temporary folder beside the target, which
 * is swapped in only when complete, so the target is always the whole old site or the whole new one
 * and stale files disappear. A lock file beside the target keeps two builds from interleaving.
 */
public final class SiteWriter {
    private final Path target;

    public SiteWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** Thrown when another build holds the lock. */
    public static final class Busy extends Exception {
        Busy(String message) { super(message); }
    }

    public void write(Map<String, byte[]> files) throws IOException, Busy {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path lockFile = parent.resolve("." + target.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new Busy("another gloss build is writing " + target + "; wait for it to finish and run again");
            }
            try {
                recover();
                Path staging = sibling("tmp");
                deleteTree(staging);
                Files.createDirectories(staging);
                writeAll(staging, files);
                swap(staging);
            } finally {
                lock.release();
            }
        }
    }

    private Path sibling(String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind);
    }

    /** A build killed between the two renames of {@link #swap} leaves the old site aside: put it back. */
    private void recover() throws IOException {
        Path old = sibling("old");
        if (Files.exists(old)) {
            if (!Files.exists(target)) move(old, target);
            else deleteTree(old);
        }
    }

    private static void writeAll(Path root, Map<String, byte[]> files) {
        files.entrySet().parallelStream().forEach(e -> {
            Path file = root.resolve(e.getKey()).normalize();
            if (!file.startsWith(root)) throw new IllegalStateException("output path escapes the site: " + e.getKey());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private void swap(Path staging) throws IOException {
        Path old = sibling("old");
        if (Files.exists(target)) move(target, old);
        move(staging, target);
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
