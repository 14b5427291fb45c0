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
        /**
         * A body with raw HTML is rebuilt from the allowlist before it is published (gloss.html.BodySanitizer):
         * comments dropped, markup balanced and written out again. The same rebuilding of the spec's HTML
         * must give Gloss's HTML.
         */
        SANITIZED("a body with raw HTML is rebuilt from the allowlist: comments dropped, markup balanced") {
            @Override
            String undo(String html) {
                return gloss.html.BodySanitizer.clean(html);
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
            Map.entry(600, Deviation.EXTERNAL_LINK), Map.entry(603, Deviation.EXTERNAL_LINK),
            Map.entry(21, Deviation.SANITIZED), Map.entry(31, Deviation.SANITIZED), Map.entry(148, Deviation.SANITIZED),
            Map.entry(149, Deviation.SANITIZED), Map.entry(151, Deviation.SANITIZED), Map.entry(155, Deviation.SANITIZED),
            Map.entry(160, Deviation.SANITIZED), Map.entry(165, Deviation.SANITIZED), Map.entry(174, Deviation.SANITIZED),
            Map.entry(175, Deviation.SANITIZED), Map.entry(177, Deviation.SANITIZED), Map.entry(179, Deviation.SANITIZED),
            Map.entry(180, Deviation.SANITIZED), Map.entry(181, Deviation.SANITIZED), Map.entry(183, Deviation.SANITIZED),
            Map.entry(184, Deviation.SANITIZED), Map.entry(187, Deviation.SANITIZED), Map.entry(190, Deviation.SANITIZED),
            Map.entry(191, Deviation.SANITIZED), Map.entry(308, Deviation.SANITIZED), Map.entry(309, Deviation.SANITIZED),
            Map.entry(344, Deviation.SANITIZED), Map.entry(476, Deviation.SANITIZED), Map.entry(477, Deviation.SANITIZED),
            Map.entry(494, Deviation.SANITIZED), Map.entry(623, Deviation.SANITIZED), Map.entry(625, Deviation.SANITIZED),
            Map.entry(626, Deviation.SANITIZED), Map.entry(627, Deviation.SANITIZED), Map.entry(628, Deviation.SANITIZED),
            Map.entry(630, Deviation.SANITIZED), Map.entry(631, Deviation.SANITIZED), Map.entry(642, Deviation.SANITIZED),
            Map.entry(643, Deviation.SANITIZED));

    /**
     * Gloss's checks refuse these notes with a located error rather than render them. The raw-HTML
     * policy of the note checks decides this list; an example it refuses belongs here, not in the
     * comparison.
     */
    static final Map<Integer, String> REFUSED = Map.ofEntries(
            Map.entry(170, "raw <script> in a note (notes may not run script)"),
            Map.entry(178, "raw <script> in a note (notes may not run script)"),
            Map.entry(150, "raw HTML <foo>: a tag outside the allowlist"),
            Map.entry(163, "raw HTML <warning>: a tag outside the allowlist"),
            Map.entry(201, "raw HTML <bar>: a tag outside the allowlist"),
            Map.entry(491, "raw HTML <foo>: a tag outside the allowlist"),
            Map.entry(524, "raw HTML <bar>: a tag outside the allowlist"),
            Map.entry(536, "raw HTML <bar>: a tag outside the allowlist"),
            Map.entry(613, "raw HTML <bab>: a tag outside the allowlist"),
            Map.entry(614, "raw HTML <b2>: a tag outside the allowlist"),
            Map.entry(615, "raw HTML <b2>: a tag outside the allowlist"),
            Map.entry(617, "raw HTML <responsive-image>: a tag outside the allowlist"),
            Map.entry(156, "raw HTML attribute '*hi*' on <div>: an attribute outside the allowlist"),
            Map.entry(157, "raw HTML attribute 'foo' on <div>: an attribute outside the allowlist"),
            Map.entry(158, "raw HTML attribute '*???-&&&-<---' on <div>: an attribute outside the allowlist"),
            Map.entry(169, "raw HTML attribute 'language' on <pre>: an attribute outside the allowlist"),
            Map.entry(616, "raw HTML attribute 'foo' on <a>: an attribute outside the allowlist"),
            Map.entry(171, "raw <textarea> (its text would swallow the rest of the page)"),
            Map.entry(172, "raw <style> (page-level)"),
            Map.entry(173, "raw <style> (page-level)"),
            Map.entry(176, "raw <style> (page-level)"),
            Map.entry(182, "CDATA (browsers read it as a comment that ends at the first '>')"),
            Map.entry(629, "CDATA (browsers read it as a comment that ends at the first '>')"),
            Map.entry(596, "a link with the irc: scheme (links are http, https, mailto or inside the site)"),
            Map.entry(598, "a link with the a+b+c: scheme (links are http, https, mailto or inside the site)"),
            Map.entry(599, "a link with the made-up-scheme: scheme (links are http, https, mailto or inside the site)"),
            Map.entry(601, "a link with the localhost: scheme (links are http, https, mailto or inside the site)"));

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
