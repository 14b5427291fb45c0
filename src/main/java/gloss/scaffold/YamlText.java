package gloss.scaffold;

/** Writes scalars the way the registries already do: plain for ids, numbers and dates, double-quoted text. */
final class YamlText {
    /** Trailing comments start in this column when the line is shorter, so a block of fields reads as a table. */
    private static final int COMMENT_COLUMN = 34;

    private YamlText() {}

    /** A YAML 1.2 double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** {@code [a, b]} for ids and numbers (which never need quotes once validated). */
    static String flowList(java.util.List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** {@code line} followed by {@code # comment}, the comment aligned when the line leaves room. */
    static String commented(String line, String comment) {
        int pad = Math.max(2, COMMENT_COLUMN - line.length());
        return line + " ".repeat(pad) + "# " + comment;
    }
}
