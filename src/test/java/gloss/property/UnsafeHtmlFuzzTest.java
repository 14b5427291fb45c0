package gloss.property;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gloss.Projects;
import gloss.pipeline.Pipeline;
import gloss.check.BodyRules;
import gloss.content.Body;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.html.BodySanitizer;
import gloss.markdown.Markdown;
import gloss.markdown.StandInLinks;
import gloss.markdown.ParsedBody;
import gloss.markdown.RawHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing of raw HTML in note bodies: the fuzzer assembles HTML-heavy Markdown from
 * pieces that have broken sanitizers before (raw-text elements, comments, CDATA, quotes, foreign
 * content, handlers, URLs, Markdown that ends a block mid-tag) and from its own bytes, repeated up to
 * 200 kilobytes. For every input:
 * <ul>
 *   <li>the check and the sanitizer agree: a body the check accepts is one the sanitizer leaves whole
 *       (so nothing is ever dropped silently), and what a page publishes never holds an element or
 *       attribute outside the allowlist;</li>
 *   <li>every diagnostic points inside the body;</li>
 *   <li>one input in sixteen goes through the whole pipeline as a page of the fixture project: a site
 *       or diagnostics, never an exception, and the published page's body is clean.</li>
 * </ul>
 * {@code mvn test} replays the stored inputs (src/test/resources/gloss/property/UnsafeHtmlFuzzTestInputs);
 * {@code mvn verify} fuzzes it for the time below (the {@code fuzz} execution of the pom, with JAZZER_FUZZ=1).
 */
class UnsafeHtmlFuzzTest {
    private static final Markdown MARKDOWN = new Markdown();
    /** The body's first line: wholePipeline writes three lines of front matter before it. */
    private static final int BODY_LINE = 4;
    private static final List<String> PIECES = List.of(
            "<textarea>", "</textarea>", "<style>", "</style>", "<title>", "</title>", "<xmp>", "<noembed>", "<noscript>",
            "</noscript>", "<plaintext>", "<script>", "</script>", "<iframe>", "<template>", "<select>", "<option>",
            "<!--", "-->", "--!>", "<![CDATA[", "]]>", "<?x ", "<!x ", "<svg>", "</svg>", "<math>", "<mtext>", "<mglyph>",
            "<table>", "<td>", "</table>", "<p>", "</p>", "<div>", "</div>", "<details open>", "</details>", "<a href=\"",
            "<img src=x ", "<img title=\"", "<div title='", "<span ", "<b>", "</b>", "\"", "'", ">", "<", "/>", " onerror=x ",
            " onload=x", " style=x ", " href=javascript:x ", " src=\"data:text/html,x\" ", " xlink:href=x ", " srcset=x ",
            "<body onload=x>", "<html lang=x>", "<base href=//x>", "<meta http-equiv=refresh content=0>", "<link rel=x>",
            "&#11;", "&lt;", "&quot;", "&#x6A;avascript:", "\n", "\n\n", "\n\n", "    ", "> ", "- ", "1. ", "# ", "```\n",
            "|a|b|\n|-|-|\n|", "[x](javascript:x)", "[x](provision:1)", "[@a]", "![i](x.png)", "<https://x.org>", "*", "_",
            "[^1]", "\n\n[^1]: note", "<abbr title=\"x\">", "</abbr>", "<sup>", "<code>", "&amp;");

    private static Path root;
    private static final Map<Path, byte[]> originals = new java.util.TreeMap<>();

    @BeforeAll
    static void copyFixture() throws IOException {
        root = Files.createTempDirectory("gloss-html-fuzz");
        Projects.fixtureCopy(root.resolve("p"));
        Path about = root.resolve("p/content/pages/about.md");
        originals.put(about, Files.readAllBytes(about));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @FuzzTest(maxDuration = "25s")
    void theCheckAndTheSanitizerAgreeAndNothingUnsafeIsPublished(FuzzedDataProvider data) throws IOException {
        boolean wholePipeline = data.consumeInt(0, 15) == 0;
        String markdown = body(data);
        ParsedBody parsed = MARKDOWN.parse(new Body(markdown, new Location(Path.of("content/pages/about.md"), BODY_LINE, 1)));
        Diagnostics diagnostics = new Diagnostics();
        BodyRules.check(parsed, false, diagnostics);
        long lines = markdown.lines().count() + 1;
        for (Diagnostic d : diagnostics.sorted()) {
            int line = d.location().line();
            assertTrue(line >= BODY_LINE && line <= BODY_LINE + lines, () -> "a diagnostic outside the body: " + d);
        }
        if (RawHtml.present(parsed)) {
            RawHtml.Rendering checked = RawHtml.rendering(parsed);
            if (!diagnostics.hasErrors()) {
                assertNull(BodySanitizer.firstRemoval(checked.html()),
                        () -> "the check accepted what the sanitizer removes:\n" + markdown + "\n---\n" + checked.html());
            }
            String published = StandInLinks.render(MARKDOWN, parsed);
            assertNull(BodySanitizer.firstRemoval(published), () -> "a page would publish:\n" + published);
        }
        if (wholePipeline) wholePipeline(markdown);
    }

    /** The body as a page of the fixture: a site or diagnostics, and the page's body, if any, is clean. */
    private static void wholePipeline(String markdown) throws IOException {
        Path project = root.resolve("p");
        Path about = project.resolve("content/pages/about.md");
        try {
            Files.writeString(about, "---\ntitle: About\n---\n" + markdown, StandardCharsets.UTF_8);
            Diagnostics diagnostics = new Diagnostics();
            Optional<Map<String, byte[]>> site = new Pipeline().run(new Pipeline.Options(project, false), diagnostics);
            if (site.isEmpty()) {
                assertTrue(diagnostics.hasErrors(), "no site and no error to say why");
                return;
            }
            assertFalse(diagnostics.hasErrors(), "a site although there were errors");
            Element prose = Jsoup.parse(new String(site.get().get("about/index.html"), StandardCharsets.UTF_8)).selectFirst("div.prose");
            assertTrue(prose != null, "the about page has its body");
            assertNull(BodySanitizer.firstRemoval(prose.html()), () -> "the site publishes:\n" + prose.html());
        } finally {
            Files.write(about, originals.get(about));
        }
    }

    /** HTML-heavy Markdown: pieces and the fuzzer's own text, the whole repeated up to 200 kilobytes. */
    private static String body(FuzzedDataProvider data) {
        int repeat = data.consumeBoolean() ? data.consumeInt(1, 2000) : 1;
        StringBuilder chunk = new StringBuilder();
        int pieces = data.consumeInt(0, 60);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            if (data.consumeBoolean()) chunk.append(PIECES.get(data.consumeInt(0, PIECES.size() - 1)));
            else chunk.append(data.consumeString(12));
        }
        String one = chunk.toString();
        if ((long) one.length() * repeat > 200_000) repeat = Math.max(1, 200_000 / Math.max(1, one.length()));
        return one.repeat(repeat);
    }
}
