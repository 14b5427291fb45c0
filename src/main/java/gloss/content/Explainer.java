package gloss.content;

import java.time.LocalDate;
import java.util.List;

/**
 * Site-wide settings from {@code content/explainer.yaml}. {@code baseUrl} always ends with '/'; {@code keep}
 * lists what {@code build} carries over from the previous site (see {@link KeepEntry}).
 */
public record Explainer(String title, String subtitle, String description, String language, String baseUrl,
                        LocalDate published, LocalDate updated, String publisher, List<String> authors,
                        List<String> keep, Location at) {}
