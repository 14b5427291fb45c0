package gloss.check;

import gloss.content.Diagnostics;
import gloss.content.Placeholders;
import gloss.markdown.Citation;
import gloss.markdown.CrossReferences;
import gloss.markdown.ParsedBody;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import gloss.html.HtmlPolicy;
import gloss.markdown.Markdown;
import gloss.markdown.RawHtml;
import gloss.text.XmlChars;

/**
 * Editorial and safety rules for a note body, checked on the parsed tree so each diagnostic names the
 * line: every paragraph of a provision or reaction carries a citation (unless it only points to other
 * pages of the explainer); links and images use the URL schemes {@link HtmlPolicy} allows; raw HTML is
 * checked as a whole by {@link RawHtml}; no text carries a character pages and feeds cannot.
 */
public final class BodyRules {
    /** Words allowed around internal links in an uncited "see also" paragraph. */
    private static final int MAX_WORDS_AROUND_LINKS = 4;

    private BodyRules() {}

    public static void check(ParsedBody body, boolean requireCitations, Diagnostics diagnostics) {
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getFirstChild() instanceof Text t && Placeholders.is(t.getLiteral().strip())) {
                    diagnostics.error(body.locate(paragraph), Placeholders.MESSAGE, "replace the FILL IN paragraph with your text");
                } else if (requireCitations && !isCited(paragraph) && !onlyInternalLinks(paragraph)) {
                    diagnostics.error(body.locate(paragraph), "paragraph has no citation",
                            "add the source it relies on, e.g. [@source-id], or move it out of the note");
                }
                visitChildren(paragraph);
            }

            @Override
            public void visit(Link link) {
                if (!CrossReferences.isCrossReference(link.getDestination())) {
                    checkUrl("a", "href", link.getDestination(), link, body, diagnostics);
                }
                checkCharacters(link.getTitle(), link, body, diagnostics);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                // an image with a cross-reference scheme is the resolve step's error ("an image cannot be a cross-reference")
                if (!CrossReferences.isCrossReference(image.getDestination())) {
                    checkUrl("img", "src", image.getDestination(), image, body, diagnostics);
                }
                visitChildren(image);
            }

            @Override
            public void visit(Text text) {
                checkCharacters(text.getLiteral(), text, body, diagnostics);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
            }
        });
        RawHtml.check(body, diagnostics);
        Markdown.checkLimits(body, diagnostics);
    }

    private static boolean isCited(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Citation || isCited(n)) return true;
        }
        return false;
    }

    private static boolean onlyInternalLinks(Paragraph p) {
        int[] links = {0};
        StringBuilder outside = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l && CrossReferences.isCrossReference(l.getDestination())) links[0]++;
            else if (n instanceof Text t) outside.append(t.getLiteral()).append(' ');
            else if (!(n instanceof org.commonmark.node.SoftLineBreak)) return false;
        }
        String words = outside.toString().replaceAll("[\\p{Punct}\\s—–]+", " ").strip();
        int count = words.isEmpty() ? 0 : words.split(" ").length;
        return links[0] > 0 && count <= MAX_WORDS_AROUND_LINKS;
    }

    /** Markdown links and images follow the rule raw HTML follows (see {@link HtmlPolicy}). */
    private static void checkUrl(String tag, String attribute, String url, Node node, ParsedBody body, Diagnostics diagnostics) {
        HtmlPolicy.Refusal refused = HtmlPolicy.urlRefusal(tag, attribute, url == null ? "" : url);
        if (refused != null) diagnostics.error(body.locate(node), refused.message(), refused.hint());
    }

    /** A character reference such as {@code &#11;} puts a character in the text that no page or feed can carry. */
    private static void checkCharacters(String text, Node node, ParsedBody body, Diagnostics diagnostics) {
        int bad = text == null ? -1 : XmlChars.firstIllegal(text);
        if (bad >= 0) {
            diagnostics.error(body.locate(node), XmlChars.message(text.charAt(bad)), "remove the character reference that writes it");
        }
    }
}
