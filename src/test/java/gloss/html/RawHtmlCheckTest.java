package gloss.html;

import gloss.check.BodyRules;
import gloss.content.Body;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.markdown.StandInLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each refusal of raw HTML and where it is reported. The body starts on line 10 of {@code n.md}, so a
 * problem on the body's first line is at 10:col. The inputs include the exact ones of issue 11 (stored
 * XSS that passed the fragment-by-fragment check) and variants; every refused body is also one the
 * sanitizer would change, and every accepted one is one it leaves alone.
 */
class RawHtmlCheckTest {
    private static final Markdown MARKDOWN = new Markdown();
    private static final Path FILE = Path.of("n.md");

    record Case(String name, String markdown, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case refused(String name, String markdown, String... expected) {
        return new Case(name, markdown, List.of(expected));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // issue 11, item 1: a raw-text element in one block, live markup in the next
                refused("textarea, then an attribute that closes it", "<textarea>\n\n<img title=\"</textarea><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <textarea> is not allowed in notes",
                        "12:35: error: raw HTML attribute 'onerror' runs script"),
                refused("style, then an attribute that closes it", "<style>\n\n<img title=\"</style><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <style> is not allowed in notes",
                        "12:32: error: raw HTML attribute 'onerror' runs script"),
                refused("title, then an attribute that closes it", "<title>\n\n<img title=\"</title><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <title> is not allowed in notes",
                        "12:32: error: raw HTML attribute 'onerror' runs script"),
                refused("xmp, then an attribute that closes it", "<xmp>\n\n<img title=\"</xmp><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <xmp> is not allowed in notes",
                        "12:30: error: raw HTML attribute 'onerror' runs script"),
                refused("noembed, then an attribute that closes it", "<noembed>\n\n<img title=\"</noembed><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <noembed> is not allowed in notes",
                        "12:34: error: raw HTML attribute 'onerror' runs script"),
                refused("noscript, then an attribute that closes it", "<noscript>\n\n<img title=\"</noscript><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <noscript> is not allowed in notes"),
                refused("noscript in one block", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                        "10:1: error: raw HTML <noscript> is not allowed in notes"),
                refused("CDATA, which browsers end at the first '>'", "<![CDATA[ x ><img src=x onerror=alert(1)> ]]>",
                        "10:1: error: raw HTML <![CDATA[ is not allowed in notes"),
                refused("svg link with xlink:href", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                        "10:1: error: raw HTML <svg> is not allowed in notes",
                        "10:9: error: raw HTML attribute 'xlink:href' is not allowed on <a>",
                        "10:42: error: raw HTML <text> is not allowed in notes"),
                refused("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere/\">",
                        "10:1: error: raw HTML <meta> is not allowed in notes"),
                refused("base", "<base href=\"https://elsewhere/\">", "10:1: error: raw HTML <base> is not allowed in notes"),
                refused("unclosed title hides the page", "Text [@a].\n\n<title>", "12:1: error: raw HTML <title> is not allowed in notes"),
                refused("unclosed textarea hides the page", "<textarea>", "10:1: error: raw HTML <textarea> is not allowed in notes"),
                refused("unclosed style hides the page", "<style>", "10:1: error: raw HTML <style> is not allowed in notes"),
                refused("plaintext hides the page", "<plaintext>", "10:1: error: raw HTML <plaintext> is not allowed in notes"),
                refused("unclosed comment hides the page", "Before.\n\n<!--\n\nAfter.",
                        "12:1: error: raw HTML comment '<!--' is not closed and would hide the rest of the page"),
                refused("unclosed comment inside a list", "- a [@a]\n- <!-- b\n\n  c",
                        "11:3: error: raw HTML comment '<!--' is not closed and would hide the rest of the page"),
                refused("unclosed quote at the end of the body", "<div title=\"x\n",
                        "10:1: error: raw HTML <div> is not closed and would hide the rest of the page"),
                // variants: script in every form, handlers, URLs
                refused("script", "<script>alert(1)</script>", "10:1: error: raw HTML <script> is not allowed in notes"),
                refused("inline handler", "It <b onclick=\"x()\">changed</b> later",
                        "10:7: error: raw HTML attribute 'onclick' runs script"),
                refused("javascript href", "<a href=\"javascript:alert(1)\">x</a>",
                        "10:4: error: raw HTML href uses a javascript: URL"),
                refused("javascript href with a tab and entities", "<a href=\"java&#9;scr&#105;pt:alert(1)\">x</a>",
                        "10:4: error: raw HTML href uses a javascript: URL"),
                refused("data image src", "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                        "10:6: error: raw HTML src uses a data: URL"),
                refused("srcset", "<img src=\"a.png\" srcset=\"javascript:alert(1) 2x\">",
                        "10:18: error: raw HTML attribute 'srcset' is not allowed on <img>"),
                refused("video poster", "<video poster=\"javascript:alert(1)\"></video>",
                        "10:1: error: raw HTML <video> is not allowed in notes"),
                refused("form action and button formaction", "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
                        "10:1: error: raw HTML <form> is not allowed in notes",
                        "10:36: error: raw HTML <button> is not allowed in notes"),
                refused("formaction on an allowed element", "<span formaction=\"javascript:alert(1)\">x</span>",
                        "10:7: error: raw HTML attribute 'formaction' is not allowed on <span>"),
                refused("poster on an allowed element", "<img src=\"a.png\" poster=\"javascript:alert(1)\">",
                        "10:18: error: raw HTML attribute 'poster' is not allowed on <img>"),
                refused("background", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                        "10:8: error: raw HTML attribute 'background' is not allowed on <table>"),
                refused("math", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                        "10:1: error: raw HTML <math> is not allowed in notes",
                        "10:7: error: raw HTML <mi> is not allowed in notes"),
                refused("style attribute", "<p style=\"position:fixed\">x</p>",
                        "10:4: error: raw HTML attribute 'style' is not allowed on <p>"),
                refused("iframe, object, embed", "<iframe src=\"https://x/\"></iframe><object data=\"x\"></object><embed src=\"x\">",
                        "10:1: error: raw HTML <iframe> is not allowed in notes",
                        "10:35: error: raw HTML <object> is not allowed in notes",
                        "10:61: error: raw HTML <embed> is not allowed in notes"),
                refused("link stylesheet", "<link rel=\"stylesheet\" href=\"https://x/\">",
                        "10:1: error: raw HTML <link> is not allowed in notes"),
                refused("body onload adds a handler to the page's body", "Text.\n\n<body onload=\"alert(1)\">",
                        "12:1: error: raw HTML <body> would give the page's own <body> the attribute 'onload'"),
                refused("Markdown after an unclosed tag becomes its attributes", "<div title='a\n\nb' onmouseover='alert(1)' x='c'>\n\n</div>",
                        "10:1: error: raw HTML <div> does not end where its HTML ends"),
                refused("javascript Markdown link", "It [changed](javascript:alert(1)) later",
                        "10:4: error: link runs script (javascript: URL)"),
                refused("data Markdown image", "![x](data:image/png;base64,AAAA)",
                        "10:1: error: image uses a data: URL"),
                refused("too deep", "<div>".repeat(RawHtmlCheck.MAX_DEPTH + 1),
                        "10:" + (5 * RawHtmlCheck.MAX_DEPTH + 1) + ": error: raw HTML nests elements more than 100 deep"),
                refused("a control character from a character reference", "A&#11;B", "10:1: error: character U+000B")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refused(Case c) {
        List<String> got = check(c.markdown());
        assertEquals(c.expected().size(), got.size(), () -> "expected " + c.expected() + "\nbut got " + got);
        for (int i = 0; i < got.size(); i++) {
            String expected = "n.md:" + c.expected().get(i);
            String actual = got.get(i);
            assertTrue(actual.startsWith(expected), () -> "expected\n  " + expected + "\nbut got\n  " + actual + "\nall: " + got);
        }
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                "<abbr title=\"North Atlantic Treaty Organization\">NATO</abbr> said so [@a].",
                "<details><summary>More</summary>\n\nHidden *Markdown* [@a].\n\n</details>",
                "<!-- a note to the next editor -->\n\nText [@a].",
                "<!--\n\ncommented out [@a]\n\n-->\n\nText.",
                "<table><tr><th scope=\"col\">A</th></tr><tr><td>1</td></tr></table>",
                "<a href=\"https://example.org/x?a=1&amp;b=2\">x</a> and <a href=\"../methodology/\">y</a> and <a href=\"#top\">z</a>",
                "<img src=\"https://example.org/a.png\" alt=\"A\" width=\"10\"> <img src=\"a.png\" alt=\"\">",
                "<sup>1</sup><sub>2</sub> <mark>x</mark> <q cite=\"https://example.org/\">q</q> <time datetime=\"2025-11-21\">21 Nov</time>",
                "<div class=\"note\" lang=\"uk\" dir=\"ltr\" id=\"n1\">\n\nA [point 2](provision:2) link [@a].\n\n</div>",
                "Footnote[^1] and <b>bold</b>.\n\n[^1]: With <i>raw</i> HTML [@a].",
                "| a | b |\n|---|:-:|\n| <b>1</b> | 2 |"
        ).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void accepted(String markdown) {
        assertEquals(List.of(), check(markdown));
        ParsedBody parsed = parse(markdown);
        String html = StandInLinks.render(MARKDOWN, parsed);
        assertEquals(null, BodySanitizer.firstRemoval(html), () -> "the sanitizer would change an accepted body:\n" + html);
    }

    @Test
    void theSanitizerRemovesWhatTheCheckRefuses() {
        String html = BodySanitizer.clean("<p title=\"</noscript><img src=x onerror=alert(1)>\">a</p><script>alert(2)</script>"
                + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">b</a><!-- note --><textarea>c</textarea>");
        assertEquals("<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\">a</p><img src=\"x\"><a>b</a>c", html);
    }

    @Test
    void theSanitizerBalancesTheBody() {
        assertEquals("<div><p>open</p></div>", BodySanitizer.clean("<div><p>open"));
        assertEquals("<p>x</p>", BodySanitizer.clean("<p>x</p></div></main></body>"));
    }

    private static ParsedBody parse(String markdown) {
        return MARKDOWN.parse(new Body(markdown, new Location(FILE, 10, 1)));
    }

    private static List<String> check(String markdown) {
        Diagnostics diagnostics = new Diagnostics();
        BodyRules.check(parse(markdown), false, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }
}
