package gloss.check;

import gloss.content.Diagnostics;
import gloss.content.Placeholders;
import gloss.markdown.Citation;
import gloss.markdown.CrossReferences;
import gloss.markdown.ParsedBody;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * Editorial and safety rules for a note body, checked on the parsed tree so each diagnostic names the
 * line: every paragraph of a provision or reaction carries a citation (unless it only points to other
 * pages of the explainer), and no raw HTML or link may run script.
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
            public void visit(HtmlBlock html) {
                checkHtml(html.getLiteral(), html, body, diagnostics);
            }

            @Override
            public void visit(HtmlInline html) {
                checkHtml(html.getLiteral(), html, body, diagnostics);
            }

            @Override
            public void visit(Link link) {
                checkUrl(link.getDestination(), link, body, diagnostics);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkUrl(image.getDestination(), image, body, diagnostics);
                visitChildren(image);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
            }
        });
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

    private static void checkUrl(String url, Node node, ParsedBody body, Diagnostics diagnostics) {
        if (isScriptUrl(url)) {
            diagnostics.error(body.locate(node), "link runs script (javascript: URL)", "link to a web page or a cross-reference instead");
        }
    }

    static boolean isScriptUrl(String url) {
        String compact = url == null ? "" : url.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
        return compact.startsWith("javascript:") || compact.startsWith("vbscript:") || compact.startsWith("data:text/html");
    }

    private static void checkHtml(String html, Node node, ParsedBody body, Diagnostics diagnostics) {
        for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("script") || tag.equals("iframe") || tag.equals("object") || tag.equals("embed")) {
                diagnostics.error(body.locate(node), "raw HTML <" + tag + "> is not allowed in notes",
                        "remove it; notes may not run script");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    diagnostics.error(body.locate(node), "raw HTML attribute '" + a.getKey() + "' runs script",
                            "remove the " + a.getKey() + " attribute");
                } else if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && isScriptUrl(a.getValue())) {
                    diagnostics.error(body.locate(node), "raw HTML " + name + " uses a javascript: URL", "remove it");
                }
            }
        }
    }
}
