package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Splits a note into YAML front matter and Markdown body, remembering on which line each starts.
 * The front matter sits between a first line {@code ---} and the next line {@code ---}.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static Optional<FrontMatter> split(String text, Path file, Diagnostics diagnostics, boolean required) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            if (required) {
                diagnostics.error(new Location(file, 1, 1), "missing front matter",
                        "start the file with a line '---', the fields, then another line '---'");
                return Optional.empty();
            }
            return Optional.of(new FrontMatter("", 1, text, 1));
        }
        int pos = 4;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) {
                String yaml = text.substring(4, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        diagnostics.error(new Location(file, 1, 1), "front matter is not closed",
                "add a line '---' after the last field");
        return Optional.empty();
    }
}
