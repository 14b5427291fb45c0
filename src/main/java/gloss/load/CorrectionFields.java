package gloss.load;

import gloss.content.Correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code corrections:} list, allowed in the front matter of every note and on timeline events:
 * each entry {@code {date, was, now, sources?}}. Problems are reported at the entry like any other field.
 */
final class CorrectionFields {
    static final String KEY = "corrections";

    private CorrectionFields() {}

    static List<Correction> read(Fields note) {
        List<Correction> out = new ArrayList<>();
        for (Fields c : note.mappings(KEY, "a correction")) {
            c.allowOnly(Set.of("date", "was", "now", "sources"));
            out.add(new Correction(c.date("date"), c.string("was"), c.string("now"), c.refs("sources", false), c.at()));
        }
        return List.copyOf(out);
    }
}
