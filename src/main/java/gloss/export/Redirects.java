package gloss.export;

import gloss.content.Content;
import gloss.content.Diagnostics;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.postprocess.ProcessedPage;
import gloss.site.Urls;
import gloss.text.Html;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a renamed note's old address working: for each path in a note's {@code aliases:} (which
 * {@code gloss rename} writes, like Hugo's aliases), a small page at that path that sends the reader on
 * to the note's current address (an immediate meta refresh, and a link for browsers that ignore it) and
 * tells search engines which address is canonical. An alias may not take the address of a real page,
 * a file of the site or another alias.
 */
public final class Redirects {
    private Redirects() {}

    /** Adds a redirect page to {@code files} for every alias; reports collisions. */
    public static void add(Content content, List<ProcessedPage> pages, Map<String, byte[]> files, Diagnostics diagnostics) {
        Map<String, String> titles = new HashMap<>();
        for (ProcessedPage p : pages) titles.put(Urls.file(p.page().url()), p.page().title());
        Map<String, Ref> taken = new HashMap<>();
        for (Reaction r : content.reactions()) {
            String target = Urls.reaction(r.slug());
            for (Ref alias : r.aliases()) {
                String file = Urls.file(alias.id());
                Ref earlier = taken.putIfAbsent(file, alias);
                if (earlier != null) {
                    diagnostics.error(alias.at(), "alias '" + alias.id() + "' is already an alias at " + earlier.at(),
                            "keep it in one note only");
                } else if (titles.containsKey(file) || files.containsKey(file)) {
                    diagnostics.error(alias.at(), "alias '" + alias.id() + "' is the address of a page that exists",
                            "remove the alias, or rename that page");
                } else {
                    String title = titles.getOrDefault(Urls.file(target), r.slug());
                    files.put(file, page(alias.id(), target, title, content).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static String page(String alias, String target, String title, Content content) {
        String relative = Html.escape(Urls.rootFrom(alias) + target);
        String canonical = Html.escape(content.explainer().baseUrl() + target);
        String name = Html.escape(title);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + Html.escape(content.explainer().language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + name + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + relative + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>This page has moved to <a href=\"" + relative + "\">" + name + "</a>.</p>\n"
                + "</body>\n"
                + "</html>\n";
    }
}
