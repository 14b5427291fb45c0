package gloss.sourcing;

import gloss.content.Diagnostics;
import gloss.content.Source;
import gloss.content.SourceKind;
import gloss.content.WebAddress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The source registry's editorial warnings: addresses a sceptical reader would not trust (a bare IP, a
 * staging server, an unbranded hosting address), addresses that carry tracking tags, one page registered
 * twice, and entries whose url, original_url and via contradict each other. Each warning is placed at the
 * line of the field it concerns and says how to fix it; nothing is rewritten.
 */
public final class SourceRules {
    private SourceRules() {}

    /** Query parameters that track the reader or the campaign that brought them, never the page shown. */
    private static final Set<String> TRACKING = Set.of("mc_cid", "mc_eid", "cmp", "fbclid", "gclid", "dclid",
            "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "ref", "ref_src", "ref_url", "_ga", "_gl",
            "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "s_cid", "at_medium", "at_campaign",
            "guccounter", "ito", "ncid", "sr_share", "smid");

    /** A host label that names a server for work in progress: staging, dev-v4, test2, preview... */
    private static final Pattern STAGING_LABEL =
            Pattern.compile("(staging|stage|stg|dev|develop|test|testing|preview|qa|uat|sandbox)(\\d*|-.*)");

    /** Hosting services whose raw addresses say nothing about whose site a page is. */
    private static final List<String> UNBRANDED = List.of("cloudfront.net", "amazonaws.com", "pages.dev",
            "workers.dev", "herokuapp.com", "netlify.app", "vercel.app", "azurewebsites.net", "appspot.com",
            "onrender.com", "firebaseapp.com", "web.app");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public static void collect(Collection<Source> sources, Diagnostics diagnostics) {
        List<Source> inFileOrder = sources.stream().sorted(Comparator.comparing(Source::at)).toList();
        for (Source s : inFileOrder) {
            url(s, "url", s.url(), diagnostics);
            url(s, "original_url", s.originalUrl(), diagnostics);
            url(s, "archive_url", s.archiveUrl(), diagnostics);
            copy(s, diagnostics);
            language(s, diagnostics);
            if (s.kind() == SourceKind.OTHER && s.note().isEmpty()) {
                diagnostics.warning(s.at(), "source '" + s.id() + "' has kind 'other' and no note",
                        "choose a more precise kind, or say in note what the source is");
            }
            s.accessed().filter(a -> a.isBefore(s.date())).ifPresent(a -> diagnostics.warning(s.at(),
                    "source '" + s.id() + "' was accessed on " + a + ", before its date " + s.date(),
                    "correct date or accessed"));
        }
        duplicates(inFileOrder, diagnostics);
    }

    private static void url(Source s, String field, Optional<WebAddress> address, Diagnostics diagnostics) {
        if (address.isEmpty()) return;
        WebAddress a = address.get();
        String host = a.host();
        if (isBareIp(host)) {
            diagnostics.warning(a.at(), field + " points to a bare IP address (" + host + "); a reader cannot tell whose site it is",
                    "link the publisher's own page, or a copy on a site with a name");
        }
        if (isStaging(host)) {
            diagnostics.warning(a.at(), field + " is on a staging or development server (" + host + ")",
                    "use the address of the public site");
        }
        unbranded(host).ifPresent(service -> diagnostics.warning(a.at(),
                field + " is on a raw " + service + " hosting address (" + host + "); a reader cannot tell whose site it is",
                "link the publisher's own page, or a copy on a site with a name"));
        List<String> tracking = trackingParameters(a);
        if (!tracking.isEmpty()) {
            diagnostics.warning(a.at(), field + " carries tracking parameters (" + String.join(", ", tracking) + ")",
                    "remove them: " + withoutTracking(a.text()));
        }
    }

    /** The contradictions between url, original_url and via; see docs/content-format.md for the model. */
    private static void copy(Source s, Diagnostics diagnostics) {
        Optional<WebAddress> url = s.url();
        Optional<WebAddress> original = s.originalUrl();
        if (s.isCopy()) {
            if (url.isEmpty()) {
                diagnostics.warning(s.at(), "source '" + s.id() + "' names a copy in via but has no url",
                        "add the url of the copy you read, or remove via");
            } else if (original.isPresent() && samePage(url.get(), original.get())) {
                diagnostics.warning(url.get().at(), "url is the same page as original_url, yet via marks it as a copy",
                        "remove via, or put the address of the copy you read in url");
            } else if (original.isPresent() && url.get().sameSiteAs(original.get())) {
                diagnostics.warning(url.get().at(), "via marks url as a copy, but it is on the publisher's own site ("
                        + original.get().site() + ", from original_url)", "remove via");
            }
        } else if (url.isPresent() && original.isPresent()) {
            if (samePage(url.get(), original.get())) {
                diagnostics.warning(original.get().at(), "original_url repeats url",
                        "leave original_url out when url is the publisher's own page");
            } else if (!url.get().sameSiteAs(original.get())) {
                diagnostics.warning(url.get().at(), "url is on " + url.get().site() + ", not on the publisher's site ("
                        + original.get().site() + ", from original_url)", "name the site you read it on in via");
            }
        }
    }

    private static void language(Source s, Diagnostics diagnostics) {
        boolean english = s.lang().map(l -> l.equals("en") || l.startsWith("en-")).orElse(true);
        if (english && s.titleEn().isPresent()) {
            diagnostics.warning(s.at(), "source '" + s.id() + "' has title_en, but its headline is English",
                    "add lang: with the headline's language (e.g. uk, ru, de), or remove title_en");
        }
        if (!english && s.titleEn().isEmpty()) {
            diagnostics.warning(s.at(), "source '" + s.id() + "' is in '" + s.lang().orElseThrow()
                    + "' but has no title_en", "add title_en, an English rendering of the headline");
        }
    }

    /** One page, two entries: readers would see two sources where there is one. */
    private static void duplicates(List<Source> sources, Diagnostics diagnostics) {
        Map<String, Source> firstWith = new HashMap<>();
        for (Source s : sources) {
            List<String> seenHere = new ArrayList<>();
            for (WebAddress a : List.of(s.url(), s.originalUrl()).stream().flatMap(Optional::stream).toList()) {
                String key = a.normalised();
                if (seenHere.contains(key)) continue;
                seenHere.add(key);
                Source earlier = firstWith.putIfAbsent(key, s);
                if (earlier != null) {
                    diagnostics.warning(a.at(), "source '" + s.id() + "' links the same page as source '" + earlier.id()
                                    + "' (line " + earlier.at().line() + ")",
                            "one story needs one entry: keep one of the two and cite it everywhere");
                }
            }
        }
    }

    private static boolean samePage(WebAddress a, WebAddress b) {
        return a.normalised().equals(b.normalised());
    }

    static boolean isBareIp(String host) {
        return IPV4.matcher(host).matches() || host.startsWith("[");
    }

    static boolean isStaging(String host) {
        String[] labels = host.split("\\.");
        // The last two labels name the site itself (test.com is a site; test.example.com a server of it).
        for (int i = 0; i < labels.length - 2; i++) {
            if (STAGING_LABEL.matcher(labels[i]).matches()) return true;
        }
        return false;
    }

    static Optional<String> unbranded(String host) {
        return UNBRANDED.stream().filter(d -> host.endsWith("." + d)).findFirst();
    }

    static List<String> trackingParameters(WebAddress a) {
        return a.parameters().stream().filter(SourceRules::isTracking).distinct().toList();
    }

    private static boolean isTracking(String parameter) {
        String p = parameter.toLowerCase(Locale.ROOT);
        return p.startsWith("utm_") || TRACKING.contains(p);
    }

    /** The address without its tracking parameters, for the hint (the file is never rewritten). */
    static String withoutTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) return url;
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (!pair.isEmpty() && !isTracking(eq < 0 ? pair : pair.substring(0, eq))) kept.add(pair);
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
    }
}
