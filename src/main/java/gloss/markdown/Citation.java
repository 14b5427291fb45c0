package gloss.markdown;

import org.commonmark.node.CustomNode;

import java.util.List;

/** A citation node in the Markdown tree: one bracketed group {@code [@a; @b, locator]} or one in-text {@code @a}. */
public final class Citation extends CustomNode {
    private final List<CiteItem> items;

    Citation(List<CiteItem> items) {
        this.items = List.copyOf(items);
    }

    public List<CiteItem> items() {
        return items;
    }
}
