package gloss.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentTypesTest {
    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8",
            "a/gloss.CSS, text/css; charset=utf-8",
            "a/app.js, text/javascript; charset=utf-8",
            "a/app.mjs, text/javascript; charset=utf-8",
            "data/explainer.json, application/json; charset=utf-8",
            "feed.xml, application/xml; charset=utf-8",
            "i.svg, image/svg+xml; charset=utf-8",
            "i.png, image/png",
            "robots.txt, text/plain; charset=utf-8",
            "f.woff2, font/woff2",
            "no-extension, application/octet-stream",
            "dir.d/file, application/octet-stream"})
    void byExtension(String file, String type) {
        assertEquals(type, ContentTypes.of(file));
    }
}
