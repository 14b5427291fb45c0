package gloss.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Did you mean": the closest id in the sense an editor means it, with a stable answer on ties. */
class SuggestTest {
    /** The explainer's reactions, as ids: the set in which the old ranking suggested the wrong note. */
    private static List<String> reactions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/reactions"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
        }
    }

    private static List<String> renamed(List<String> ids, String old, String now) {
        List<String> out = new ArrayList<>(ids);
        out.remove(old);
        out.add(now);
        return out;
    }

    @Test
    void aRenamedReactionIsSuggestedRatherThanAnotherActorsReactionOfTheSameDay() throws IOException {
        List<String> ids = reactions();
        // Levenshtein over the whole id: 'sikorski-brussels' is 6 edits away, the renamed note 8.
        String old = "2025-11-20-barrot-brussels";
        for (String now : List.of("2025-11-20-barrot-brussels-remarks", "2025-11-20-barrot-statement", "2025-11-21-barrot-brussels")) {
            assertEquals(Optional.of(now), Suggest.closest(old, renamed(ids, old, now)), old + " renamed to " + now);
        }
        assertEquals(Optional.of("2025-11-21-putin-statement"), Suggest.closest("2025-11-21-putin-security-council",
                renamed(ids, "2025-11-21-putin-security-council", "2025-11-21-putin-statement")));
        assertEquals(Optional.of("2025-11-22-macron-g20-remarks"), Suggest.closest("2025-11-22-macron-g20",
                renamed(ids, "2025-11-22-macron-g20", "2025-11-22-macron-g20-remarks")));
    }

    @Test
    void typosAreStillFoundAndASwappedPairIsOneSlip() {
        List<String> sources = List.of("reuters-umerov-denial", "reuters-umerov-call", "interfax-umerov-denial", "wire-one");
        assertEquals(Optional.of("reuters-umerov-denial"), Suggest.closest("reuters-umerov-denail", sources));
        assertEquals(1, Suggest.distance("denail", "denial"));
        assertEquals(Optional.of("wire-one"), Suggest.closest("wire-onee", sources));
        assertEquals(Optional.of("2025-11-21-alice-statement"),
                Suggest.closest("2025-11-12-alice-statement", List.of("2025-11-21-alice-statement", "2025-11-12-bob-briefing")));
        assertEquals(Optional.of("summary"), Suggest.closest("sumary", List.of("summary", "sources", "title")));
    }

    @Test
    void nothingUnrelatedIsSuggested() {
        List<String> sources = List.of("reuters-umerov-denial", "reuters-merz-call", "wire-one");
        assertEquals(Optional.empty(), Suggest.closest("bbc-new-report", sources));
        assertEquals(Optional.empty(), Suggest.closest("reuters-kallas-speech", sources), "a shared publisher alone is not enough");
        assertEquals(Optional.empty(), Suggest.closest("2025-11-21-carol-remarks",
                List.of("2025-11-21-alice-statement", "2025-11-22-dave-remarks")), "another actor, another day");
        assertEquals(Optional.of("2025-11-22-carol-remarks-on-tv"), Suggest.closest("2025-11-21-carol-remarks",
                List.of("2025-11-21-alice-statement", "2025-11-22-carol-remarks-on-tv")), "date fixed and words added");
    }

    @Test
    void tiesAreBrokenAlphabeticallyWhateverTheOrderGiven() {
        List<String> known = List.of("2025-11-21-alice-b", "2025-11-21-alice-a");
        assertEquals(Optional.of("2025-11-21-alice-a"), Suggest.closest("2025-11-21-alice-c", known));
        assertEquals(Optional.of("2025-11-21-alice-a"), Suggest.closest("2025-11-21-alice-c", List.of(known.get(1), known.get(0))));
    }
}
