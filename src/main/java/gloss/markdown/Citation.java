package gloss.markdown;

import org.commonmark.node.CustomNode;

import java.util.List;

/** A citation node in the Markdown tree: {@code [@a; @b, locator]}. */
public final class Citation extends CustomNode {
    private final List<CiteKey> keys;

    Citation(List<CiteKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public List<CiteKey> keys() {
        return keys;
    }
}
