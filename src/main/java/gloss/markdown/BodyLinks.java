package gloss.markdown;

import org.commonmark.node.Node;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the resolve step decided for one body's nodes, for the renderer to print: the site-relative
 * URL each cross-reference link leads to ({@code provisions/07-no-nato-membership/#versions}) and the
 * id of each heading. Keyed by node identity: the renderer walks the same tree.
 */
public record BodyLinks(Map<Node, String> hrefs, Map<Node, String> headingIds) {
    public static final BodyLinks NONE = new BodyLinks(Map.of(), Map.of());

    public BodyLinks {
        hrefs = Collections.unmodifiableMap(new IdentityHashMap<>(hrefs));
        headingIds = Collections.unmodifiableMap(new IdentityHashMap<>(headingIds));
    }
}
