package gloss.text;

/**
 * Characters that XML 1.0 does not allow anywhere, not even escaped: the C0 controls other than tab,
 * line feed and carriage return, unpaired surrogates, and U+FFFE and U+FFFF. Gloss refuses them in
 * every input text, so the feed and the sitemap are well-formed whatever the content, and no page
 * carries a control character.
 */
public final class XmlChars {
    private XmlChars() {}

    /** The index of the first character not allowed in XML 1.0, or -1. */
    public static int firstIllegal(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800) continue; // the common case, checked first
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c >= 0xE000 && c <= 0xFFFD) continue;
            return i;
        }
        return -1;
    }

    /** How a diagnostic names the character: {@code U+000B}. */
    public static String name(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The message for a text that holds {@code c}. */
    public static String message(char c) {
        String what = c < 0x20 ? "a control character" : Character.isSurrogate(c)
                ? "half of a surrogate pair" : "a non-character";
        return "character " + name(c) + " (" + what + ") is not allowed: pages, the feed and the sitemap cannot carry it";
    }
}
