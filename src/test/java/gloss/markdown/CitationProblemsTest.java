package gloss.markdown;

import gloss.content.Body;
import gloss.content.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Everything that looks like a citation but is not a working one is a located error with a hint. */
class CitationProblemsTest {
    private static final Markdown MARKDOWN = new Markdown();

    /** The diagnostics of a body that starts on line 10 of note.md. */
    private static List<String> problems(String markdown) {
        ParsedBody parsed = MARKDOWN.parse(new Body(markdown, new Location(Path.of("note.md"), 10, 1)));
        return CitationProblems.find(parsed).stream().map(Object::toString).toList();
    }

    @Test
    void aCitationInsideAnothersSuffixOrPrefix() {
        assertEquals(List.of("note.md:11:14: error: citation '@b' inside another citation's prefix or suffix"
                        + " (separate the citations with ';', as in [@a; @b], or write \\@ for a literal @)"),
                problems("Intro.\nA claim [@a, @b]."));
        assertEquals(List.of("note.md:10:19: error: citation '@c' inside another citation's prefix or suffix"
                        + " (separate the citations with ';', as in [@a; @b], or write \\@ for a literal @)"),
                problems("[@a; see @b, also @c; @d]"));
        assertEquals(List.of("note.md:10:11: error: citation '@b' inside another citation's prefix or suffix"
                        + " (separate the citations with ';', as in [@a; @b], or write \\@ for a literal @)"),
                problems("[@a, see [@b]]"));
    }

    @Test
    void anEmptyKey() {
        assertEquals(List.of("note.md:10:4: error: empty citation key (write the source id after @, e.g. [@source-id])"),
                problems("A [@{}]."));
    }

    @Test
    void aCitationInLinkTextOrAnImageDescription() {
        assertEquals(List.of("note.md:10:8: error: citation inside link text (put the citation after the link: [text](url) [@source])"),
                problems("A [see @a](https://example.org)."));
        assertEquals(List.of("note.md:10:4: error: citation inside link text (put the citation after the link: [text](url) [@source])"),
                problems("A [@a](https://example.org)."));
        assertEquals(List.of("note.md:10:11: error: citation inside an image description (cite the image's source in the text next to it)"),
                problems("An ![map [@a]](map.png)."));
    }

    @Test
    void aLineThatCommonMarkReadsAsALinkReferenceDefinition() {
        assertEquals(List.of("note.md:12:1: error: '[@a]: yes.' is read as a link reference definition, so this citation"
                        + " and the text after it disappear (write [@a]\\: to keep the colon, or start the line with other words)"),
                problems("Intro [@b].\n\n[@a]: yes.\n"));
        assertEquals(List.of(), problems("Intro [@b].\n\n[@a]\\: yes.\n"));
        assertEquals(List.of(), problems("[docs]: https://example.org\n"));
    }

    @Test
    void aCitationInARawHtmlBlock() {
        assertEquals(List.of("note.md:11:6: error: citation inside a raw HTML block is not read (leave a blank line after"
                        + " the opening tag so the text is Markdown, or move the citation out of the HTML)"),
                problems("<div>\nSee [@a]\n</div>\n"));
        assertEquals(List.of("note.md:11:7: error: citation inside a raw HTML block is not read (leave a blank line after"
                        + " the opening tag so the text is Markdown, or move the citation out of the HTML)"),
                problems("> <div>\n> See @a\n> </div>\n"));
        assertEquals(List.of(), problems("<div title=\"[@a]\">\n<!-- @todo check -->\nMail press@example.org or @user@mastodon.social\n</div>\n"));
        assertEquals(List.of(), problems("<div>\n\nSee [@a]\n\n</div>\n"));
    }

    @Test
    void knownNonCitationsAreNotProblems() {
        for (String text : List.of("Mail press@example.org, x_@y.org or x.@y now.", "Follow @user@mastodon.social.",
                "See https://mastodon.social/@user and www.example.org/@user.", "Write `[@a]`, `@b` and \\@c.",
                "```\n[@a, @b] @c\n```", "    [@a, @b]", "An @ alone, [@] and [@ a].", "A [link](https://example.org/@a)",
                "<span title=\"[@a, @b]\">x</span> [@c]")) {
            assertEquals(List.of(), problems(text), text);
        }
    }

    @Test
    void aParagraphTooTangledToReadIsReportedNotDropped() {
        assertEquals(List.of("note.md:10:1: error: too many nested or unclosed brackets and delimiters to read the citations"
                        + " of this paragraph (close or escape the stray brackets (write \\[ for a literal one), or split the paragraph)"),
                problems("[@wire-one".repeat(600)));
    }
}
