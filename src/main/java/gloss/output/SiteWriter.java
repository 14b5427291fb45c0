package gloss.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a finished site atomically: everything goes to a temporary folder beside the target, which
 * is swapped in only when complete, so the target is always the whole old site or the whole new one
 * and stale files disappear. A lock file beside the target keeps two builds from interleaving.
 *
 * <p>Publish last, fail first: everything that can fail is done or checked before the swap (writing
 * the whole new site, so a full disk fails there; that the old site can be deleted; that no kept entry
 * clashes with a file of the build). After the swap the new site is published and the build has
 * succeeded; a problem while cleaning up is a warning, and what could not be deleted is moved out of
 * the way, so no leftover of an earlier failure ever blocks a later build.
 *
 * <p>Kept entries ({@code .git}, {@code CNAME}, {@code .nojekyll} and the {@code keep:} list of
 * {@code explainer.yaml}) move from the old site into the new one right after the swap. The new site's
 * {@link OutputFolder#MARKER} file lists them, so a build killed before they moved has them moved by the
 * next one.
 *
 * <p>A build killed between the two renames of {@link #swap} leaves no target, the whole old site in
 * {@code .NAME.old} and the whole new one in {@code .NAME.tmp}. The next build puts the old site back
 * before anything else ({@link #begin}).
 */
public final class SiteWriter {
    private final Path target;
    private final Consumer<String> warnings;

    /** A writer that prints its warnings to standard error. */
    public SiteWriter(Path target) {
        this(target, w -> System.err.println("gloss: warning: " + w));
    }

    /** {@code warnings} receives the problems met after the new site was published (see the class comment). */
    public SiteWriter(Path target, Consumer<String> warnings) {
        this.target = target.toAbsolutePath().normalize();
        this.warnings = warnings;
    }

    /** Thrown when another build holds the lock. */
    public static final class Busy extends Exception {
        Busy(String message) { super(message); }
    }

    /** A site that cannot be written or replaced, found before anything was published; the message says why and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) { super(message); }
    }

    public void write(Map<String, byte[]> files) throws IOException, Busy {
        try (Staging staging = begin()) {
            staging.writeAll(files);
            staging.commit();
        }
    }

    /**
     * Takes the lock, repairs what an earlier killed or failed build left, and opens an empty staging
     * folder. Files written to it are invisible until {@link Staging#commit}; closing it without a commit
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
        /**
         * Writes hold it shared, {@link #close} alone: when one page fails (a full disk), the pipeline's other
         * workers may still be writing; close waits for them and later writes are refused, so the staging
         * folder is really gone afterwards.
         */
        private final java.util.concurrent.locks.ReentrantReadWriteLock writing = new java.util.concurrent.locks.ReentrantReadWriteLock();
        private boolean closed;
        private boolean committed;

        private Staging(FileChannel channel, FileLock lock, Path dir) {
            this.channel = channel;
            this.lock = lock;
            this.dir = dir;
        }

        public void write(String path, byte[] bytes) {
            Path file = dir.resolve(path).normalize();
            if (!file.startsWith(dir)) throw new IllegalStateException("output path escapes the site: " + path);
            writing.readLock().lock();
            try {
                if (closed) throw new UncheckedIOException(new java.nio.file.FileSystemException(file.toString(), null, "the build stopped"));
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (java.nio.file.FileSystemException ex) {
                throw new UncheckedIOException(ex);
            } catch (IOException ex) { // "No space left on device" comes without the file's name
                throw new UncheckedIOException(new java.nio.file.FileSystemException(file.toString(), null, ex.getMessage()));
            } finally {
                writing.readLock().unlock();
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

        /**
         * Checks that the old site can go, then swaps the staging folder in for the target. What the new
         * site keeps of the old one is listed in its {@link OutputFolder#MARKER} file, which the build
         * writes among its files (see {@link OutputFolder#markerText}); a site written without one gets
         * one that keeps {@link OutputFolder#ALWAYS_KEPT}. Throws {@link Refused} (nothing published) when
         * the old site cannot be replaced.
         */
        public void commit() throws IOException {
            Path marker = dir.resolve(OutputFolder.MARKER);
            if (!Files.exists(marker)) Files.writeString(marker, OutputFolder.markerText(List.of()), StandardCharsets.UTF_8);
            List<String> kept = keptBy(dir);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) preflight(dir, kept);
            swap(dir, kept);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            writing.writeLock().lock();
            try {
                closed = true;
                if (!committed) deleteTree(dir);
            } finally {
                writing.writeLock().unlock();
                lock.release();
                channel.close();
            }
        }
    }

    /** The kept entries a site's marker lists, plus those always kept. */
    static List<String> keptBy(Path site) {
        TreeSet<String> kept = new TreeSet<>(OutputFolder.ALWAYS_KEPT);
        Path marker = site.resolve(OutputFolder.MARKER);
        try {
            // a committed site is anyone's to change: read the marker only if it is a small, ordinary file
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > 64 * 1024) return List.copyOf(kept);
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && gloss.content.KeepEntry.problem(line) == null) {
                    kept.add(gloss.content.KeepEntry.normalized(line));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // no marker (a site written before markers existed): the entries always kept
        }
        return List.copyOf(kept);
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
     * Repairs what an earlier build left. Killed between the two renames of {@link #swap}: no target, the
     * old site aside; it is put back. Killed after them: the new site in place, the old one aside, maybe
     * with kept entries not yet carried over; they are, and the old site goes. {@code .NAME.old} is only
     * ever a complete site, because it is renamed away before it is deleted ({@link #discard}). A staging
     * folder left by a failed or killed build is deleted, or moved out of the way when it cannot be.
     */
    private void recover() throws IOException {
        deleteTrash();
        Path old = sibling("old");
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) move(old, target);
            else if (carry(old, keptBy(target))) discard(old);
            else setAside(old, "kept", "the previous site holds kept entries that could not be moved into " + target, "move them there by hand");
        }
        clear(sibling("tmp"));
    }

    /**
     * Refuses, before anything is published, an old site that cannot be deleted or whose kept entries
     * clash with the new site; a full disk has already failed while the new site was written.
     */
    private void preflight(Path staging, Collection<String> kept) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(target + " is not a folder; the site was not written");
        }
        for (String k : kept) {
            if (Files.exists(target.resolve(k), LinkOption.NOFOLLOW_LINKS) && Files.exists(staging.resolve(k), LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("cannot keep " + target.resolve(k) + ": the build writes a file of that name itself; "
                        + "remove '" + k + "' from keep: in content/explainer.yaml; " + target + " was left as it was");
            }
        }
        List<String> stuck = new ArrayList<>();
        if (!Files.isWritable(target.getParent())) stuck.add(target.getParent() + " (a folder that cannot be changed)");
        stuckIn(target, kept, stuck);
        if (!stuck.isEmpty()) {
            throw new Refused("cannot replace " + target + ": " + String.join(", ", stuck) + "; the site was left as it was. "
                    + "Make them writable (chmod -R u+w, or chattr -i for an immutable file) or delete " + target + " by hand");
        }
    }

    /**
     * Adds to {@code stuck} what in {@code dir} could not be deleted, up to five entries. A plain recursion
     * rather than a FileVisitor: the first build of a project (no old site yet) never walks one, and the
     * start-up cache it leaves behind then still holds every class the later builds load.
     */
    private void stuckIn(Path dir, Collection<String> kept, List<String> stuck) throws IOException {
        if (isKept(dir, kept)) return;
        if (!Files.isWritable(dir) || !Files.isExecutable(dir)) stuck.add(dir + " (a folder whose files cannot be removed)");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (stuck.size() >= 5) return;
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    stuckIn(entry, kept, stuck);
                } else if (!isKept(entry, kept) && !Files.isSymbolicLink(entry) && !Files.isWritable(entry) && !removable(entry)) {
                    stuck.add(entry + " (read-only or immutable)");
                }
            }
        }
    }

    private boolean isKept(Path path, Collection<String> kept) {
        String relative = target.relativize(path).toString().replace('\\', '/');
        for (String k : kept) {
            if (relative.equals(k) || relative.startsWith(k + "/")) return true;
        }
        return false;
    }

    /**
     * A file that is not writable may still be removable (its folder decides); renaming it asks the same
     * permission as deleting it, and it is renamed straight back.
     */
    private static boolean removable(Path file) throws IOException {
        Path probe = file.resolveSibling(file.getFileName() + ".gloss-probe");
        try {
            Files.move(file, probe);
        } catch (IOException e) {
            return false;
        }
        Files.move(probe, file);
        return true;
    }

    /**
     * Two renames: the target aside to {@code .NAME.old}, the staging folder in its place. Between them the
     * target path is missing for a moment (Java has no atomic exchange of two non-empty folders; Linux's
     * renameat2 RENAME_EXCHANGE would close it); a build killed there is repaired by {@link #recover}.
     * Then the kept entries move over and the old site goes: the new site is published by then, so
     * problems there are warnings.
     */
    private void swap(Path staging, Collection<String> kept) throws IOException {
        Path old = sibling("old");
        boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadOld) move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            if (hadOld) move(old, target);
            throw e;
        }
        if (!hadOld) return;
        if (carry(old, kept)) discard(old);
        else setAside(old, "kept", "the previous site holds kept entries that could not be moved into the new site", "move them there by hand");
    }

    /** Moves the kept entries of the old site into the new one; false (with a warning) when one could not move. */
    private boolean carry(Path old, Collection<String> kept) {
        boolean all = true;
        for (String k : kept) {
            Path from = old.resolve(k);
            Path to = target.resolve(k);
            if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) continue;
            try {
                Files.createDirectories(to.getParent());
                move(from, to);
            } catch (IOException e) {
                warnings.accept("could not move " + from + " into the new site: " + Problems.describe(e));
                all = false;
            }
        }
        return all;
    }

    /** Deletes a folder after renaming it to the (free) staging name, so a kill mid-delete leaves no half site as {@code .old}. */
    private void discard(Path dir) {
        Path trash = sibling("tmp");
        try {
            clear(trash);
            move(dir, trash);
        } catch (IOException e) {
            setAside(dir, "trash", "the previous site could not be deleted (" + Problems.describe(e) + ")", "delete it by hand");
            return;
        }
        try {
            deleteTree(trash);
        } catch (IOException e) {
            setAside(trash, "trash", "the previous site could not be deleted entirely (" + Problems.describe(e) + ")", "delete it by hand");
        }
    }

    /** Makes {@code path} free: deletes what is there, or moves it aside when it cannot be deleted. */
    private void clear(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            deleteTree(path);
        } catch (IOException e) {
            Path aside = freeName("trash");
            move(path, aside); // when even this fails, the folder beside the site cannot be changed: the build stops here
            warnings.accept("could not delete " + path + " (" + Problems.describe(e) + "); moved it to " + aside
                    + ": delete it by hand");
        }
    }

    /** Moves {@code dir} out of the way to a free {@code .NAME.KIND-N} and warns why; warns only, if even that fails. */
    private void setAside(Path dir, String kind, String problem, String advice) {
        try {
            Path aside = freeName(kind);
            move(dir, aside);
            warnings.accept(problem + "; moved it to " + aside + ": " + advice);
        } catch (IOException e) {
            warnings.accept(problem + "; it is still " + dir + " (" + Problems.describe(e) + "): " + advice);
        }
    }

    private Path freeName(String kind) {
        for (int n = 1; ; n++) {
            Path p = sibling(kind + "-" + n);
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p;
        }
    }

    /** Tries again to delete what earlier builds moved aside as trash; what still resists stays, with a warning. */
    private void deleteTrash() throws IOException {
        String prefix = "." + target.getFileName() + ".trash-";
        List<Path> trash;
        try (Stream<Path> list = Files.list(target.getParent())) {
            trash = list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path t : trash) {
            try {
                deleteTree(t);
            } catch (IOException e) {
                warnings.accept(t + " is left over from an earlier build and cannot be deleted (" + Problems.describe(e)
                        + "); delete it by hand");
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
