package gloss.markdown;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossReferencesTest {
    @Test
    void parsesSchemeIdAndAnchor() {
        CrossReferences.Target t = CrossReferences.parse("provision:7#background").orElseThrow();
        assertEquals("provision", t.scheme());
        assertEquals("7", t.id());
        assertEquals(Optional.of("background"), t.anchor());
    }

    @Test
    void everySchemeOfTheContentFormatIsKnown() {
        for (String s : new String[] {"provision:1", "reaction:2025-11-21-x", "actor:a", "topic:t", "source:s", "page:about"}) {
            assertTrue(CrossReferences.isCrossReference(s), s);
        }
    }

    @Test
    void ordinaryLinksAreNotCrossReferences() {
        assertFalse(CrossReferences.isCrossReference("https://example.org"));
        assertFalse(CrossReferences.isCrossReference("mailto:a@b.c"));
        assertFalse(CrossReferences.isCrossReference("../x/"));
        assertFalse(CrossReferences.isCrossReference(null));
    }
}
