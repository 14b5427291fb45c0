package gloss.pipeline;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static gloss.pipeline.CorrectionsTest.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quote in another language is marked with its language ({@code lang}) and shown with its English
 * translation and the translation's source, on the reaction's page and wherever its card appears.
 */
class QuoteTranslationTest {
    private static final String R1 = "content/reactions/2025-11-21-alice-statement.md";
    private static final String GERMAN = """
            quote: "Das ist nicht hinnehmbar."
            quote_lang: de
            quote_translation: "This is not acceptable."
            quote_translation_sources: [wire-one]
            """;

    private static Path project(Path dir, String quoteLines) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        edit(root, R1, "quote: \"This is not acceptable.\"\n", quoteLines);
        return root;
    }

    @Test
    void aGermanQuoteCarriesItsLanguageAndTranslationOnItsPageAndOnTheHomePage(@TempDir Path dir) throws IOException {
        Path root = project(dir, GERMAN);
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        for (String page : new String[] {"reactions/2025-11-21-alice-statement/index.html", "index.html"}) {
            Document doc = Jsoup.parse(root.resolve("site").resolve(page).toFile(), "UTF-8");
            Element quote = doc.selectFirst("blockquote.quote");
            assertNotNull(quote, page);
            assertEquals("de", quote.attr("lang"), page);
            assertTrue(quote.text().startsWith("“Das ist nicht hinnehmbar.”"), quote.text());
            Element translation = quote.nextElementSibling();
            assertEquals("quote-translation", translation.className(), page);
            assertTrue(translation.text().startsWith("In English (translated from German): “This is not acceptable.”"),
                    translation.text());
            assertTrue(translation.closest("[lang=de]") == null, "the translation is not marked as German");
            Element marker = translation.selectFirst("a.cite-ref");
            assertEquals("wire-one", marker.attr("data-source"), "the translation cites its source");
            assertNotNull(doc.getElementById(marker.attr("href").substring(1)), page + ": its reference is listed");
        }
    }

    @Test
    void aTranslationWithoutSourceIsTheEditors(@TempDir Path dir) throws IOException {
        Path root = project(dir, GERMAN.replace("quote_translation_sources: [wire-one]\n", ""));
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        Document doc = Jsoup.parse(root.resolve("site/reactions/2025-11-21-alice-statement/index.html").toFile(), "UTF-8");
        Element translation = doc.selectFirst("p.quote-translation");
        assertEquals("In English (translated from German by the editors): “This is not acceptable.”", translation.text());
        assertNull(translation.selectFirst("a.cite-ref"));
    }

    @Test
    void anEnglishQuoteStaysAsItWas(@TempDir Path dir) throws IOException {
        Path root = project(dir, "quote: \"This is not acceptable.\"\n");
        assertEquals(0, Projects.gloss("build", "--root", root.toString()).exit());
        Document doc = Jsoup.parse(root.resolve("site/reactions/2025-11-21-alice-statement/index.html").toFile(), "UTF-8");
        assertFalse(doc.selectFirst("blockquote.quote").hasAttr("lang"));
        assertNull(doc.selectFirst("p.quote-translation"));
    }

    @Test
    void incompleteLanguageFieldsAreErrorsWhereWritten(@TempDir Path dir) throws IOException {
        Path noTranslation = project(dir.resolve("a"), "quote: \"Das ist nicht hinnehmbar.\"\nquote_lang: de\n");
        Projects.Run run = Projects.gloss("check", "--root", noTranslation.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(R1 + ":10:13: error: a quote in another language needs an English quote_translation"), run.err());

        Path noLanguage = project(dir.resolve("b"), "quote: \"Das ist nicht hinnehmbar.\"\nquote_translation: \"This.\"\n");
        run = Projects.gloss("check", "--root", noLanguage.toString());
        assertTrue(run.err().contains(R1 + ":10:20: error: quote_translation needs quote_lang, the language of the original"), run.err());

        Path badTag = project(dir.resolve("c"), GERMAN.replace("quote_lang: de", "quote_lang: German"));
        run = Projects.gloss("check", "--root", badTag.toString());
        assertTrue(run.err().contains(R1 + ":10:13: error: 'German' is not a language tag"), run.err());

        Path foreignSource = project(dir.resolve("d"), GERMAN.replace("[wire-one]", "[state-three]"));
        run = Projects.gloss("check", "--root", foreignSource.toString());
        assertTrue(run.err().contains(R1 + ":12:29: error: translation source 'state-three' is not among the reaction's sources"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
