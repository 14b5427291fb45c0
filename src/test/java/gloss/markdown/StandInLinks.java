package gloss.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Test helper: what the resolve step would give a body rendered outside a site, every cross-reference
 * leading to a page and every heading with an id, and citation markers of the shape pages use. So a
 * test renders a body with all of Gloss's own markup, as {@link Markdown#render} does for a page.
 */
public final class StandInLinks {
    public static final CitationMarkers MARKERS = (citation, from) -> "<sup class=\"cite\">[<a href=\"#ref-1\" id=\"cite-1-a\" "
            + "class=\"cite-ref\" data-source=\"a\" aria-label=\"Source 1: A, 1 Jan 2025\">1</a>]</sup>";

    private StandInLinks() {}

    public static BodyLinks of(ParsedBody body) {
        Map<org.commonmark.node.Node, String> hrefs = new IdentityHashMap<>();
        Map<org.commonmark.node.Node, String> ids = new IdentityHashMap<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (CrossReferences.isCrossReference(link.getDestination())) hrefs.put(link, "provisions/01-borders/");
                visitChildren(link);
            }

            @Override
            public void visit(Heading heading) {
                ids.put(heading, "heading-" + ids.size());
                visitChildren(heading);
            }
        });
        return new BodyLinks(hrefs, ids);
    }

    /** The body as a page at {@code root} renders it. */
    public static String render(Markdown markdown, ParsedBody body) {
        return markdown.render(body, of(body), "../../", MARKERS);
    }
}
