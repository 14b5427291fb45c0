package gloss.content;

import java.time.LocalDate;

/**
 * The home page's dated "where things stand" box, from {@code content/standing.md}: {@code date} is
 * the day it describes (the box says "as of" it), {@code body} its cited Markdown.
 */
public record Standing(String title, LocalDate date, Body body, Location at) {
    public static final String DEFAULT_TITLE = "Where things stand";
}
