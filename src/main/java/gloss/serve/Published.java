package gloss.serve;

import gloss.content.Diagnostics;
import gloss.content.Page;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.pipeline.Pipeline;
import gloss.render.RenderedPage;
import gloss.site.SitePages;
import gloss.site.Urls;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One good build as serve publishes it: the prepared project, where the site lives (the path of
 * {@code base_url}, so links written for the published site work unchanged) and which pages are
 * drafts. Pages are rendered the first time they are asked for, and kept: a save makes a new
 * Published, and the browser that reloads asks for one page, so a save costs one page's rendering, not
 * the site's. The exports (sitemap, feed, data, search index) are made on the first request for one.
 * Thread-safe.
 */
final class Published {
    private final long version;
    private final Pipeline.Prepared prepared;
    private final Map<String, SitePages.Spec> pages = new HashMap<>();
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    private final String basePath;
    private final String rawBasePath;
    private final Set<String> drafts;
    private final Consumer<Diagnostics> templateProblems;
    private volatile Map<String, byte[]> exports;

    /** {@code templateProblems} hears of a template that failed on a page (content cannot fail here). */
    Published(long version, Pipeline.Prepared prepared, boolean drafts, Consumer<Diagnostics> templateProblems) {
        this.version = version;
        this.prepared = prepared;
        this.templateProblems = templateProblems;
        for (SitePages.Spec s : prepared.pages()) pages.put(Urls.file(s.url()), s);
        URI base = URI.create(prepared.site().content().explainer().baseUrl());
        this.basePath = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        this.rawBasePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.drafts = drafts ? draftFiles(prepared) : Set.of();
    }

    long version() {
        return version;
    }

    /** The site's path on the server, decoded, starting and ending with '/'. */
    String basePath() {
        return basePath;
    }

    /** The same path as written in a URL (percent-encoded). */
    String rawBasePath() {
        return rawBasePath;
    }

    /** The file at a site path: a page (rendered now if it was not yet), an asset, or an export. */
    Optional<byte[]> file(String path) {
        SitePages.Spec page = pages.get(path);
        if (page != null) return Optional.of(rendered.computeIfAbsent(path, p -> render(page)));
        byte[] asset = prepared.assets().get(path);
        if (asset != null) return Optional.of(asset);
        return Optional.ofNullable(exports().get(path));
    }

    private byte[] render(SitePages.Spec page) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<RenderedPage> html = prepared.render(page, diagnostics);
        if (html.isPresent()) return html.get().html().getBytes(StandardCharsets.UTF_8);
        templateProblems.accept(diagnostics);
        StringBuilder out = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Gloss: template error</title>\n</head>\n<body>\n<main>\n<h1>This page's template failed</h1>\n<ul>\n");
        diagnostics.sorted().forEach(d -> out.append("<li>").append(gloss.text.Html.escape(d.toString())).append("</li>\n"));
        return out.append("</ul>\n</main>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code next} was made from the same content, templates and assets as this build: then its
     * pages would be the same, and open tabs need not reload (an editor saved without changing anything).
     */
    boolean sameInput(Pipeline.Prepared next) {
        return next.site().content().equals(prepared.site().content()) && next.renderer().sameTemplates(prepared.renderer())
                && sameBytes(next.assets(), prepared.assets());
    }

    private static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, byte[]> e : a.entrySet()) if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) return false;
        return true;
    }

    boolean isDraft(String path) {
        return drafts.contains(path);
    }

    /** Every file of the site but the pages: assets and exports. */
    private Map<String, byte[]> exports() {
        Map<String, byte[]> e = exports;
        if (e == null) {
            synchronized (this) {
                if (exports == null) exports = prepared.exports();
                e = exports;
            }
        }
        return e;
    }

    private static Set<String> draftFiles(Pipeline.Prepared prepared) {
        Set<String> out = new HashSet<>();
        var site = prepared.site();
        for (Provision p : site.provisions().values()) if (p.draft()) out.add(Urls.file(Urls.provision(p.slug())));
        for (Reaction r : site.reactions().values()) if (r.draft()) out.add(Urls.file(Urls.reaction(r.slug())));
        for (Page p : site.pages().values()) if (p.draft()) out.add(Urls.file(Urls.page(p.slug())));
        return Set.copyOf(out);
    }
}
