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
 *
 * <p>The one exception is the instant between the two renames of {@link #swap}: a build killed exactly
 * there leaves no target, the whole old site in {@code .NAME.old} and the whole new one in
 * {@code .NAME.tmp}. The next build (or {@link #recoverIfIdle}) puts the old site back before anything else.
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
        locked(() -> {
            recover();
            Path staging = sibling("tmp");
            deleteTree(staging);
            Files.createDirectories(staging);
            writeAll(staging, files);
            swap(staging);
        });
    }

    /**
     * Repairs what a build killed while writing left behind: puts the old site back when the kill fell
     * between the two renames of the swap (so the target is missing), and removes leftovers. Does nothing
     * while another build holds the lock (that build recovers first). {@code build} calls this before it
     * starts, so the target is whole again even when the new build then fails.
     */
    public void recoverIfIdle() throws IOException {
        if (!Files.exists(sibling("old")) && !Files.exists(sibling("tmp"))) return;
        try {
            locked(this::recover);
        } catch (Busy e) {
            // The build holding the lock recovers before it writes.
        }
    }

    private interface Locked {
        void run() throws IOException;
    }

    private void locked(Locked action) throws IOException, Busy {
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
                throw new Busy("another gloss build is writing " + target + " (it holds the lock " + lockFile
                        + "); wait for it to finish and run again");
            }
            try {
                action.run();
            } finally {
                lock.release();
            }
        }
    }

    private Path sibling(String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind);
    }

    /**
     * A build killed between the two renames of {@link #swap} leaves the old site aside and no target:
     * put it back. {@code .NAME.old} is only ever a complete site, because it is renamed away before it is
     * deleted ({@link #discard}), so putting it back can never restore half a site.
     */
    private void recover() throws IOException {
        Path old = sibling("old");
        if (Files.exists(old)) {
            if (!Files.exists(target)) move(old, target);
            else discard(old);
        }
        deleteTree(sibling("tmp"));
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

    /**
     * Two renames: the target aside to {@code .NAME.old}, the staging folder in its place. Between them the
     * target path is missing for a moment (Java has no atomic exchange of two non-empty folders; Linux's
     * renameat2 RENAME_EXCHANGE would close it); a build killed there is repaired by {@link #recover}.
     */
    private void swap(Path staging) throws IOException {
        Path old = sibling("old");
        if (Files.exists(target)) move(target, old);
        move(staging, target);
        discard(old);
    }

    /** Deletes a folder after renaming it to the (free) staging name, so a kill mid-delete leaves no half site as {@code .old}. */
    private void discard(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Path trash = sibling("tmp");
        deleteTree(trash);
        move(dir, trash);
        deleteTree(trash);
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
