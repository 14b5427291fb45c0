package gloss.text;

/**
 * Escaping for the HTML and XML that Gloss writes in Java (citation markers, heading ids); templates
 * escape on their own. One escaper serves text and attribute values alike: it escapes all five
 * characters that are special in either.
 */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) out.append(s.charAt(i));
            } else {
                if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
                out.append(replacement);
            }
        }
        return out == null ? s : out.toString();
    }
}
