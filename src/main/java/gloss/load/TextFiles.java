package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads input files as strict UTF-8, reporting the line and column of the first invalid byte. */
public final class TextFiles {
    private TextFiles() {}

    public static Optional<String> read(Path file, Path shownAs, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
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
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.error(firstBadByte(bytes, shownAs), "file is not valid UTF-8",
                    "save it as UTF-8 in your editor");
            return Optional.empty();
        }
    }

    /** Decodes the valid prefix to count lines and columns up to the first invalid byte. */
    private static Location firstBadByte(byte[] bytes, Path shownAs) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(ByteBuffer.wrap(bytes), out, true);
        out.flip();
        int line = 1, col = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        return new Location(shownAs, line, col);
    }
}
