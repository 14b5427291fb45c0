package gloss.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds serve's own elements to an HTML page as it is sent: the live-reload script before
 * {@code </body>} and, on draft pages, a banner after {@code <body>}. Only responses change; the built
 * files (and so site/) never contain either.
 */
final class Injector {
    private static final Pattern BODY_OPEN = Pattern.compile("<body(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    static final String DRAFT_BANNER = "<div class=\"gloss-draft-banner\" role=\"note\" style=\"background:#fff3c4;"
            + "color:#3b2c00;border-bottom:3px solid #a37800;padding:.6em 1em;font:600 1rem/1.4 system-ui,sans-serif;"
            + "text-align:center\">Draft: this page is marked <code>draft: true</code> and is not published. "
            + "You see it because <code>gloss serve</code> runs with <code>--drafts</code>.</div>";

    private Injector() {}

    static String reloadScript(long version) {
        return "<script src=\"/_gloss/reload.js\" data-gloss-version=\"" + version + "\"></script>";
    }

    static byte[] inject(byte[] html, long version, boolean draft) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(page.length() + 512);
        int bodyEnd = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String head = bodyEnd < 0 ? page : page.substring(0, bodyEnd);
        String tail = bodyEnd < 0 ? "" : page.substring(bodyEnd);
        Matcher open = BODY_OPEN.matcher(head);
        if (draft && open.find()) {
            out.append(head, 0, open.end()).append(DRAFT_BANNER).append(head, open.end(), head.length());
        } else {
            out.append(head);
        }
        out.append(reloadScript(version)).append(tail);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
