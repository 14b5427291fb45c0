package gloss.pipeline;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page of a built site declares the Content-Security-Policy before anything it could govern, and
 * needs nothing the policy forbids: no inline script (the JSON-LD block is data), no script from another
 * origin. What the policy does in a browser is tested in {@code gloss.browser.UnsafeHtmlTest}.
 */
class ContentSecurityPolicyTest {
    static final String POLICY = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'";

    @Test
    void everyPageCarriesThePolicyFirstAndKeepsToIt(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root.resolve("site"))) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = root.resolve("site").relativize(page).toString();
            Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            if (csp == null) {
                problems.add(name + ": no Content-Security-Policy");
                continue;
            }
            if (!csp.attr("content").equals(POLICY)) problems.add(name + ": policy is " + csp.attr("content"));
            Element first = doc.head().children().stream().filter(e -> !e.is("meta[charset]")).findFirst().orElseThrow();
            if (first != csp) problems.add(name + ": the policy comes after <" + first.tagName() + ">");
            for (Element script : doc.select("script")) {
                boolean data = script.attr("type").equals("application/ld+json");
                boolean external = script.hasAttr("src") && script.data().isEmpty();
                if (!data && !external) problems.add(name + ": inline script " + script.outerHtml());
                if (external && (script.attr("src").contains("//") || script.attr("src").contains(":"))) {
                    problems.add(name + ": script from another origin " + script.attr("src"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
