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
 * {@code .NAME.tmp}. The next build puts the old site back before anything else ({@link #begin}).
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
        try (Staging staging = begin()) {
            staging.writeAll(files);
            staging.commit();
        }
    }

    /**
     * Takes the lock, repairs what an earlier killed build left, and opens an empty staging folder.
     * Files written to it are invisible until {@link Staging#commit}; closing it without a commit
     * deletes it, so a failed build leaves the target as it was. The lock is held until it is closed.
     */
    public Staging begin() throws IOException, Busy {
        Path lockFile = lockFile();
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = tryLock(channel, lockFile);
            Path dir = sibling("tmp");
            try {
                recover();
                deleteTree(dir);
                Files.createDirectories(dir);
            } catch (IOException | RuntimeException e) {
                lock.release();
                throw e;
            }
            return new Staging(channel, lock, dir);
        } catch (IOException | Busy | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A site being written; see {@link #begin}. {@link #write} may be called from many threads. */
    public final class Staging implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final Path dir;
        private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
        private boolean committed;

        private Staging(FileChannel channel, FileLock lock, Path dir) {
            this.channel = channel;
            this.lock = lock;
            this.dir = dir;
        }

        public void write(String path, byte[] bytes) {
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir)) throw new IllegalStateException("output path escapes the site: " + path);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            files.incrementAndGet();
        }

        public void writeAll(Map<String, byte[]> more) {
            more.entrySet().parallelStream().forEach(e -> write(e.getKey(), e.getValue()));
        }

        /** How many files were written. */
        public int files() {
            return files.get();
        }

        /** Swaps the staging folder in for the target. */
        public void commit() throws IOException {
            swap(dir);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            try {
                if (!committed) deleteTree(dir);
            } finally {
                lock.release();
                channel.close();
            }
        }
    }

    private Path lockFile() throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return parent.resolve("." + target.getFileName() + ".lock");
    }

    private FileLock tryLock(FileChannel channel, Path lockFile) throws IOException, Busy {
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
        return lock;
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
