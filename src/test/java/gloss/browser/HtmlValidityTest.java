package gloss.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu, run in-process) finds no error in any HTML file
 * of the real built site. Needs no browser, so it runs everywhere.
 */
@ExtendWith(BuiltSite.Extension.class)
class HtmlValidityTest {
    static BuiltSite site;

    @BeforeAll
    static void build(BuiltSite builtSite) {
        site = builtSite.require();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        System.setProperty("nu.validator.datatype.warn", "false");
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(where(e) + ": error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(where(e) + ": fatal: " + e.getMessage());
            }
        };
        long start = System.nanoTime();
        // Without language detection (its warnings are not errors, and it is slow).
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        long setUp = System.nanoTime();
        List<String> files = site.htmlFiles();
        for (String file : files) {
            validator.checkHtmlFile(site.dir().resolve(file).toFile(), true);
        }
        long end = System.nanoTime();
        System.out.printf("[vnu] %d HTML files checked in %d ms (schema set-up %d ms): %d errors%n", files.size(),
                (end - setUp) / 1_000_000, (setUp - start) / 1_000_000, errors.size());
        assertTrue(files.size() > 1, "files checked: " + files.size());
        assertEquals("", String.join("\n", errors.stream().limit(200).toList()),
                errors.size() + " errors in the built site");
    }

    private String where(SAXParseException e) {
        String id = e.getSystemId() == null ? "?" : e.getSystemId();
        String prefix = site.dir().toUri().toString();
        if (id.startsWith(prefix)) id = id.substring(prefix.length());
        return id + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
    }
}
