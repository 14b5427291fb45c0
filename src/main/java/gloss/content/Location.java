package gloss.content;

import java.nio.file.Path;

/**
 * A place in an input file, 1-based, as editors count lines and columns. The path is relative
 * to the project root so diagnostics read the same on every machine.
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public static Location of(Path file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) return byFile;
        if (line != other.line) return Integer.compare(line, other.line);
        return Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ":" + line + ":" + column;
    }
}
