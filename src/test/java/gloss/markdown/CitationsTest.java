package gloss.markdown;

import gloss.content.Body;
import gloss.content.Location;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static gloss.markdown.CiteItem.Mode.AUTHOR_IN_TEXT;
import static gloss.markdown.CiteItem.Mode.NORMAL;
import static gloss.markdown.CiteItem.Mode.SUPPRESS_AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every citation form through {@link Markdown#parse}: the items it gives, where they are, and the tree around them. */
class CitationsTest {
    private static final Markdown MARKDOWN = new Markdown();
    private static final Location START = new Location(Path.of("note.md"), 10, 1);

    private static ParsedBody parse(String markdown) {
        return MARKDOWN.parse(new Body(markdown, START));
    }

    private static List<Citation> citations(ParsedBody parsed) {
        List<Citation> out = new ArrayList<>();
        parsed.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation c) out.add(c);
                visitChildren(node);
            }
        });
        return out;
    }

    /** key, mode, prefix, locator, suffix of one item, e.g. "doe99 NORMAL <see> <pp. 33-35> <and passim>". */
    private static String show(CiteItem i) {
        return i.key() + " " + i.mode() + " <" + i.prefix() + "> <" + i.locator().orElse("") + "> <" + i.suffix() + ">";
    }

    private static List<String> items(String markdown) {
        return citations(parse(markdown)).stream()
                .map(c -> c.items().stream().map(CitationsTest::show).collect(Collectors.joining(" ; ")))
                .toList();
    }

    @Test
    void aGroupWithPrefixLocatorAndSuffixPerItem() {
        assertEquals(List.of("doe99 NORMAL <see> <pp. 33-35> <and passim> ; smith04 NORMAL <> <chap. 1> <>"),
                items("Blah blah [see @doe99, pp. 33-35 and *passim*; @smith04, chap. 1]."));
    }

    @Test
    void locatorsWithAndWithoutCommaTermsAndBraces() {
        assertEquals(List.of("a NORMAL <> <p. 33> <>"), items("[@a p. 33]"));
        assertEquals(List.of("a NORMAL <> <33> <>"), items("[@a, 33]"));
        assertEquals(List.of("a NORMAL <> <Chap. 2> <, and more>"), items("[@a, Chap. 2, and more]"));
        assertEquals(List.of("a NORMAL <> <§ 4> <> ; b NORMAL <> <> <>"), items("[@a, &sect; 4; @b]"));
        assertEquals(List.of("a NORMAL <> <p. [4]> <>"), items("[@a, p. [4]]"));
        assertEquals(List.of("a NORMAL <> <iv, 3> <and more>"), items("[@a {iv, 3} and more]"));
        assertEquals(List.of("smith NORMAL <> <> <, 99 years later>"), items("[@smith{}, 99 years later]"));
        assertEquals(List.of("plan NORMAL <> <point 21(d)> <>"), items("[@plan, point 21(d)]"));
        assertEquals(List.of("a NORMAL <> <> <, passim>"), items("[@a, passim]"));
    }

    @Test
    void theThreeModes() {
        assertEquals(List.of("a SUPPRESS_AUTHOR <> <> <>"), items("Smith says [-@a]."));
        assertEquals(List.of("a AUTHOR_IN_TEXT <> <> <>"), items("@a says blah."));
        assertEquals(List.of("a AUTHOR_IN_TEXT <> <p. 4> <>"), items("@a [p. 4] says blah."));
        assertEquals(List.of("a AUTHOR_IN_TEXT <> <> <> ; b NORMAL <see> <> <> ; c NORMAL <> <> <>"),
                items("@a [see @b; @c] agree."));
        List<Citation> two = citations(parse("@a says [@b]."));
        assertTrue(two.get(0).inText());
        assertFalse(two.get(1).inText());
        assertEquals(List.of(AUTHOR_IN_TEXT, NORMAL, SUPPRESS_AUTHOR),
                citations(parse("@a [@b] [-@c]")).stream().flatMap(c -> c.items().stream()).map(CiteItem::mode).toList());
    }

    @Test
    void keysAsPandocDefinesThem() {
        assertEquals(List.of("a.b NORMAL <> <> <>"), items("[@{a.b}]"));
        assertEquals(List.of("Foo_bar.baz AUTHOR_IN_TEXT <> <> <>"), items("In @Foo_bar.baz. the period ends the sentence."));
        assertEquals(List.of("Foo_bar AUTHOR_IN_TEXT <> <> <>"), items("@Foo_bar--baz"));
        assertEquals(List.of("Пётр2020 NORMAL <> <> <> ; http://example.org/x NORMAL <> <> <>"),
                items("[@Пётр2020; @http://example.org/x]"));
    }

    @Test
    void adjacentBracketsAreTwoCitationsAsInPandoc() {
        assertEquals(List.of("a AUTHOR_IN_TEXT <> <> <>", "b NORMAL <> <> <>"), items("[@a][@b]"));
        assertEquals(List.of("a NORMAL <> <> <>", "b NORMAL <> <> <>"), items("[@a] [@b]"));
    }

    @Test
    void lineBreaksWhereverWhiteSpaceMayBe() {
        assertEquals(List.of("a NORMAL <see also> <pp. 33-35> <and more> ; b NORMAL <> <> <>"),
                items("A claim [see\nalso @a, pp.\n33-35 and\nmore;\n@b\n]."));
        assertEquals(List.of("a AUTHOR_IN_TEXT <> <p. 4> <>"), items("As\n@a\n[p. 4] shows."));
    }

    @Test
    void eachItemIsLocatedAtItsKeyInTheFile() {
        ParsedBody parsed = parse("Intro.\n\n> A quote [see @a,\n> p. 4; @b]\n\n- item\n  continued @c.\n");
        List<CiteItem> all = citations(parsed).stream().flatMap(c -> c.items().stream()).toList();
        assertEquals(List.of("note.md:12:16", "note.md:13:9", "note.md:16:13"),
                all.stream().map(i -> parsed.locate(i).toString()).toList());
    }

    @Test
    void textAroundACitationKeepsItsPlaceAndSourceSpans() {
        ParsedBody parsed = parse("Before *it [@a]* after\n@b [p.\n4] end.");
        Node paragraph = parsed.document().getFirstChild();
        Node before = paragraph.getFirstChild();
        assertEquals("Before ", ((Text) before).getLiteral());
        Emphasis emphasis = assertInstanceOf(Emphasis.class, before.getNext());
        assertInstanceOf(Citation.class, emphasis.getLastChild());
        Text after = (Text) emphasis.getNext();
        assertEquals(" after", after.getLiteral());
        assertEquals(List.of(SourceSpan.of(0, 16, 16, 6)), after.getSourceSpans());
        Citation inText = (Citation) after.getNext().getNext();
        assertEquals(List.of(SourceSpan.of(1, 0, 23, 6), SourceSpan.of(2, 0, 30, 2)), inText.getSourceSpans());
        Text end = (Text) inText.getNext();
        assertEquals(" end.", end.getLiteral());
        assertEquals(List.of(SourceSpan.of(2, 2, 32, 5)), end.getSourceSpans());
    }

    @Test
    void citationsInHeadingsAndTableCells() {
        assertEquals(List.of("a NORMAL <> <> <>"), items("# A heading [@a]"));
        assertInstanceOf(Heading.class, citations(parse("# A heading [@a]")).get(0).getParent());
        assertEquals(List.of("a NORMAL <> <> <> ; b NORMAL <> <> <>"),
                items("| Claim | Source |\n|---|---|\n| x | [@a; @b] |\n"));
    }

    @Test
    void knownNonCitationsStayText() {
        for (String text : List.of("Mail press@example.org or x.@y now.", "Follow @user@mastodon.social today.",
                "See https://mastodon.social/@user today.", "Write `[@a]` and `@b`.", "Not cited: \\@a.",
                "```\n[@a] @b\n```", "An @ alone, [@] and [@ a].", "A [link](https://example.org/@a).")) {
            assertEquals(List.of(), items(text), text);
        }
    }

    @Test
    void renderingKeepsTheSpaceBeforeAnInTextCitationOnly() {
        CitationMarkers numbers = (citation, from) -> "<sup>" + citation.items().get(0).key() + "</sup>";
        assertEquals("<p>As <sup>a</sup> says, it held<sup>b</sup>.</p>\n",
                MARKDOWN.render(parse("As @a says, it held [@b]."), BodyLinks.NONE, "", numbers));
    }

    @Test
    void placeholderCharactersTypedInANoteCannotBreakIt() {
        assertEquals(List.of("a NORMAL <> <> <>"), items("x \uFDD0\uFDD2 [@a] \uFDD1"));
    }

    /**
     * Hostile input must not make parsing blow up (pandoc itself is exponential in runs of '['). The bound
     * is a hang detector, not a speed test: these take well under a second, and an exponential parse
     * would take hours, so a generous limit keeps the test meaningful on a loaded machine.
     */
    @Test
    void hostileBracketsAndDelimitersParseInTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            parse("[".repeat(20_000) + "@a" + "]".repeat(5_000));
            parse("[@a, " + "*b ".repeat(10_000) + "; @c]");
            parse("[@wire-one".repeat(3_000));
            parse("@a@b".repeat(5_000));
            parse("`".repeat(3_000) + "@a");
        });
    }
}
