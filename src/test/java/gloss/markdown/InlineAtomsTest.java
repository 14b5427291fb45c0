package gloss.markdown;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The raw-HTML and autolink patterns the citation scanner skips over must take time in proportion to the
 * text. The fuzzer found in CI that a long paragraph of citations with comments that never close hung the
 * build (each '<!--' was matched to the end of the paragraph on every path through the brackets). The time
 * limits are not speed tests but hang detectors: the old code did not finish the second test in minutes.
 */
class InlineAtomsTest {
    @Test
    void anUnclosedTagWithManySpacedAttributesIsReadInLinearTime() {
        String tag = "<a" + "  b".repeat(40) + "  ";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals(-1, InlineAtoms.angle(tag, 0)));
        String values = "<a" + "  b  =  c".repeat(20) + "  \n  ";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals(-1, InlineAtoms.angle(values, 0)));
        String inCitation = "[see @a, " + tag + "]";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CitationScanner.scan(inCitation, k -> false));
    }

    /**
     * The fuzzer's other hang: a 200 KB paragraph of citations full of comments that never close. Each '<!--'
     * used to be matched by a lazy pattern to the end of the paragraph, again on every path pandoc's grammar
     * tries through the brackets; now each position is read once.
     */
    @Test
    void aLongParagraphOfUnclosedCommentsInCitationsIsReadOnce() {
        String paragraph = "[see @a, <!-- x [@b; <? y <![CDATA[ z ".repeat(5_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CitationScanner.scan(paragraph, k -> false));
    }

    @Test
    void tagsAreStillReadAsCommonMarkDefinesThem() {
        for (String tag : new String[] {"<a b>", "<a  b  >", "<a\n b=c/>", "<a b = 'c d'>", "<a b=\"c\"\n  d=e />", "</a  >",
                "<a\tb\t=\n\tc>", "<https://example.org>", "<x@example.org>"}) {
            assertEquals(tag.length(), InlineAtoms.angle(tag + "rest", 0), tag);
        }
        assertEquals(-1, InlineAtoms.angle("<a b\n\nc>", 0), "a blank line ends raw HTML");
        assertEquals(-1, InlineAtoms.angle("<a b=c=d>", 0));
        assertEquals(-1, InlineAtoms.angle("<a b\n\n>", 0));
    }
}
