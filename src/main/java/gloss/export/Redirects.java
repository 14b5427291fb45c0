package gloss.export;

import gloss.content.Diagnostics;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.site.SiteModel;
import gloss.site.SitePages;
import gloss.site.Titles;
import gloss.site.Urls;
import gloss.text.Html;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps a renamed note's old address working: for each path in a note's {@code aliases:} (which
 * {@code gloss rename} writes, like Hugo's aliases), a small page at that path that sends the reader on
 * to the note's current address (an immediate meta refresh, and a link for browsers that ignore it) and
 * tells search engines which address is canonical. An alias may not take the address of a page, a file
 * of the site or another alias. The pages are made by Gloss, never from content, and served like assets.
 */
public final class Redirects {
    private Redirects() {}

    /** {@code files} plus a redirect page for every alias; collisions are reported instead. */
    public static Map<String, byte[]> with(SiteModel site, Map<String, byte[]> files, Diagnostics diagnostics) {
        Set<String> pages = SitePages.of(site).stream().map(p -> Urls.file(p.url())).collect(Collectors.toSet());
        Map<String, byte[]> out = new TreeMap<>(files);
        Map<String, Ref> taken = new HashMap<>();
        for (Reaction r : site.content().reactions()) {
            for (Ref alias : r.aliases()) {
                String file = Urls.file(alias.id());
                Ref earlier = taken.putIfAbsent(file, alias);
                if (earlier != null) {
                    diagnostics.error(alias.at(), "alias '" + alias.id() + "' is already an alias at " + earlier.at(),
                            "keep it in one note only");
                } else if (pages.contains(file) || files.containsKey(file) || Exports.FILES.contains(file)) {
                    diagnostics.error(alias.at(), "alias '" + alias.id() + "' is the address of a page that exists",
                            "remove the alias, or rename that page");
                } else {
                    String page = page(alias.id(), Urls.reaction(r.slug()), Titles.reaction(r, site.actorOf(r)), site);
                    out.put(file, page.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static String page(String alias, String target, String title, SiteModel site) {
        var explainer = site.content().explainer();
        String relative = Html.escape(Urls.rootFrom(alias) + target);
        String name = Html.escape(title);
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + Html.escape(explainer.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<title>" + name + "</title>\n"
                + "<link rel=\"canonical\" href=\"" + Html.escape(explainer.baseUrl() + target) + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + relative + "\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<p>This page has moved to <a href=\"" + relative + "\">" + name + "</a>.</p>\n"
                + "</body>\n"
                + "</html>\n";
    }
}
