package gloss.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way Gloss reads a file of a project (notes, registries, templates, assets): it reads only a
 * regular file whose real path, every link resolved, lies inside the project, and at most
 * {@link #MAX_BYTES} of it. Contributors' pull requests may carry symbolic links; without this, a link
 * to {@code /proc/self/environ} would publish the build's environment (CI tokens) and a named pipe
 * would hang the build forever.
 *
 * <p>The file's type is read without following links and without opening it, so a FIFO or a device is
 * refused before anything could block on it.
 */
public final class InputFile {
    /** The largest file Gloss reads: 10 MB, far above any note, registry, template or asset it expects. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private InputFile() {}

    /** Why Gloss would not read a file: a message and a hint for the person who put it there. */
    public static final class Refused extends IOException {
        private final String hint;

        Refused(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** The bytes of {@code file}, a file of the project in {@code root}; see the class comment for the rules. */
    public static byte[] read(Path root, Path file) throws IOException {
        Path real = check(root, file);
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw tooLarge(bytes.length); // it grew after the size was read
            return bytes;
        }
    }

    /**
     * Checks that {@code file} may be read, without opening it, and returns its real path; throws
     * {@link Refused} when it may not and another {@link IOException} when the system cannot say.
     */
    public static Path check(Path root, Path file) throws IOException {
        Path realRoot = root.toRealPath();
        Path real = file.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new Refused("is a link that leads outside the project (to " + real + "); Gloss reads only files inside it",
                    "copy the file into the project instead of linking to it");
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new Refused("is " + kind(real, attributes) + ", not a regular file", "replace it with an ordinary file");
        }
        if (attributes.size() > MAX_BYTES) throw tooLarge(attributes.size());
        return real;
    }

    private static Refused tooLarge(long size) {
        return new Refused(String.format(Locale.ROOT, "is %.1f MB; Gloss reads at most %d MB from one file",
                size / 1024.0 / 1024.0, MAX_BYTES / 1024 / 1024), "split it into smaller files, or keep it out of the project");
    }

    /** What a file that is not a regular file is, from its type bits (Linux and macOS give them as unix:mode). */
    private static String kind(Path real, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) return "a folder";
        try {
            int type = (Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
