package gloss.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A web address written in a source entry ({@code url}, {@code original_url}, {@code archive_url}), with
 * where it was written so that warnings about it point at its line. The text is kept exactly as written:
 * Gloss reports a doubtful address but never rewrites one.
 */
public record WebAddress(String text, Location at) {

    private Optional<URI> uri() {
        try {
            return Optional.of(new URI(text));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host in lower case, or "" when the address has none (the loader reports such addresses). */
    public String host() {
        return uri().map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The host as readers name a site: without a leading {@code www.}. */
    public String site() {
        String h = host();
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The names of the query parameters, in order, as written. */
    public List<String> parameters() {
        String query = uri().map(URI::getRawQuery).orElse(null);
        List<String> out = new ArrayList<>();
        if (query == null || query.isEmpty()) return out;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            out.add(eq < 0 ? pair : pair.substring(0, eq));
        }
        return out;
    }

    /**
     * The address as compared for duplicates: without its scheme, fragment and trailing slash, host in
     * lower case. {@code http://Example.org/a/} and {@code https://example.org/a#x} are the same page.
     */
    public String normalised() {
        String s = text.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) s = s.substring(0, hash);
        s = s.replaceFirst("^(?i)https?://", "");
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        String rest = slash < 0 ? "" : s.substring(slash);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        return host.toLowerCase(Locale.ROOT) + rest;
    }

    /** True when both addresses are the same site, one host being the other or a subdomain of it. */
    public boolean sameSiteAs(WebAddress other) {
        String a = site();
        String b = other.site();
        return !a.isEmpty() && (a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a));
    }
}
