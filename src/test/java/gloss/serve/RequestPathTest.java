package gloss.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestPathTest {
    @ParameterizedTest
    @CsvSource({
            "/, /",
            "/a/, /a/",
            "/a/b, /a/b",
            "/a%20b/c.html, /a b/c.html",
            "/caf%C3%A9/, /café/",
            "/a/b.c.d, /a/b.c.d",
            "/a/%2e%2eb, /a/..b"})
    void plainPathsAreDecoded(String raw, String decoded) {
        assertEquals(decoded, RequestPath.parse(raw).orElseThrow().path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "/..", "/../x", "/a/../b", "/a/./b", "/.", "/%2e%2e/x", "/%2E%2e/x",
            "/.%2e/x", "/a//b", "//a", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00b", "/a%0ab", "/a%zz", "/a%2",
            "/a%", "/%c0%ae%c0%ae/", "/%ff", "/a\u0000b", "/a\tb"})
    void anythingElseIsRefused(String raw) {
        assertTrue(RequestPath.parse(raw).isEmpty(), raw);
    }
}
