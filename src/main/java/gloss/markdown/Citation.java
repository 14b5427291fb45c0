package gloss.markdown;

import org.commonmark.node.CustomNode;

import java.util.List;

/**
 * A citation in the Markdown tree: one node per bracketed group ({@code [see @a, p. 4; @b]}) and one
 * per in-text citation ({@code @a}, {@code -@a}, {@code @a [p. 4]}, {@code @a [@b; @c]}, whose first
 * item is the one in the text). Items are in the order written.
 */
public final class Citation extends CustomNode {
    private final List<CiteItem> items;
    private final boolean inText;

    Citation(List<CiteItem> items, boolean inText) {
        this.items = List.copyOf(items);
        this.inText = inText;
    }

    public List<CiteItem> items() {
        return items;
    }

    /** True for an in-text citation ({@code @a says}), false for a bracketed group ({@code [@a]}). */
    public boolean inText() {
        return inText;
    }
}
