package gloss.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a finished page defines and the links it holds that stay inside the site ({@code href} of
 * links, {@code src} of images and scripts): what the link checker needs of a page, read in one pass.
 */
public record PageLinks(String file, String template, Set<String> ids, List<String> links) {
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    public static PageLinks of(String file, String template, String html) {
        Set<String> ids = new HashSet<>();
        List<String> links = new ArrayList<>();
        HtmlScanner.scan(html, new HtmlScanner.Handler() {
            @Override
            public void startTag(HtmlScanner.StartTag tag) {
                HtmlScanner.Attribute id = tag.attribute("id");
                if (id != null) ids.add(id.value());
                String attr = switch (tag.name()) {
                    case "a", "link", "area" -> "href";
                    case "img", "script", "source", "iframe" -> "src";
                    default -> null;
                };
                HtmlScanner.Attribute target = attr == null ? null : tag.attribute(attr);
                if (target == null) return;
                String url = target.value();
                if (!url.startsWith("//") && !SCHEME.matcher(url).matches()) links.add(url);
            }

            @Override
            public void endTag(String name, int start, int end) {}

            @Override
            public void text(int start, int end) {}
        });
        return new PageLinks(file, template, Set.copyOf(ids), List.copyOf(links));
    }
}
