package gloss.content;

import java.util.Locale;

/**
 * One entry of {@code keep:} in {@code explainer.yaml}: a file or folder of the output folder that
 * {@code build} carries over from the previous site instead of deleting it (as Jekyll's keep_files), for
 * example {@code downloads} or {@code google1234abcd.html}. A path relative to the output folder, with
 * '/' between names; it cannot leave the folder.
 */
public final class KeepEntry {
    private KeepEntry() {}

    /** What is wrong with {@code entry} as a keep: path, or null when it is fine. */
    public static String problem(String entry) {
        String e = normalized(entry);
        if (e.isEmpty()) return "keep: entries must name a file or folder of the site";
        if (e.startsWith("/") || e.contains("\\") || e.matches("^[A-Za-z]:.*")) {
            return "keep: '" + entry + "' must be a path inside the site folder, such as downloads/report.pdf";
        }
        for (String name : e.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return "keep: '" + entry + "' must be a plain path inside the site folder (no '..', '.' or '//')";
            }
        }
        if (e.toLowerCase(Locale.ROOT).equals(".gloss-site")) return "keep: '.gloss-site' is Gloss's own marker file";
        return null;
    }

    /** The entry without a trailing '/' ({@code downloads/} is {@code downloads}). */
    public static String normalized(String entry) {
        String e = entry.strip();
        while (e.endsWith("/") && e.length() > 1) e = e.substring(0, e.length() - 1);
        return e;
    }
}
