package gloss.postprocess;

import gloss.Projects;
import gloss.build.Pipeline;
import gloss.content.Diagnostics;
import gloss.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The streaming post-processor against the jsoup one it replaced ({@link JsoupReference}): on every page
 * of the real explainer and the fixture, and on hand-written pages with the markup that trips up
 * tokenizers, both must give the same document (compared after a jsoup parse of each, so only the
 * meaning of the markup counts), the same ids, the same links in the same order and the same search
 * entries.
 */
class PostProcessorTest {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheRealExplainerMatchesTheJsoupReference() {
        List<RenderedPage> pages = rendered(Projects.REPO);
        assertTrue(pages.size() > 150, "pages: " + pages.size());
        pages.forEach(PostProcessorTest::assertSameAsReference);
    }

    @Test
    void everyPageOfTheFixtureMatchesTheJsoupReference() throws IOException {
        List<RenderedPage> pages = rendered(Projects.fixtureCopy(tmp.resolve("p")));
        assertFalse(pages.isEmpty());
        pages.forEach(PostProcessorTest::assertSameAsReference);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // headings: ids from text with entities, inline markup and a citation; duplicates; existing ids
            "<main><h2>Caf&eacute; &amp; <em>bar</em><sup class=\"cite\"><a href=\"#ref-1\">1</a></sup></h2><h2>Café &amp; bar1</h2><h3 id=\"\">Empty id</h3><h4 id=\"kept\">Kept</h4><h2 id=\"x\">X</h2><h2>X</h2></main>",
            "<div id=\"same\"></div><main><h2>Same</h2><h2>Same</h2><h3>  Spaced\n\t out  </h3><h5>Not h2-h4</h5></main><h2>Outside main</h2>",
            "<main><h2>***</h2><h2></h2><h3><span>Nested <b>deep</b></span> text</h3></main>",
            // table of contents: three or more direct h2 children, fewer removes the nav
            "<main><nav class=\"toc\" data-toc data-search-skip><h2>On this page</h2></nav><div data-toc-source><h2>One</h2><section><h2>Not direct</h2></section><h2>Two &lt;b&gt;</h2><h2 id=\"own\">Three</h2></div></main>",
            "<main><nav data-toc><h2>On this page</h2></nav><div data-toc-source><h2>One</h2><h2>Two</h2></div></main>",
            // links: external get rel (replacing one), internal are collected once, schemes are ignored
            "<main><a href=\"https://example.org/?a=1&amp;b=2\">x</a><a rel=\"nofollow\" href='http://e.org'>y</a><a href=../x/>z</a><a href=\"../x/\">again</a><a href=\"mailto:a@b.c\">m</a><a href=\"//cdn\">c</a><a>no href</a><img src=\"p.png\" alt=\"\"><link rel=\"stylesheet\" href=\"s.css\"><script src=\"s.js\" defer></script><a href=\"#frag\">f</a></main>",
            // raw text, comments and other tokens a scanner must not mistake for tags
            "<main><script>var s = \"<a href='/not-a-link'><h2>no</h2>\";</script><style>h2::before{content:\"<h3>\"}</style><!-- <h2>comment</h2> <a href=\"x\"> --><p>1 < 2 and 3 > 2 &lt;h2&gt;</p><h2>After</h2></main>",
            "<main><p>a<br>b<br/>c</p><h2 data-x=a>Unquoted</h2><h3 class=\"x\"/>Self closed</h3></main>",
            // search entries: nested skips, citations and footnote back-links left out; markers removed
            "<main><article data-search-item data-search-kind=\"Provision\" data-search-title=\"Point 1: &quot;A&quot; &amp; B\"><p data-search-skip>Skip <b>me</b></p><h1>Title</h1><p>Body<sup class=\"cite\">[1]</sup> text.</p><ul><li>one</li><li>two</li></ul><a class=\"footnote-backref\" href=\"#f\">↩</a><div data-search-item data-search-kind=\"Inner\" data-search-url=\"x/#y\" data-search-title=\"In\">inner <span data-search-skip>hidden</span></div></article></main>",
            // stray and missing end tags
            "<main></span><div><h2>Open div</h2></main><p>after</p>",
    })
    void trickyMarkupMatchesTheJsoupReference(String body) {
        String html = "<!doctype html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>";
        assertSameAsReference(new RenderedPage("x/", "T", "t.ftlh", html, List.of(), List.of()));
    }

    @Test
    void pagesAreSplicedNotReserialised() {
        String html = "<!doctype html>\n<html><body><main>\n  <p class='kept'>“Quotes” &amp; &#39;entities&#39; stay as written</p>\n<h2>Heading</h2></main></body></html>";
        ProcessedPage p = PostProcessor.process(new RenderedPage("x/", "T", "t.ftlh", html, List.of(), List.of()));
        assertEquals(html.replace("<h2>", "<h2 id=\"heading\">"), p.html());
    }

    private static List<RenderedPage> rendered(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        var pages = new Pipeline().runPages(new Pipeline.Options(root, false), diagnostics);
        assertTrue(pages.isPresent(), diagnostics.sorted().toString());
        List<RenderedPage> out = new ArrayList<>();
        pages.get().pages().forEach(p -> out.add(p.page()));
        return out;
    }

    private static void assertSameAsReference(RenderedPage page) {
        ProcessedPage expected = JsoupReference.process(page);
        ProcessedPage actual = PostProcessor.process(page);
        assertEquals(normalised(expected.html()), normalised(actual.html()), page.url());
        assertEquals(expected.ids(), actual.ids(), page.url());
        assertEquals(expected.links(), actual.links(), page.url());
        assertEquals(expected.search().size(), actual.search().size(), page.url());
        for (int i = 0; i < expected.search().size(); i++) {
            SearchEntry e = expected.search().get(i);
            SearchEntry a = actual.search().get(i);
            assertEquals(List.of(e.url(), e.kind(), e.title()), List.of(a.url(), a.kind(), a.title()), page.url());
            // jsoup puts a space between some blocks and not others; the words themselves must agree
            assertEquals(e.text().replaceAll("\\s+", ""), a.text().replaceAll("\\s+", ""), page.url());
            assertEquals(a.text(), a.text().strip().replaceAll("\\s+", " "), "normalised whitespace");
        }
    }

    private static String normalised(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        return doc.outerHtml();
    }
}
