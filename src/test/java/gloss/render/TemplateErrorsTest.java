package gloss.render;

import gloss.Projects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template that does not parse is one diagnostic, at the template's own line and column with
 * FreeMarker's message, however many pages use it, and without the broken-link errors of the pages it
 * could not make (issue 11 found the message lost under about 78 of them).
 */
class TemplateErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a page template used by a few pages
            "page.ftlh|<h1>${meta.title}</h1>|<h1>${meta.title</h1>|templates/page.ftlh:{+0}:46: error: template syntax error: Encountered \"/\", but was expecting one of these patterns: <STRING_LITERAL>, <RAW_STRING>",
            // the layout every page imports
            "layout.ftlh|<#if meta.crumbs?has_content>|<#if meta.crumbs?has_content|templates/layout.ftlh:{+1}:6: error: template syntax error: Encountered \"class\"",
            // an unclosed directive
            "provision.ftlh|</#list>|</#lis>|templates/provision.ftlh:",
    })
    void oneDiagnosticWithFreeMarkersMessageAndNoFollowOnErrors(String template, String find, String replace, String expected,
                                                                 @TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path file = root.resolve("templates").resolve(template);
        String text = Files.readString(file);
        assertTrue(text.contains(find), template + " still contains " + find);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace)));
        // "{+1}" is the line after the one edited: the templates change, the place FreeMarker reports relative to the slip does not
        int line = 1 + (int) text.substring(0, text.indexOf(find)).chars().filter(c -> c == '\n').count();
        java.util.regex.Matcher offset = java.util.regex.Pattern.compile("\\{\\+(\\d+)}").matcher(expected);
        String want = offset.find() ? offset.replaceFirst(String.valueOf(line + Integer.parseInt(offset.group(1)))) : expected;
        for (String command : List.of("build", "check")) {
            Projects.Run run = Projects.gloss(command, "--root", root.toString());
            assertEquals(1, run.exit(), run.err());
            List<String> lines = run.err().strip().lines().toList();
            assertTrue(lines.get(0).startsWith(want), () -> command + ": expected\n  " + want + "\nbut got\n" + run.err());
            assertTrue(lines.get(0).contains("template syntax error: "), run.err());
            assertEquals("1 error, 0 warnings in 1 file", lines.get(1), run.err());
        }
    }
}
