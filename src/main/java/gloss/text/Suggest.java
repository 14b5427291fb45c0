package gloss.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?" hints: the closest known name by edit distance, when it is close enough. */
public final class Suggest {
    private Suggest() {}

    public static Optional<String> closest(String wrong, Collection<String> known) {
        int limit = Math.max(2, wrong.length() / 3);
        return known.stream()
                .map(k -> new Scored(k, distance(wrong.toLowerCase(), k.toLowerCase())))
                .filter(s -> s.score <= limit)
                .min(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** A hint such as {@code did you mean 'reuters-umerov'?}, or null when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> "did you mean '" + k + "'?").orElse(null);
    }

    private record Scored(String name, int score) {}

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
