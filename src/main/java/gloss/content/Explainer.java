package gloss.content;

import java.time.LocalDate;
import java.util.List;

/**
 * Site-wide settings from {@code content/explainer.yaml}. {@code baseUrl} always ends with '/';
 * {@code document} says how pages speak of the annotated document.
 */
public record Explainer(String title, String subtitle, String description, String language, String baseUrl,
                        LocalDate published, LocalDate updated, String publisher, List<String> authors,
                        DocumentTerms document, Location at) {
    /** "Point": the capitalised word for one provision. */
    public String provisionLabel() {
        return document.label();
    }
}
