package gloss.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebAddressTest {
    private static WebAddress at(String url) {
        return new WebAddress(url, Location.of(Path.of("content/sources.yaml")));
    }

    @Test
    void schemeTrailingSlashFragmentAndHostCaseDoNotMakeAnotherPage() {
        String a = at("http://Example.org/a/b/").normalised();
        assertEquals(a, at("https://example.org/a/b").normalised());
        assertEquals(a, at("https://example.org/a/b#section").normalised());
        assertFalse(a.equals(at("https://example.org/A/b").normalised()), "paths are case-sensitive");
        assertFalse(a.equals(at("https://example.org/a/b?p=2").normalised()), "queries tell pages apart");
    }

    @Test
    void hostSiteAndParameters() {
        WebAddress w = at("https://WWW.Reuters.com/world/x?id=5&utm_source=a&flag");
        assertEquals("www.reuters.com", w.host());
        assertEquals("reuters.com", w.site());
        assertEquals(List.of("id", "utm_source", "flag"), w.parameters());
        assertEquals("", at("https://").host());
    }

    @Test
    void subdomainsAreTheSameSiteButLookalikesAreNot() {
        assertTrue(at("https://news.liga.net/en/a").sameSiteAs(at("https://www.liga.net/en/b")));
        assertTrue(at("https://en.interfax.com.ua/news/1").sameSiteAs(at("https://interfax.com.ua/news/1")));
        assertFalse(at("https://notreuters.com/a").sameSiteAs(at("https://reuters.com/a")));
        assertFalse(at("https://www.channelnewsasia.com/a").sameSiteAs(at("https://www.reuters.com/a")));
    }
}
