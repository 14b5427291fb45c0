package gloss.markdown;

import org.commonmark.node.CustomNode;

/**
 * A mark left in the tree where the source looks like a citation that cannot be read as one (a
 * citation nested in another's suffix, an empty key). It has no children and renders as nothing; its
 * source span points at the '@'. {@link CitationProblems} reports each one.
 */
public final class UnparsedCitation extends CustomNode {
    private final String message;
    private final String hint;

    UnparsedCitation(String message, String hint) {
        this.message = message;
        this.hint = hint;
    }

    public String message() {
        return message;
    }

    public String hint() {
        return hint;
    }
}
