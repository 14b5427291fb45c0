package gloss.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in the words of the system, for a person: the path and the reason
 * ("/srv/site/a.html: No space left on device"), never a Java exception's name or a stack trace.
 */
public final class Problems {
    private Problems() {}

    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "exists and is not a folder"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
                    : "cannot be changed";
            return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The I/O problem at the root of {@code e}, if there is one. */
    public static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) return io;
            if (t instanceof UncheckedIOException u) return u.getCause();
            if (t.getCause() == t) break;
        }
        return null;
    }
}
