package gloss.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Site-wide settings from {@code content/explainer.yaml}. {@code baseUrl} always ends with '/';
 * {@code researchUntil} is the latest date the research covers, shown on every page when set;
 * {@code document} says how pages speak of the annotated document; {@code authors} are who writes it (named
 * people or a named desk) and {@code contact} the e-mail address that reaches them, shown on every page;
 * {@code keep} lists what {@code build} carries over from the previous site (see {@link KeepEntry}).
 */
public record Explainer(String title, String subtitle, String description, String language, String baseUrl,
                        LocalDate published, LocalDate updated, Optional<LocalDate> researchUntil,
                        String publisher, List<String> authors, Optional<String> contact, DocumentTerms document,
                        List<String> keep, Location at) {
    /** An address a reader can write to: one '@', a dot in the domain, no spaces or angle brackets. */
    public static boolean isEmail(String text) {
        return text != null && text.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+");
    }

    /** "Point": the capitalised word for one provision. */
    public String provisionLabel() {
        return document.label();
    }

    /** True when {@code url} can be a site's address: absolute http(s), with a host, nothing a URI refuses. */
    public static boolean isBaseUrl(String url) {
        if (url == null || !url.matches("https?://[^\\s]+")) return false;
        try {
            return java.net.URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The same explainer published at another address ({@code build --base-url}); a final '/' is added. */
    public Explainer withBaseUrl(String url) {
        return new Explainer(title, subtitle, description, language, url.endsWith("/") ? url : url + "/",
                published, updated, researchUntil, publisher, authors, contact, document, keep, at);
    }
}
