package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.files.InputFile;
import gloss.text.XmlChars;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads input files as strict UTF-8, reporting the line and column of the first invalid byte and of
 * the first character that no page or feed can carry (see {@link XmlChars}). Files are read through
 * {@link InputFile}: only regular files inside the project, at most 10 MB.
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * Reads {@code file}; {@code shownAs} is its path relative to the project root, as diagnostics show
     * it (so the project root is {@code file} without the last names of {@code shownAs}).
     */
    public static Optional<String> read(Path file, Path shownAs, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = InputFile.read(projectRoot(file, shownAs), file);
        } catch (InputFile.Refused e) {
            diagnostics.error(Location.of(shownAs), e.getMessage(), e.hint());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Location.of(shownAs), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, shownAs, diagnostics);
    }

    public static Optional<String> decode(byte[] bytes, Path shownAs, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1); // a BOM is legal UTF-8 but not content
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            int bad = XmlChars.firstIllegal(text);
            if (bad >= 0) {
                diagnostics.error(position(text, bad, shownAs), XmlChars.message(text.charAt(bad)), "delete it; it is invisible in most editors");
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            diagnostics.error(firstBadByte(bytes, shownAs), "file is not valid UTF-8",
                    "save it as UTF-8 in your editor");
            return Optional.empty();
        }
    }

    private static Path projectRoot(Path file, Path shownAs) {
        Path root = file.toAbsolutePath();
        for (int i = 0; i < shownAs.getNameCount(); i++) root = root.getParent();
        return root;
    }

    /** The line and column of {@code text.charAt(index)}. */
    private static Location position(String text, int index, Path shownAs) {
        int line = 1, col = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new Location(shownAs, line, col);
    }

    /** Decodes the valid prefix to count lines and columns up to the first invalid byte. */
    private static Location firstBadByte(byte[] bytes, Path shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(ByteBuffer.wrap(bytes), out, true);
        out.flip();
        return position(out.toString(), out.length(), shownAs);
    }
}
