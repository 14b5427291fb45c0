package gloss.serve;

import gloss.build.Pipeline;
import gloss.content.Page;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One good build as serve publishes it: its files, where the site lives (the path of {@code base_url},
 * so links written for the published site work unchanged) and which pages are drafts. The exports
 * (sitemap, feed, data, search index) are made on the first request for a file the pages do not have:
 * a browser reloading after a save seldom needs them, and on a large site they take a while.
 * Immutable, apart from that one-time completion; thread-safe.
 */
final class Published {
    private final long version;
    private final Pipeline.Pages pages;
    private final String basePath;
    private final String rawBasePath;
    private final Set<String> drafts;
    private Map<String, byte[]> all;

    Published(long version, Pipeline.Pages pages, boolean drafts) {
        this.version = version;
        this.pages = pages;
        URI base = URI.create(pages.site().content().explainer().baseUrl());
        this.basePath = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
        this.rawBasePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.drafts = drafts ? draftFiles(pages.site()) : Set.of();
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

    Optional<byte[]> file(String path) {
        byte[] page = pages.files().get(path);
        return page != null ? Optional.of(page) : Optional.ofNullable(all().get(path));
    }

    /** Whether {@code next} has the same pages and assets, byte for byte (reused pages share their bytes). */
    boolean sameFiles(Pipeline.Pages next) {
        Map<String, byte[]> mine = pages.files();
        Map<String, byte[]> theirs = next.files();
        if (!mine.keySet().equals(theirs.keySet())) return false;
        for (Map.Entry<String, byte[]> e : mine.entrySet()) {
            byte[] other = theirs.get(e.getKey());
            if (other != e.getValue() && !java.util.Arrays.equals(other, e.getValue())) return false;
        }
        return true;
    }

    boolean isDraft(String path) {
        return drafts.contains(path);
    }

    /** Every file of the site, exports included: what {@code build} would write. */
    synchronized Map<String, byte[]> all() {
        if (all == null) all = pages.withExports();
        return all;
    }

    private static Set<String> draftFiles(SiteModel site) {
        Set<String> out = new HashSet<>();
        for (Provision p : site.provisions().values()) if (p.draft()) out.add(Urls.file(Urls.provision(p.slug())));
        for (Reaction r : site.reactions().values()) if (r.draft()) out.add(Urls.file(Urls.reaction(r.slug())));
        for (Page p : site.pages().values()) if (p.draft()) out.add(Urls.file(Urls.page(p.slug())));
        return Set.copyOf(out);
    }
}
