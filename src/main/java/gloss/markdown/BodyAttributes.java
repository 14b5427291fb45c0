package gloss.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

import java.util.Locale;
import java.util.Map;

/**
 * Attributes the resolve step decided: cross-reference links get their page URL (prefixed with the
 * way from this page to the site root), headings their ids, and links that leave the site
 * {@code rel="external noopener"}.
 */
final class BodyAttributes implements AttributeProvider {
    private final BodyLinks links;
    private final String root;

    BodyAttributes(BodyLinks links, String root) {
        this.links = links;
        this.root = root;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link && "a".equals(tagName)) {
            String href = links.hrefs().get(node);
            if (href != null) {
                attributes.put("href", root + href);
            } else {
                String h = attributes.getOrDefault("href", "").toLowerCase(Locale.ROOT);
                if (h.startsWith("http://") || h.startsWith("https://")) attributes.put("rel", "external noopener");
            }
        } else if (node instanceof Heading) {
            String id = links.headingIds().get(node);
            if (id != null) attributes.put("id", id);
        }
    }
}
