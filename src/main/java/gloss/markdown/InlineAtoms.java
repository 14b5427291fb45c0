package gloss.markdown;

import org.commonmark.internal.util.Html5Entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline constructs of CommonMark that are read as one piece before anything inside them could
 * be a citation: backslash escapes, code spans, autolinks, raw HTML, entities and the {@code (dest
 * "title")} part of an inline link. Each method takes the source and a position and returns the end
 * of the construct starting there, or -1 when there is none. Patterns follow the CommonMark 0.31.2
 * spec's definitions.
 */
final class InlineAtoms {
    // Whitespace with at most one line ending: at least one character (before an attribute), or any.
    // Possessive and unambiguous: a run of spaces can be matched one way only, so an unclosed tag with
    // many attributes fails in one pass instead of trying every split of every run (the fuzzer found
    // that exponential case).
    private static final String SPACE1 = "(?:[ \\t]++(?:\\n[ \\t]*+)?|\\n[ \\t]*+)";
    private static final String SPACE0 = "[ \\t]*+(?:\\n[ \\t]*+)?";
    private static final String ATTRIBUTE = SPACE1 + "[A-Za-z_:][A-Za-z0-9_.:-]*+"
            + "(?:" + SPACE0 + "=" + SPACE0 + "(?:[^ \\t\\n\"'=<>`]++|'[^']*+'|\"[^\"]*+\"))?";
    /** An open or closing tag. Comments, processing instructions, declarations and CDATA are found by {@link #angle}. */
    private static final Pattern TAG = Pattern.compile(
            "<[A-Za-z][A-Za-z0-9-]*+(?:" + ATTRIBUTE + ")*+" + SPACE0 + "/?>"
                    + "|</[A-Za-z][A-Za-z0-9-]*+" + SPACE0 + ">");
    private static final Pattern AUTOLINK = Pattern.compile(
            "<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\x00-\\x20<>]*>"
                    + "|<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    private InlineAtoms() {}

    static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** {@code \*} and the like: the escaped character is literal. */
    static int escape(String s, int i) {
        return s.charAt(i) == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1)) ? i + 2 : -1;
    }

    /** True when the character at {@code i} is escaped by an odd run of backslashes before it. */
    static boolean isEscaped(String s, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) backslashes++;
        return backslashes % 2 == 1;
    }

    /**
     * A backtick string: the end of the code span it opens, or the end of the backtick string itself
     * when no string of the same length closes it (then the backticks are literal).
     */
    static int backticks(String s, int i) {
        if (s.charAt(i) != '`') return -1;
        int run = runLength(s, i, '`');
        for (int j = i + run; j < s.length(); ) {
            if (s.charAt(j) == '`') {
                int close = runLength(s, j, '`');
                if (close == run) return j + close;
                j += close;
            } else {
                j++;
            }
        }
        return i + run;
    }

    /** An autolink ({@code <https://...>}, {@code <a@b.org>}) or a raw HTML tag, comment and so on. */
    static int angle(String s, int i) {
        if (s.charAt(i) != '<') return -1;
        Matcher m = AUTOLINK.matcher(s).region(i, s.length());
        if (m.lookingAt()) return m.end();
        if (s.startsWith("<!-->", i)) return i + 5;
        if (s.startsWith("<!--->", i)) return i + 6;
        if (s.startsWith("<!--", i)) return after(s, "-->", i + 4);
        if (s.startsWith("<?", i)) return after(s, "?>", i + 2);
        if (s.startsWith("<![CDATA[", i)) return after(s, "]]>", i + 9);
        if (s.startsWith("<!", i) && i + 2 < s.length() && isAsciiLetter(s.charAt(i + 2))) return after(s, ">", i + 3);
        m = TAG.matcher(s).region(i, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** The end of the first {@code end} at or after {@code from}, or -1. */
    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** A named entity CommonMark knows ({@code &sect;}) or a numeric one ({@code &#167;}). */
    static int entity(String s, int i) {
        if (s.charAt(i) != '&') return -1;
        Matcher m = ENTITY.matcher(s).region(i, s.length());
        if (!m.lookingAt()) return -1;
        return Html5Entities.entityToString(m.group()).equals(m.group()) ? -1 : m.end();
    }

    /** The part after {@code ]} of an inline link: {@code (dest "title")}; {@code i} is at the '('. */
    static int linkTail(String s, int i) {
        int n = s.length();
        if (i >= n || s.charAt(i) != '(') return -1;
        int p = whitespace(s, i + 1);
        if (p < n && s.charAt(p) == '<') {
            int q = p + 1;
            while (q < n && s.charAt(q) != '>' && s.charAt(q) != '\n' && s.charAt(q) != '<') {
                q += s.charAt(q) == '\\' && q + 1 < n ? 2 : 1;
            }
            if (q >= n || s.charAt(q) != '>') return -1;
            p = q + 1;
        } else {
            int depth = 0;
            while (p < n) {
                char c = s.charAt(p);
                if (c == '\\' && p + 1 < n && isAsciiPunctuation(s.charAt(p + 1))) { p += 2; continue; }
                if (c <= ' ') break;
                if (c == '(') depth++;
                if (c == ')') { if (depth == 0) break; depth--; }
                p++;
            }
            if (depth != 0) return -1;
        }
        int afterDestination = p;
        p = whitespace(s, p);
        if (p > afterDestination && p < n && (s.charAt(p) == '"' || s.charAt(p) == '\'' || s.charAt(p) == '(')) {
            char close = s.charAt(p) == '(' ? ')' : s.charAt(p);
            int q = p + 1;
            while (q < n && s.charAt(q) != close) q += s.charAt(q) == '\\' && q + 1 < n ? 2 : 1;
            if (q >= n) return -1;
            p = whitespace(s, q + 1);
        }
        return p < n && s.charAt(p) == ')' ? p + 1 : -1;
    }

    /** Spaces and tabs with at most one line ending among them. */
    static int whitespace(String s, int i) {
        int p = i;
        boolean newline = false;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t') p++;
            else if (c == '\n' && !newline) { newline = true; p++; }
            else break;
        }
        return p;
    }

    static int runLength(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) j++;
        return j - i;
    }
}
