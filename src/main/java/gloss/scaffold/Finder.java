package gloss.scaffold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code gloss find TEXT}: the sources, actors and topics whose id, title (an actor's name) or publisher
 * contains every word of TEXT, ignoring case and accents ("zelensky" finds "Zelenskyy", "kyiv" finds
 * "Kyïv"), so an editor can find an existing id instead of grepping the registries.
 */
public final class Finder {
    /** One hit: its kind ({@code source}, {@code actor}, {@code topic}), id and a one-line description. */
    public record Match(String kind, String id, String description) {}

    private final ProjectIndex index;

    public Finder(Path root) throws ScaffoldException {
        Path abs = root.toAbsolutePath().normalize();
        this.index = new ProjectIndex(abs);
        if (!Files.isDirectory(index.content())) {
            throw ScaffoldException.usage("no content folder found under " + abs + "; run from the project root or pass --root DIR");
        }
    }

    public List<Match> find(String text) throws ScaffoldException {
        String[] words = normal(text).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) throw ScaffoldException.usage("TEXT must not be empty");
        List<Match> out = new ArrayList<>();
        for (ProjectIndex.Entry s : index.entries("sources.yaml")) {
            add(out, words, "source", s.one("id"), s.one("publisher") + ": \"" + s.one("title") + "\" (" + s.one("date") + ")",
                    s.one("title"), s.one("publisher"));
        }
        for (ProjectIndex.Entry a : index.entries("actors.yaml")) {
            String role = a.one("role");
            add(out, words, "actor", a.one("id"), a.one("name") + (role == null ? "" : ", " + role), a.one("name"));
        }
        for (ProjectIndex.Entry t : index.entries("topics.yaml")) {
            add(out, words, "topic", t.one("id"), t.one("title"), t.one("title"));
        }
        return out;
    }

    private static void add(List<Match> out, String[] words, String kind, String id, String description, String... fields) {
        if (id == null) return;
        String haystack = normal(id + "\n" + String.join("\n", Stream.of(fields).map(f -> f == null ? "" : f).toList()));
        if (Arrays.stream(words).allMatch(haystack::contains)) out.add(new Match(kind, id, description));
    }

    /** Lower case, accents dropped, typographic quotes made plain. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .toLowerCase(Locale.ROOT);
    }
}
