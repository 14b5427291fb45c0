package gloss.links;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast resolution of template links must agree with {@link java.net.URI#resolve}, which it replaces. */
class LinkCheckerTest {
    @ParameterizedTest
    @CsvSource({
            "provisions/06-army-cap/, ../../reactions/",
            "provisions/06-army-cap/, ../../",
            "provisions/06-army-cap/, ../07-no-nato/",
            "provisions/06-army-cap/, ../../assets/gloss.css",
            "provisions/06-army-cap/, ./",
            "provisions/06-army-cap/, .",
            "provisions/06-army-cap/, ..",
            "provisions/06-army-cap/, sub/./page/../x",
            "'', reactions/",
            "'', index.html",
            "'', feed.xml",
            "a/b/c/, ../../../x/",
            "a/, x",
            "a/, x/y.html",
    })
    void plainLinksResolveAsUriDoes(String dir, String link) {
        assertEquals(LinkChecker.resolveUri(dir, link), LinkChecker.resolvePlain(dir, link), dir + " + " + link);
    }

    @ParameterizedTest
    @CsvSource({"'', ../x/", "a/, ../../x/", "'', ..", "a/b/, ../../../"})
    void linksAboveTheRootLeadNowhere(String dir, String link) {
        assertEquals(null, LinkChecker.resolvePlain(dir, link));
        assertEquals(true, LinkChecker.resolveUri(dir, link).startsWith(".."), "URI keeps the climb");
    }
}
