package gloss.markdown;

import gloss.content.Body;
import gloss.content.Location;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Markdown layer with a fake page: which citations it meets, where, in what order, and what it writes. */
class MarkdownTest {
    private final Markdown markdown = new Markdown();

    /** Records each citation it is asked to print, and prints how many sources it has. */
    private static final class Recorder implements CitationMarkers {
        final List<String> seen = new ArrayList<>();

        @Override
        public String html(Citation citation, ParsedBody from) {
            citation.items().forEach(k -> seen.add(k.key() + "@" + from.locate(k).line() + ":" + from.locate(k).column()
                    + k.locator().map(l -> "," + l).orElse("")));
            return "<sup>" + citation.items().size() + "</sup>";
        }
    }

    private static Body body(String text, int line) {
        return new Body(text, new Location(Path.of("n.md"), line, 1));
    }

    @Test
    void citationsBecomeMarkersWithTheirFileLinesInReadingOrder() {
        Recorder page = new Recorder();
        String html = markdown.render(markdown.parse(body("Intro [@z].\n\nA claim [@a; @b, p. 4].\n", 10)), BodyLinks.NONE, "", page);
        assertEquals("<p>Intro<sup>1</sup>.</p>\n<p>A claim<sup>2</sup>.</p>\n", html);
        assertEquals(List.of("z@10:8", "a@12:10", "b@12:14,p. 4"), page.seen);
    }

    @Test
    void linksAndHeadingIdsComeFromTheResolveStep() {
        ParsedBody parsed = markdown.parse(body("## Why\n\n[seven](provision:7) and [web](https://example.org)", 1));
        Map<Node, String> hrefs = new IdentityHashMap<>();
        parsed.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("provision:")) hrefs.put(link, "provisions/07-x/");
            }
        });
        Map<Node, String> ids = new IdentityHashMap<>();
        Headings.of(parsed, Set.of()).forEach(h -> ids.put(h.node(), h.id()));
        String html = markdown.render(parsed, new BodyLinks(hrefs, ids), "../../", CitationMarkers.NONE);
        assertEquals("<h2 id=\"why\">Why</h2>\n<p><a href=\"../../provisions/07-x/\">seven</a> and "
                + "<a href=\"https://example.org\" rel=\"external noopener\">web</a></p>\n", html);
    }

    @Test
    void headingIdsAreUniqueAndKeepClearOfThePagesOwnIds() {
        ParsedBody parsed = markdown.parse(body("## References\n\n## Why\n\n## Why\n\n### Ünïcode *text*", 1));
        assertEquals(List.of("references-2", "why", "why-2", "unicode-text"),
                Headings.of(parsed, Set.of("references")).stream().map(Headings.Entry::id).toList());
    }

    @Test
    void bracketsThatAreNotCitationsStayText() {
        Recorder page = new Recorder();
        String html = markdown.render(markdown.parse(body("A [note] and [x](y) and [@ mention].", 1)), BodyLinks.NONE, "", page);
        assertEquals("<p>A [note] and <a href=\"y\">x</a> and [@ mention].</p>\n", html);
        assertEquals(List.of(), page.seen);
    }
}
