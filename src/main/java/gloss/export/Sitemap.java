package gloss.export;

import gloss.content.Explainer;
import gloss.site.PageDates;
import gloss.site.SiteModel;
import gloss.site.SitePages;
import gloss.site.Urls;

import java.util.Comparator;

/** sitemap.xml and robots.txt: every page by its canonical URL and the date it last changed, and where the sitemap lives. */
public final class Sitemap {
    private Sitemap() {}

    public static String sitemap(SiteModel site) {
        Explainer explainer = site.content().explainer();
        PageDates dates = new PageDates(site);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitePages.Spec page : SitePages.of(site).stream().filter(p -> !p.url().equals(Urls.notFound()))
                .sorted(Comparator.comparing(SitePages.Spec::url)).toList()) {
            out.append("  <url><loc>").append(Xml.text(explainer.baseUrl() + page.url())).append("</loc><lastmod>")
                    .append(dates.of(page)).append("</lastmod></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    public static String robots(Explainer explainer) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + explainer.baseUrl() + "sitemap.xml\n";
    }
}
