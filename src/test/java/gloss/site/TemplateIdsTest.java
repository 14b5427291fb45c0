package gloss.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A heading in a note must never take an id the page template writes itself (a page with "## Corrections"
 * once had two elements with id="corrections"). The headings keep clear of {@link Anchors}' list, so that
 * list must hold every fixed id in the built-in templates, and every made-up id must follow a pattern it knows.
 */
class TemplateIdsTest {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    @Test
    void everyIdTheTemplatesWriteIsKeptClearOfHeadings() throws IOException {
        Set<String> fixed = new TreeSet<>();
        Set<String> unknownPatterns = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                Matcher m = ID.matcher(Files.readString(f));
                while (m.find()) {
                    String id = m.group(1);
                    if (!id.contains("${")) fixed.add(id);
                    else if (!id.startsWith("${")) {
                        // a prefix and an expression: the prefix must be one Anchors knows is made per item
                        String prefix = id.substring(0, id.indexOf("${"));
                        if (!Anchors.isGenerated(prefix + "x")) unknownPatterns.add(f.getFileName() + ": " + id);
                    }
                }
            }
        }
        assertTrue(fixed.size() > 10, "the templates were read: " + fixed);
        Set<String> missing = new TreeSet<>(fixed);
        missing.removeIf(Anchors::isTemplateId);
        assertEquals(Set.of(), missing, "ids in templates/ that headings do not keep clear of: add them to Anchors.TEMPLATE_IDS");
        assertEquals(Set.of(), unknownPatterns);
    }
}
