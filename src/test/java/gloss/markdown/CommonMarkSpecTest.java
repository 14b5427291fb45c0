package gloss.markdown;

import gloss.check.BodyRules;
import gloss.content.Body;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.content.Location;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example of the CommonMark 0.31.2 spec through Gloss's own Markdown configuration
 * ({@link Markdown#parse} and {@link Markdown#render} with nothing resolved: no link rewritten, no
 * heading id, citations printing nothing), compared
 * with the spec's HTML after the spec runner's normalisation ({@link SpecHtml}). An example passes
 * when the HTML matches, or when it is listed with its reason: in {@link #DEVIATIONS} (Gloss renders
 * it differently on purpose) or in {@link #REFUSED} (Gloss's checks reject the note with a located
 * error instead of publishing it). Data: src/test/commonmark/generate.sh.
 */
class CommonMarkSpecTest {
    private static final Markdown MARKDOWN = new Markdown();

    /**
     * Why Gloss renders an example differently from the spec on purpose. Each kind also says what the
     * difference may be, and the test checks that it is nothing more.
     */
    enum Deviation {
        /** GFM's autolink extension makes bare URLs and e-mail addresses links: only {@code <a>} tags differ. */
        AUTOLINK("GFM autolink extension: a bare URL or e-mail address is a link") {
            @Override
            String undo(String html) {
                return html.replaceAll("</?a\\b[^>]*>", "");
            }
        },
        /** Gloss marks links that leave the site (gloss.markdown.BodyAttributes): only that attribute differs. */
        EXTERNAL_LINK("a link that leaves the site gets rel=\"external noopener\"") {
            @Override
            String undo(String html) {
                return html.replace(" rel=\"external noopener\"", "");
            }
        };

        final String reason;

        Deviation(String reason) {
            this.reason = reason;
        }

        /** The HTML with this deviation taken out, applied to both sides. */
        abstract String undo(String html);
    }

    /** Gloss renders these differently from the spec on purpose. */
    static final Map<Integer, Deviation> DEVIATIONS = Map.ofEntries(
            Map.entry(602, Deviation.AUTOLINK), Map.entry(606, Deviation.AUTOLINK), Map.entry(608, Deviation.AUTOLINK),
            Map.entry(611, Deviation.AUTOLINK), Map.entry(612, Deviation.AUTOLINK),
            Map.entry(20, Deviation.EXTERNAL_LINK), Map.entry(346, Deviation.EXTERNAL_LINK), Map.entry(480, Deviation.EXTERNAL_LINK),
            Map.entry(481, Deviation.EXTERNAL_LINK), Map.entry(501, Deviation.EXTERNAL_LINK), Map.entry(526, Deviation.EXTERNAL_LINK),
            Map.entry(538, Deviation.EXTERNAL_LINK), Map.entry(594, Deviation.EXTERNAL_LINK), Map.entry(595, Deviation.EXTERNAL_LINK),
            Map.entry(600, Deviation.EXTERNAL_LINK), Map.entry(603, Deviation.EXTERNAL_LINK));

    /**
     * Gloss's checks refuse these notes with a located error rather than render them. The raw-HTML
     * policy of the note checks decides this list; an example it refuses belongs here, not in the
     * comparison.
     */
    static final Map<Integer, String> REFUSED = Map.of(
            170, "raw <script> in a note (notes may not run script)",
            178, "raw <script> in a note (notes may not run script)");

    /** The checks `gloss check` runs on a note body that can refuse it (requiring no citations). */
    private static final List<Function<ParsedBody, List<Diagnostic>>> CHECKS = List.of(
            CitationProblems::find,
            body -> {
                Diagnostics diagnostics = new Diagnostics();
                BodyRules.check(body, false, diagnostics);
                return diagnostics.sorted();
            });

    record Example(int number, String section, String markdown, String html, String normalized) {}

    static List<Example> examples() {
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("commonmark/spec.json")) {
            Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().build())
                    .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Example> out = new ArrayList<>();
            for (Object o : (List<?>) root.get("examples")) {
                Map<?, ?> e = (Map<?, ?>) o;
                out.add(new Example((Integer) e.get("number"), (String) e.get("section"), (String) e.get("markdown"),
                        (String) e.get("html"), (String) e.get("normalized")));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Outcome(String html, List<Diagnostic> errors) {}

    private static Outcome gloss(Example example) {
        ParsedBody parsed = MARKDOWN.parse(new Body(example.markdown, new Location(Path.of("example.md"), 1, 1)));
        List<Diagnostic> errors = CHECKS.stream().flatMap(c -> c.apply(parsed).stream()).filter(Diagnostic::isError).toList();
        return new Outcome(MARKDOWN.render(parsed, BodyLinks.NONE, "", CitationMarkers.NONE), errors);
    }

    private static boolean asSpecified(Example example, Outcome outcome) {
        return SpecHtml.normalize(outcome.html).equals(SpecHtml.normalize(example.html));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRendersAsSpecifiedUnlessListed() {
        return examples().stream().map(e -> DynamicTest.dynamicTest("example " + e.number + " (" + e.section + ")", () -> {
            Outcome outcome = gloss(e);
            String shown = "\n--- markdown:\n" + e.markdown + "--- expected:\n" + e.html + "--- gloss:\n" + outcome.html
                    + "--- errors: " + outcome.errors;
            if (REFUSED.containsKey(e.number)) {
                assertFalse(outcome.errors.isEmpty(), "listed as refused, but no error" + shown);
                long lines = Math.max(1, e.markdown.lines().count());
                for (Diagnostic d : outcome.errors) {
                    assertTrue(d.location().line() >= 1 && d.location().line() <= lines && d.location().column() >= 1,
                            "error not located in the example: " + d + shown);
                }
                return;
            }
            assertEquals(List.of(), outcome.errors, "Gloss refuses an example not listed as refused" + shown);
            Deviation deviation = DEVIATIONS.get(e.number);
            if (deviation != null) {
                assertFalse(asSpecified(e, outcome), "listed as a deviation but renders as specified" + shown);
                assertEquals(SpecHtml.normalize(deviation.undo(e.html)), SpecHtml.normalize(deviation.undo(outcome.html)),
                        "differs by more than " + deviation.reason + shown);
            } else {
                assertEquals(SpecHtml.normalize(e.html), SpecHtml.normalize(outcome.html), "HTML" + shown);
            }
        }));
    }

    /** The Java normaliser gives what the spec's normalize.py gave (stored by the generator) for every example. */
    @Test
    void theNormaliserMatchesTheSpecRunners() {
        List<String> differ = new ArrayList<>();
        for (Example e : examples()) {
            if (!SpecHtml.normalize(e.html).equals(e.normalized)) differ.add(e.number + ": " + SpecHtml.normalize(e.html) + " vs " + e.normalized);
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theListsAreShortAndNameRealExamples() {
        List<Example> all = examples();
        assertEquals(652, all.size());
        Set<Integer> numbers = all.stream().map(Example::number).collect(Collectors.toSet());
        Set<Integer> listed = new TreeSet<>(DEVIATIONS.keySet());
        listed.addAll(REFUSED.keySet());
        listed.removeAll(numbers);
        assertEquals(Set.of(), listed);
        long specified = all.stream().filter(e -> asSpecified(e, gloss(e))).count();
        Map<Deviation, Set<Integer>> byKind = new java.util.TreeMap<>();
        DEVIATIONS.forEach((number, kind) -> byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(number));
        System.out.printf("CommonMark 0.31.2: %d/%d examples render as specified; deliberate deviations %s;"
                        + " %d refused with a located error %s%n", specified, all.size(), byKind, REFUSED.size(),
                new TreeSet<>(REFUSED.keySet()));
    }
}
