package gloss.markdown;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

import java.util.Map;

/** Rewrites {@code provision:7}-style link destinations to relative URLs while rendering. */
final class CrossReferenceAttributes implements AttributeProvider {
    private final ParsedBody parsed;
    private final PageLinks page;

    CrossReferenceAttributes(ParsedBody parsed, PageLinks page) {
        this.parsed = parsed;
        this.page = page;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && "a".equals(tagName)) {
            page.crossReference(link.getDestination(), parsed.locate(node))
                    .ifPresent(url -> attributes.put("href", url));
        }
    }
}
