package gloss.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share of common words that decides between a word diff and two texts side by side (docs/content-format.md). */
class WordDiffTest {
    @Test
    void similarityIsTheShareOfWordsInCommonInOrder() {
        assertEquals(1.0, WordDiff.similarity("The cap is 600,000.", "the cap is 600,000"));
        assertEquals(0.0, WordDiff.similarity("Borders stay.", "Elections follow."));
        // 9 words and 11 words, 8 in common in order ("Ukraine's armed forces would be limited to ... personnel"):
        // 2 * 8 / 20 = 0.8.
        assertEquals(0.8, WordDiff.similarity("Ukraine's armed forces would be limited to 600,000 personnel.",
                "Ukraine's armed forces would be limited to 800,000 personnel in peacetime."), 1e-9);
        // Order counts: the same words reversed share one word in order.
        assertEquals(2.0 / 6, WordDiff.similarity("one two three", "three two one"), 1e-9);
    }

    @Test
    void aDiffIsShownFromHalfTheWordsInCommon() {
        assertTrue(WordDiff.helps("NATO would station no troops in Ukraine.", "NATO would station no permanent troops in Ukraine."));
        // Two different texts that share only small words: a diff would interleave them.
        assertFalse(WordDiff.helps(
                "Crimea, Luhansk and Donetsk would be recognized as Russian de facto, including by the United States.",
                "Territorial negotiations would start from the current line of contact."));
        assertTrue(WordDiff.similarity("a b c d", "a b x y") >= WordDiff.CLOSE); // 2 * 2 / 8 = 0.5: the threshold counts
        assertFalse(WordDiff.helps("a b c d", "a x y z"));
    }

    @Test
    void theDiffMarksDeletionsAndInsertionsAndEscapes() {
        assertEquals("limited to <del>600,000</del> <ins>800,000</ins> personnel <ins>in peacetime.</ins>",
                WordDiff.html("limited to 600,000 personnel.", "limited to 800,000 personnel in peacetime."));
        assertEquals("a <del>&lt;b&gt;</del> <ins>&amp;</ins> c", WordDiff.html("a <b> c", "a & c"));
    }
}
