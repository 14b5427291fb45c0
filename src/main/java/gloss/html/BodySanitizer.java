package gloss.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Defense in depth for bodies that carry raw HTML: the rendered body is parsed as a browser would and
 * rebuilt from the {@link HtmlPolicy} allowlist alone, with jsoup's {@link Cleaner}, before it goes into
 * a page. {@link RawHtmlCheck} has already refused (with a located error) everything this would remove,
 * so normally nothing is removed; if a future change opened a way past the check, the page still could
 * not carry script. The result is also balanced: every element the body opens is closed inside it, so
 * a body cannot close or swallow the page's own elements. Text is escaped, so the browser reads the
 * result exactly as jsoup built it.
 */
public final class BodySanitizer {
    private BodySanitizer() {}

    /** The body's HTML rebuilt from allowed elements and attributes only. */
    public static String clean(String bodyHtml) {
        Document dirty = parse(bodyHtml);
        if (tooDeep(dirty.body())) return ""; // refused by the check; the Cleaner's cost grows with depth
        Document clean = new Cleaner(HtmlPolicy.SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return clean.body().html();
    }

    /**
     * The first element or attribute of {@code bodyHtml} the sanitizer would remove, described, or null
     * when it would keep them all (comments aside, which it always drops). The check and the sanitizer
     * agree when this is null for every body the check accepts; tests and the fuzz target ask.
     */
    public static String firstRemoval(String bodyHtml) {
        Document dirty = parse(bodyHtml);
        if (tooDeep(dirty.body())) return "elements nested more than " + RawHtmlCheck.MAX_DEPTH + " deep";
        String[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == dirty.body()) return FilterResult.CONTINUE;
                if (!HtmlPolicy.SAFELIST.isSafeTag(e.normalName())) found[0] = "<" + e.normalName() + ">";
                for (Attribute a : e.attributes()) {
                    if (found[0] == null && !HtmlPolicy.SAFELIST.isSafeAttribute(e.normalName(), e, a)) {
                        found[0] = a.getKey() + "=\"" + a.getValue() + "\" on <" + e.normalName() + ">";
                    }
                }
                return found[0] == null ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        }, dirty.body());
        return found[0];
    }

    private static Document parse(String bodyHtml) {
        Document doc = Document.createShell(HtmlPolicy.BASE_URI);
        List<Node> nodes = Parser.parseFragment(bodyHtml, doc.body(), HtmlPolicy.BASE_URI);
        doc.body().appendChildren(nodes);
        return doc;
    }

    private static boolean tooDeep(Element body) {
        return RawHtmlCheck.depthBeyondLimit(body, RawHtmlCheck.MAX_DEPTH) != null;
    }
}
