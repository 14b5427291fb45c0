package gloss.export;

import gloss.content.Explainer;

import java.util.List;

/** sitemap.xml and robots.txt: every page by its canonical URL, and where the sitemap lives. */
public final class Sitemap {
    private Sitemap() {}

    public static String sitemap(Explainer explainer, List<String> pageUrls) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : pageUrls.stream().sorted().toList()) {
            out.append("  <url><loc>").append(Xml.text(explainer.baseUrl() + url)).append("</loc><lastmod>")
                    .append(explainer.updated()).append("</lastmod></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    public static String robots(Explainer explainer) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + explainer.baseUrl() + "sitemap.xml\n";
    }
}
