package gloss.postprocess;

import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.render.PageRefs;
import gloss.site.Urls;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every internal link and anchor of the finished site resolves. Broken cross-references
 * written in a note are reported at the note's line; anything else is a template bug and is reported
 * at the template that produced the page.
 */
public final class LinkChecker {
    private final Map<String, Set<String>> idsByFile = new HashMap<>();
    private final Set<String> otherFiles;
    private final String basePath;

    public LinkChecker(Collection<ProcessedPage> pages, Set<String> otherFiles, String basePath) {
        for (ProcessedPage p : pages) idsByFile.put(Urls.file(p.page().url()), p.ids());
        this.otherFiles = otherFiles;
        this.basePath = basePath;
    }

    public void check(Collection<ProcessedPage> pages, Path templatesShown, Diagnostics diagnostics) {
        for (ProcessedPage p : pages) {
            for (PageRefs.AnchorRef a : p.page().anchors()) {
                Set<String> ids = idsByFile.get(a.targetFile());
                if (ids != null && !ids.contains(a.anchor())) {
                    diagnostics.error(a.at(), "broken cross-reference: no anchor '#" + a.anchor() + "' on " + a.targetFile(),
                            gloss.check.Suggest.didYouMean(a.anchor(), ids));
                }
            }
            String from = Urls.file(p.page().url());
            for (String link : p.links()) {
                String problem = problem(from, link);
                if (problem != null) {
                    diagnostics.error(Location.of(templatesShown.resolve(p.page().template())),
                            "page " + from + " has a broken link '" + link + "': " + problem);
                }
            }
        }
    }

    private String problem(String fromFile, String link) {
        String path = link;
        String fragment = null;
        int hash = link.indexOf('#');
        if (hash >= 0) {
            path = link.substring(0, hash);
            fragment = URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        }
        String target;
        if (path.isEmpty()) {
            target = fromFile;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return "outside the site";
            target = path.substring(basePath.length());
        } else {
            String dir = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
            URI resolved = URI.create("https://site.invalid/" + dir).resolve(path);
            target = URLDecoder.decode(resolved.getPath(), StandardCharsets.UTF_8).substring(1);
        }
        if (target.startsWith("../")) return "leads outside the site";
        target = Urls.file(target);
        Set<String> ids = idsByFile.get(target);
        if (ids == null) {
            return otherFiles.contains(target) ? null : "no such page";
        }
        if (fragment != null && !fragment.isEmpty() && !ids.contains(fragment)) return "no anchor '#" + fragment + "'";
        return null;
    }
}
