package gloss.sourcing;

import gloss.content.Location;
import gloss.content.WebAddress;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judgements behind each source warning, one address at a time. */
class SourceRulesTest {
    private static WebAddress at(String url) {
        return new WebAddress(url, Location.of(Path.of("content/sources.yaml")));
    }

    @Test
    void bareIpHostsAreRecognised() {
        assertTrue(SourceRules.isBareIp(at("http://3.127.128.221/?p=1325485").host()));
        assertTrue(SourceRules.isBareIp(at("http://[2001:db8::1]/page").host()));
        assertFalse(SourceRules.isBareIp(at("https://www.reuters.com/world/").host()));
        assertFalse(SourceRules.isBareIp(at("https://1375.topnews.com/en/").host()), "a number as one label is a name");
    }

    @Test
    void stagingAndDevelopmentServersAreRecognised() {
        for (String url : List.of("https://staging.rferl.org/a/1.html", "https://dev-v4.freemalaysiatoday.com/x",
                "https://dev.example.org/", "https://test2.example.org/", "https://preview.news.example.com/a",
                "https://www.staging.example.org/")) {
            assertTrue(SourceRules.isStaging(at(url).host()), url);
        }
        for (String url : List.of("https://www.rferl.org/a/1.html", "https://developer.mozilla.org/",
                "https://test.com/", "https://latest.example.org/", "https://devnews.example.org/",
                "https://www.theguardian.com/")) {
            assertFalse(SourceRules.isStaging(at(url).host()), url);
        }
    }

    @Test
    void rawHostingAddressesAreRecognised() {
        assertEquals(Optional.of("cloudfront.net"), SourceRules.unbranded("dcyh5l5lgidpq.cloudfront.net"));
        assertEquals(Optional.of("pages.dev"), SourceRules.unbranded("estonianews.pages.dev"));
        assertEquals(Optional.empty(), SourceRules.unbranded("www.rferl.org"));
        assertEquals(Optional.empty(), SourceRules.unbranded("notcloudfront.net"));
    }

    @Test
    void trackingParametersAreNamedAndTheHintDropsOnlyThem() {
        WebAddress mailchimp = at("https://kyivindependent.com/a/?mc_cid=a757b00628&mc_eid=841ed88c30");
        assertEquals(List.of("mc_cid", "mc_eid"), SourceRules.trackingParameters(mailchimp));
        assertEquals("https://kyivindependent.com/a/", SourceRules.withoutTracking(mailchimp.text()));

        WebAddress mixed = at("https://example.org/story?id=7&utm_source=x&UTM_Medium=y&fbclid=z&page=2#top");
        assertEquals(List.of("utm_source", "UTM_Medium", "fbclid"), SourceRules.trackingParameters(mixed));
        assertEquals("https://example.org/story?id=7&page=2#top", SourceRules.withoutTracking(mixed.text()));

        assertEquals(List.of("cmp"), SourceRules.trackingParameters(at("https://www.cbc.ca/news/1.6290328?cmp=rss")));
        assertEquals(List.of(), SourceRules.trackingParameters(at("https://www.novinite.com/view_news.php?id=235912")));
        assertEquals(List.of(), SourceRules.trackingParameters(at("https://example.org/referendum?reference=1")));
    }
}
