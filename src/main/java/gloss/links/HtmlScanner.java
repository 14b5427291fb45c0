package gloss.links;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forward-only tokenizer for the HTML a Gloss build has just written: start tags with their
 * attributes and source positions, end tags, and runs of text. It builds no tree and copies no text it
 * is not asked for, which is what keeps the link check cheap (a full jsoup parse of every page was a
 * large part of a build's own work).
 *
 * <p>It is not a general HTML parser: it does not repair misnested markup or imply missing end tags;
 * {@link PageLinks} needs only the ids and links of the pages Gloss itself wrote. Comments, doctypes
 * and the contents of {@code script} and {@code style} are skipped.
 */
final class HtmlScanner {
    private HtmlScanner() {}

    interface Handler {
        void startTag(StartTag tag);

        /** {@code start} is the index of {@code <}, {@code end} one past {@code >}. */
        void endTag(String name, int start, int end);

        void text(int start, int end);
    }

    /**
     * An attribute as written, by position: {@code start} includes the whitespace before its name,
     * {@code end} is one past its value. Names and values are only copied out when asked for; most of a
     * page's attributes are never looked at.
     */
    static final class Attribute {
        private final String html;
        private final int nameStart, nameEnd, valueStart, valueEnd, start, end;

        Attribute(String html, int nameStart, int nameEnd, int valueStart, int valueEnd, int start, int end) {
            this.html = html;
            this.nameStart = nameStart;
            this.nameEnd = nameEnd;
            this.valueStart = valueStart;
            this.valueEnd = valueEnd;
            this.start = start;
            this.end = end;
        }

        boolean nameIs(String name) {
            return nameEnd - nameStart == name.length() && html.regionMatches(true, nameStart, name, 0, name.length());
        }

        boolean nameStartsWith(String prefix) {
            return nameEnd - nameStart >= prefix.length() && html.regionMatches(true, nameStart, prefix, 0, prefix.length());
        }

        /** The value with character references decoded, as a browser reads it. */
        String value() {
            return decode(html.substring(valueStart, valueEnd), true);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    /** A start tag from {@code <} ({@code start}) to one past {@code >} ({@code end}); names are lower case. */
    record StartTag(String name, int start, int end, boolean selfClosing, List<Attribute> attributes) {
        Attribute attribute(String attr) {
            for (Attribute a : attributes) if (a.nameIs(attr)) return a;
            return null;
        }

        boolean has(String attr) {
            return attribute(attr) != null;
        }

        /** The decoded value, or "" when the attribute is missing (as jsoup's {@code attr}). */
        String get(String attr) {
            Attribute a = attribute(attr);
            return a == null ? "" : a.value();
        }

        /** Where an added attribute goes: just before {@code >} or {@code />}. */
        int insertAt() {
            return selfClosing ? end - 2 : end - 1;
        }
    }

    static void scan(String html, Handler handler) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                handler.text(i, n);
                return;
            }
            if (lt > i) handler.text(i, lt);
            char next = lt + 1 < n ? html.charAt(lt + 1) : ' ';
            if (html.startsWith("<!--", lt)) {
                int e = html.indexOf("-->", lt + 4);
                i = e < 0 ? n : e + 3;
            } else if (next == '!' || next == '?') {
                int e = html.indexOf('>', lt);
                i = e < 0 ? n : e + 1;
            } else if (next == '/' && lt + 2 < n && isLetter(html.charAt(lt + 2))) {
                int p = lt + 2;
                while (p < n && isNameChar(html.charAt(p))) p++;
                String name = html.substring(lt + 2, p).toLowerCase(Locale.ROOT);
                int e = html.indexOf('>', p);
                i = e < 0 ? n : e + 1;
                handler.endTag(name, lt, i);
            } else if (isLetter(next)) {
                StartTag tag = startTag(html, lt);
                handler.startTag(tag);
                i = tag.end();
                if (!tag.selfClosing() && (tag.name().equals("script") || tag.name().equals("style"))) {
                    int close = indexOfIgnoreCase(html, "</" + tag.name(), i);
                    i = close < 0 ? n : close; // raw text: never tags, never searchable text
                }
            } else {
                handler.text(lt, lt + 1); // a lone '<' is text
                i = lt + 1;
            }
        }
    }

    private static StartTag startTag(String html, int lt) {
        int n = html.length();
        int p = lt + 1;
        while (p < n && isNameChar(html.charAt(p))) p++;
        String name = html.substring(lt + 1, p).toLowerCase(Locale.ROOT);
        List<Attribute> attributes = new ArrayList<>(4);
        boolean selfClosing = false;
        while (p < n) {
            int before = p;
            while (p < n && isSpace(html.charAt(p))) p++;
            if (p >= n) break;
            char c = html.charAt(p);
            if (c == '>') return new StartTag(name, lt, p + 1, selfClosing, attributes);
            selfClosing = false;
            if (c == '/') {
                selfClosing = p + 1 < n && html.charAt(p + 1) == '>';
                p++;
                continue;
            }
            int nameStart = p;
            while (p < n && !isSpace(c = html.charAt(p)) && c != '=' && c != '>' && c != '/') p++;
            if (p == nameStart) { // a stray '=': skip it
                p++;
                continue;
            }
            int nameEnd = p;
            int q = p;
            while (q < n && isSpace(html.charAt(q))) q++;
            int valueStart = p, valueEnd = p;
            if (q < n && html.charAt(q) == '=') {
                q++;
                while (q < n && isSpace(html.charAt(q))) q++;
                if (q < n && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
                    int close = html.indexOf(html.charAt(q), q + 1);
                    if (close < 0) close = n - 1;
                    valueStart = q + 1;
                    valueEnd = Math.max(q + 1, close);
                    p = close + 1;
                } else {
                    valueStart = q;
                    while (q < n && !isSpace(html.charAt(q)) && html.charAt(q) != '>') q++;
                    valueEnd = q;
                    p = q;
                }
            }
            attributes.add(new Attribute(html, nameStart, nameEnd, valueStart, valueEnd, before, p));
        }
        return new StartTag(name, lt, n, selfClosing, attributes);
    }

    /** Character references decoded ({@code &amp;}, {@code &#39;}, named ones through jsoup's table). */
    static String decode(String raw, boolean inAttribute) {
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, inAttribute);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
