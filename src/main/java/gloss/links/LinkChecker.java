package gloss.links;

import gloss.content.Diagnostics;
import gloss.content.Location;
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
 * Checks that every link of the finished site that stays inside it leads to a page or file, and every
 * anchor to an id on that page. Links written in notes were checked by the resolve step already, at
 * their line; what is left are the links the templates write, so a problem is reported at the template
 * that produced the page.
 */
public final class LinkChecker {
    private final Map<String, Set<String>> idsByFile = new HashMap<>();
    private final Set<String> otherFiles;
    private final String basePath;

    public LinkChecker(Collection<PageLinks> pages, Set<String> otherFiles, String basePath) {
        for (PageLinks p : pages) idsByFile.put(p.file(), p.ids());
        this.otherFiles = otherFiles;
        this.basePath = basePath;
    }

    public void check(Collection<PageLinks> pages, Path templatesShown, Diagnostics diagnostics) {
        for (PageLinks p : pages) {
            for (String link : p.links()) {
                String problem = problem(p.file(), link);
                if (problem != null) {
                    diagnostics.error(Location.of(templatesShown.resolve(p.template())),
                            "page " + p.file() + " has a broken link '" + link + "': " + problem);
                }
            }
        }
    }

    private String problem(String fromFile, String link) {
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? null : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        String path = hash < 0 ? link : link.substring(0, hash);
        if (path.startsWith("/") && !path.startsWith(basePath)) return "outside the site";
        String target;
        try {
            target = targetFile(fromFile, link, basePath);
        } catch (IllegalArgumentException e) { // e.g. [x](<a b>) or [x](a"b): not a URL a browser could follow as written
            return "not a valid URL (write spaces and quotes as %20 and %22)";
        }
        if (target == null) return "leads outside the site";
        Set<String> ids = idsByFile.get(target);
        if (ids == null) {
            return otherFiles.contains(target) ? null : "no such page";
        }
        if (fragment != null && !fragment.isEmpty() && !ids.contains(fragment)) return "no anchor '#" + fragment + "'";
        return null;
    }

    /**
     * The site file an internal link leads to ({@code provisions/x/index.html}), or null when it leads
     * outside the site.
     */
    public static String targetFile(String fromFile, String link, String basePath) {
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String target;
        if (path.isEmpty()) {
            target = fromFile;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) return null;
            target = path.substring(basePath.length());
        } else {
            String dir = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/') + 1) : "";
            target = isPlain(path) ? resolvePlain(dir, path) : resolveUri(dir, path);
            if (target == null) return null;
        }
        if (target.startsWith("../")) return null;
        return Urls.file(target);
    }

    /** Relative resolution as {@link URI#resolve} does it, the general case. */
    static String resolveUri(String dir, String path) {
        URI resolved = URI.create("https://site.invalid/" + dir).resolve(path);
        return URLDecoder.decode(resolved.getPath(), StandardCharsets.UTF_8).substring(1);
    }

    /**
     * The same for the links templates write ({@code ../../reactions/}), without building URIs: a site has
     * hundreds of thousands of them. Null when the link climbs above the site's root.
     */
    static String resolvePlain(String dir, String path) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int start = 0, slash; start < dir.length(); start = slash + 1) {
            slash = dir.indexOf('/', start);
            out.add(dir.substring(start, slash));
        }
        boolean folder = false;
        for (int start = 0; start <= path.length(); ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String segment = path.substring(start, end);
            boolean last = slash < 0;
            if (segment.equals("..")) {
                if (out.isEmpty()) return null;
                out.remove(out.size() - 1);
                folder = true;
            } else if (segment.equals(".") || segment.isEmpty()) {
                folder = true;
            } else {
                out.add(segment);
                folder = false;
            }
            if (last) break;
            start = slash + 1;
        }
        String joined = String.join("/", out);
        return folder && !out.isEmpty() ? joined + "/" : joined;
    }

    /** Letters, digits and {@code - . _ ~ /}, no empty segment: nothing a URI would decode or treat specially. */
    private static boolean isPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (c == '/' && (i == 0 || path.charAt(i - 1) != '/'));
            if (!ok) return false;
        }
        return true;
    }
}
