package gloss.site;

/** A note that cites a source, as the sources page lists it: its title and its page's URL. */
public record Citer(String title, String url) {}
