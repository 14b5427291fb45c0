package gloss.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean ...?" hints: the known name an editor most likely meant, when one is close enough.
 *
 * <p>Ids are words joined by hyphens (or underscores), and reaction ids start with a date, which every
 * reaction of the same week shares almost whole. A plain edit distance over the whole id therefore
 * ranks a different actor's reaction of the same day above the note that was merely renamed
 * ({@code 2025-11-20-barrot-brussels} is 6 edits from {@code ...-sikorski-brussels} but 8 from its new
 * name {@code ...-barrot-brussels-remarks}). So:
 * <ul>
 *   <li>the distance is Damerau-Levenshtein (a swapped pair of letters is one slip), and for two dated
 *       ids it is the distance of the dates plus the distance of the parts after them;</li>
 *   <li>a name qualifies when that distance is small for its length, when one name's words are the
 *       start of the other's (words added or dropped by a rename), or, for dated ids, when both have the
 *       same date and the same first word after it (the same actor that day);</li>
 *   <li>among those, the one sharing the most leading words wins (renames keep the start: the actor,
 *       the publisher), then the smaller distance, then the alphabetical order, so the hint is stable.</li>
 * </ul>
 */
public final class Suggest {
    private static final Pattern DATED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

    private Suggest() {}

    public static Optional<String> closest(String wrong, Collection<String> known) {
        Id w = Id.of(wrong);
        return known.stream()
                .map(k -> score(w, k))
                .filter(Scored::qualifies)
                .min(Comparator.comparingInt((Scored s) -> -s.sharedLead())
                        .thenComparingInt(Scored::distance)
                        .thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** A hint such as {@code did you mean 'reuters-umerov'?}, or null when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> "did you mean '" + k + "'?").orElse(null);
    }

    private record Scored(String name, int distance, int sharedLead, boolean qualifies) {}

    /** An id split into its leading date (or none) and the words after it, lower-cased. */
    private record Id(String date, String rest, String[] words) {
        static Id of(String id) {
            String lower = id.toLowerCase(Locale.ROOT);
            Matcher m = DATED.matcher(lower);
            String date = m.matches() ? m.group(1) : null;
            String rest = m.matches() ? m.group(2) : lower;
            return new Id(date, rest, rest.split("[-_]"));
        }

        boolean dated() {
            return date != null;
        }
    }

    private static Scored score(Id wrong, String candidate) {
        Id c = Id.of(candidate);
        boolean bothDated = wrong.dated() && c.dated();
        String a = bothDated ? wrong.rest() : whole(wrong);
        String b = bothDated ? c.rest() : whole(c);
        int distance = distance(a, b) + (bothDated ? distance(wrong.date(), c.date()) : 0);
        String[] wa = bothDated ? wrong.words() : whole(wrong).split("[-_]");
        String[] wb = bothDated ? c.words() : whole(c).split("[-_]");
        int lead = sharedLead(wa, wb);
        boolean qualifies = distance <= Math.max(2, a.length() / 3)
                || lead == Math.min(wa.length, wb.length)
                || (bothDated && wrong.date().equals(c.date()) && lead >= 1);
        return new Scored(candidate, distance, lead, qualifies);
    }

    private static String whole(Id id) {
        return id.dated() ? id.date() + "-" + id.rest() : id.rest();
    }

    private static int sharedLead(String[] a, String[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n].equals(b[n])) n++;
        return n;
    }

    /** Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
