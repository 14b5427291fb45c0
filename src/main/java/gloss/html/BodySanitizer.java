package gloss.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;

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

    /** True when the sanitizer would remove something from {@code bodyHtml} (tests and the fuzz target ask this). */
    public static boolean wouldRemoveAnything(String bodyHtml) {
        Document dirty = parse(bodyHtml);
        return tooDeep(dirty.body()) || !new Cleaner(HtmlPolicy.SAFELIST).isValid(dirty);
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
