package gloss.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level comparison of two paraphrases. {@link #html} marks deleted words with {@code <del>} and
 * inserted words with {@code <ins>}, which screen readers and print both convey. Texts are a few
 * sentences, so a plain longest-common-subsequence table is fast enough.
 *
 * <p>A word diff only helps when the texts are close: between two different texts it interleaves
 * fragments of both around their common small words ("would", "the"). {@link #helps} decides, with
 * {@link #similarity}: the share of words the two texts have in common, in order (twice the length of
 * their longest common subsequence of words over the total number of words; 1 for equal texts, 0 for
 * texts with no word in common). Words are compared without case and without the punctuation around
 * them. At {@link #CLOSE} or more the pages show the diff; below, the two texts side by side
 * (docs/content-format.md says so to editors).
 */
public final class WordDiff {
    /** The share of common words from which a word diff is shown rather than the two texts. */
    public static final double CLOSE = 0.5;

    private WordDiff() {}

    /** True when {@code from} and {@code to} have enough words in common for a word diff to read well. */
    public static boolean helps(String from, String to) {
        return similarity(from, to) >= CLOSE;
    }

    public static double similarity(String from, String to) {
        String[] a = words(from);
        String[] b = words(to);
        if (a.length + b.length == 0) return 1;
        return 2.0 * lcs(key(a), key(b))[0][0] / (a.length + b.length);
    }

    public static String html(String from, String to) {
        String[] a = words(from);
        String[] b = words(to);
        String[] ka = key(a);
        String[] kb = key(b);
        int[][] lcs = lcs(ka, kb);
        List<String> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && ka[i].equals(kb[j])) {
                flush(out, del, ins);
                out.add(gloss.text.Html.escape(b[j])); // the later wording, as written
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ins.append(ins.isEmpty() ? "" : " ").append(b[j++]);
            } else {
                del.append(del.isEmpty() ? "" : " ").append(a[i++]);
            }
        }
        flush(out, del, ins);
        return String.join(" ", out);
    }

    private static String[] words(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    /** A word as compared: lower case, without the punctuation around it ("Poland." and "poland" match). */
    private static String[] key(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String k = words[i].toLowerCase(Locale.ROOT).replaceAll("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$", "");
            out[i] = k.isEmpty() ? words[i] : k;
        }
        return out;
    }

    /** {@code lcs[i][j]}: the length of the longest common subsequence of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] lcs(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs;
    }

    private static void flush(List<String> out, StringBuilder del, StringBuilder ins) {
        if (!del.isEmpty()) out.add("<del>" + gloss.text.Html.escape(del.toString()) + "</del>");
        if (!ins.isEmpty()) out.add("<ins>" + gloss.text.Html.escape(ins.toString()) + "</ins>");
        del.setLength(0);
        ins.setLength(0);
    }
}
