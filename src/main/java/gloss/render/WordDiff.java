package gloss.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level comparison of two paraphrases as HTML: deleted words in {@code <del>}, inserted words
 * in {@code <ins>}, which screen readers and print both convey. Texts are a few sentences, so a plain
 * longest-common-subsequence table is fast enough.
 */
public final class WordDiff {
    private WordDiff() {}

    public static String html(String from, String to) {
        String[] a = from.strip().split("\\s+");
        String[] b = to.strip().split("\\s+");
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(out, del, ins);
                out.add(gloss.text.Html.escape(a[i]));
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

    private static void flush(List<String> out, StringBuilder del, StringBuilder ins) {
        if (!del.isEmpty()) out.add("<del>" + gloss.text.Html.escape(del.toString()) + "</del>");
        if (!ins.isEmpty()) out.add("<ins>" + gloss.text.Html.escape(ins.toString()) + "</ins>");
        del.setLength(0);
        ins.setLength(0);
    }
}
