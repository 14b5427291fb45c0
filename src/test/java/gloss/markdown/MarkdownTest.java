package gloss.markdown;

import gloss.content.Body;
import gloss.content.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Markdown layer through a fake page: which keys it sees, where, and what it writes. */
class MarkdownTest {
    private final Markdown markdown = new Markdown();

    private static final class Recorder implements PageLinks {
        final List<String> seen = new ArrayList<>();

        @Override
        public String citationMarkers(List<CiteItem> items, ParsedBody from) {
            items.forEach(k -> seen.add(k.key() + "@" + from.locate(k).line() + ":" + from.locate(k).column()
                    + k.locator().map(l -> "," + l).orElse("")));
            return "<sup>" + items.size() + "</sup>";
        }

        @Override
        public Optional<String> crossReference(String destination, Location at) {
            return destination.startsWith("provision:") ? Optional.of("../p/" + destination.substring(10) + "/") : Optional.empty();
        }
    }

    @Test
    void citationsBecomeMarkersWithTheirFileLines() {
        Body body = new Body("Intro.\n\nA claim [@a; @b, p. 4].\n", new Location(Path.of("n.md"), 10, 1));
        Recorder page = new Recorder();
        String html = markdown.render(markdown.parse(body), page);
        assertEquals("<p>Intro.</p>\n<p>A claim<sup>2</sup>.</p>\n", html);
        assertEquals(List.of("a@12:10", "b@12:14,p. 4"), page.seen);
    }

    @Test
    void crossReferencesAreRewrittenAndOtherLinksKept() {
        Body body = new Body("[seven](provision:7) and [web](https://example.org)", new Location(Path.of("n.md"), 1, 1));
        String html = markdown.render(markdown.parse(body), new Recorder());
        assertEquals("<p><a href=\"../p/7/\">seven</a> and <a href=\"https://example.org\">web</a></p>\n", html);
    }

    @Test
    void bracketsThatAreNotCitationsStayText() {
        Body body = new Body("A [note] and [x](y) and [@ mention].", new Location(Path.of("n.md"), 1, 1));
        Recorder page = new Recorder();
        String html = markdown.render(markdown.parse(body), page);
        assertEquals("<p>A [note] and <a href=\"y\">x</a> and [@ mention].</p>\n", html);
        assertEquals(List.of(), page.seen);
    }
}
