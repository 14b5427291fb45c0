package gloss.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way Gloss turns free text into a URL path segment or an HTML id: accents dropped, lowercase
 * ASCII letters and digits, single hyphens between words. File names, ids, heading anchors and
 * country pages all use it, so an id suggested in a message is the id the build would make.
 */
public final class Slugs {
    /** Long titles make unwieldy file names and anchors; slugs stop at a word boundary before this. */
    public static final int MAX_LENGTH = 64;

    private Slugs() {}

    /** The slug of {@code text}, or {@code fallback} when the text has no letter or digit at all. */
    public static String of(String text, String fallback) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? fallback : s;
    }

    /** {@link #of(String, String)} with "x" for text that has no letter or digit. */
    public static String of(String text) {
        return of(text, "x");
    }

    /** True for an id as the content format defines it: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
    public static boolean isId(String s) {
        return s != null && s.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
