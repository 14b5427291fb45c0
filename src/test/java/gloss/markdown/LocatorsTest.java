package gloss.markdown;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Locator and suffix as citeproc splits them (the corpus test checks hundreds more against citeproc itself). */
class LocatorsTest {
    private static String split(String suffix) {
        Locators.Split s = Locators.split(suffix);
        return s.locator().map(l -> "<" + l + ">").orElse("-") + " " + s.suffix();
    }

    @Test
    void aTermAndNumbers() {
        assertEquals("<p. 33> ", split(", p. 33"));
        assertEquals("<pp. 33-35> and passim", split(", pp. 33-35 and passim"));
        assertEquals("<pp. 33, 35-37> , and nowhere else", split("pp. 33, 35-37, and nowhere else"));
        assertEquals("<Chap. 2> ", split(", Chap. 2"));
        assertEquals("<sub verbo 12> ", split(", sub verbo 12"));
        assertEquals("<§§ 4-5> ", split(", §§ 4-5"));
        assertEquals("<p. xiv> ", split(", p. xiv"));
        assertEquals("- , s 12(3)(a)", split(", s 12(3)(a)"));
        assertEquals("<12(3)(a)> ", split(", 12(3)(a)"));
    }

    @Test
    void withoutATermOnlyDigitsMakeAPage() {
        assertEquals("<33> ", split(", 33"));
        assertEquals("<33-35, 38> ", split(", 33-35, 38"));
        assertEquals("- , xiv", split(", xiv"));
        assertEquals("- , passim", split(", passim"));
        assertEquals("- and elsewhere", split("and elsewhere"));
    }

    @Test
    void bracesMakeALocatorOfAnything() {
        assertEquals("<iv, 3> ", split(", {iv, 3}"));
        assertEquals("<pp. iv, vi-xi> with suffix", split(", {pp. iv, vi-xi} with suffix"));
        assertEquals("- , 99 years later", split("{}, 99 years later"));
        assertEquals("- {unclosed", split("{unclosed"));
    }

    @Test
    void pointIsAGlossTerm() {
        assertEquals("<point 21(d)> ", split(", point 21(d)"));
        assertEquals("<points 3-4> ", split(", points 3-4"));
    }

    @Test
    void emptyWhenThereIsNothing() {
        assertEquals(new Locators.Split(Optional.empty(), ""), Locators.split(""));
    }
}
