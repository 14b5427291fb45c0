package gloss.content;

/** The Markdown body of a note and the location of its first line, so body errors name the real line. */
public record Body(String markdown, Location start) {
    public static Body empty(Location at) {
        return new Body("", at);
    }
}
