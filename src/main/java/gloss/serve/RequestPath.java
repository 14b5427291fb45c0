package gloss.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request path, checked and decoded into plain segments. Anything that could name something other
 * than a file of the site is refused outright rather than normalised: {@code .} and {@code ..} segments
 * (also percent-encoded), empty segments, encoded slashes, backslashes, NUL and other control
 * characters, malformed percent-encoding or UTF-8. The site is served from memory, so this is a second
 * line of defence, and it keeps every URL's meaning plain.
 */
record RequestPath(List<String> segments, boolean trailingSlash) {
    /** The decoded path, starting with '/': {@code /peace-plan/provisions/}. */
    String path() {
        String joined = "/" + String.join("/", segments);
        return trailingSlash && !segments.isEmpty() ? joined + "/" : joined;
    }

    /** Empty when the raw (still percent-encoded) path is not acceptable. */
    static Optional<RequestPath> parse(String raw) {
        if (raw == null || !raw.startsWith("/")) return Optional.empty();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') return Optional.empty();
        }
        String[] parts = raw.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (parts[i].isEmpty()) {
                if (last) break; // a trailing slash (or the root "/")
                return Optional.empty();
            }
            Optional<String> segment = decode(parts[i]);
            if (segment.isEmpty() || !acceptable(segment.get())) return Optional.empty();
            segments.add(segment.get());
        }
        boolean trailing = raw.endsWith("/");
        return Optional.of(new RequestPath(List.copyOf(segments), trailing));
    }

    private static boolean acceptable(String segment) {
        if (segment.equals(".") || segment.equals("..")) return false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') return false;
        }
        return true;
    }

    /** Strict percent-decoding: every '%' starts two hex digits and the bytes are valid UTF-8. */
    private static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0) return Optional.of(s);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return Optional.empty();
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // raw non-ASCII never reaches here from a valid request URI
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
