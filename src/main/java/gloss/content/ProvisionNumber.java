package gloss.content;

import java.util.OptionalInt;

/**
 * The one type of a provision's number, from the loader on: an int from 1 to {@link #MAX}, written in
 * front matter, file names ({@code 06-army-cap.md}) and cross-references ({@code provision:07}) with or
 * without leading zeros. Every index, URL and table uses it, so {@code 01} and {@code 1} are the same point.
 */
public record ProvisionNumber(int value, Location at) {
    /** No explainer has more points than this; larger numbers are typing slips, reported as such. */
    public static final int MAX = 9999;

    /** The number written in {@code text} (digits only, leading zeros allowed), or empty if it is not one in range. */
    public static OptionalInt parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 12 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) return OptionalInt.empty();
        long n = Long.parseLong(t);
        return n >= 1 && n <= MAX ? OptionalInt.of((int) n) : OptionalInt.empty();
    }

    /** Why {@code text} is not a provision number, for a diagnostic. */
    public static String problem(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "provision number " + t + " is out of range (1 to " + MAX + ")";
        }
        return "'" + t + "' is not a provision number";
    }
}
