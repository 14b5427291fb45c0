package gloss.markdown;

import gloss.content.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationSyntaxTest {
    private static final Location AT = new Location(Path.of("x.md"), 0, 0);

    private static List<String> ids(String inside) {
        return CitationSyntax.parse(inside, AT).orElseThrow().stream().map(CiteItem::key).toList();
    }

    @Test
    void singleKey() {
        assertEquals(List.of("reuters-umerov"), ids("@reuters-umerov"));
    }

    @Test
    void severalKeysSeparatedBySemicolons() {
        assertEquals(List.of("a", "b", "c"), ids("@a; @b;@c"));
    }

    @Test
    void locatorAfterComma() {
        List<CiteItem> keys = CitationSyntax.parse("@ap-text, point 21; @b", AT).orElseThrow();
        assertEquals(Optional.of("point 21"), keys.get(0).locator());
        assertEquals(Optional.empty(), keys.get(1).locator());
    }

    @Test
    void textThatIsNotACitationStaysText() {
        assertTrue(CitationSyntax.parse("see @a", AT).isEmpty());
        assertTrue(CitationSyntax.parse("@", AT).isEmpty());
        assertTrue(CitationSyntax.parse("@a; b", AT).isEmpty());
        assertTrue(CitationSyntax.parse("not a citation", AT).isEmpty());
    }
}
