package gloss.render;

/** One finished page: its URL, title, the template that made it (link problems are reported there) and its HTML. */
public record RenderedPage(String url, String title, String template, String html) {}
