package gloss.sourcing;

import gloss.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source model through the real CLI on a small project: every source warning of {@code check} at the
 * line of the field concerned, with its hint, and what the sources page and the reference lists show.
 */
class SourceModelProjectTest {
    /** The fixture's three cited sources in the new model, then one entry per warning. */
    private static final String SOURCES = """
            - id: wire-one
              publisher: Example Wire
              title: "Plan text published"
              date: 2025-11-20
              url: https://wire.example/plan-text
              kind: wire
            - id: paper-two
              publisher: Example Zeitung
              title: "Staats- und Regierungschefs reagieren"
              title_en: "Leaders react"
              lang: de
              author: A. Writer
              date: 2025-11-21
              url: https://mirror.example/paper-two
              original_url: https://zeitung.example/2025/11/21/reaktionen
              archive_url: https://web.archive.org/web/20251122000000/https://zeitung.example/2025/11/21/reaktionen
              accessed: 2025-11-23
              kind: newspaper
              via: Mirror Site
            - id: state-three
              publisher: Ministry of Examples
              title: "Official view"
              date: 2025-11-22
              url: https://ministry.example/statements/official-view
              kind: official
            - id: bare-ip
              publisher: Example Wire
              title: "Mirrored"
              date: 2025-11-21
              url: "http://3.127.128.221/?p=1325485"
              kind: wire
              via: unbranded mirror
            - id: staging
              publisher: Example Radio
              title: "Staged"
              date: 2025-11-21
              url: "https://staging.radio.example/a/33603499.html"
              kind: broadcaster
            - id: cdn
              publisher: Example Radio
              title: "Cached"
              date: 2025-11-21
              url: "https://dcyh5l5lgidpq.cloudfront.net/amp/story.html"
              kind: broadcaster
              via: a content delivery network
            - id: tracked
              publisher: Example Paper
              title: "Tracked"
              date: 2025-11-21
              url: "https://paper.example/story/?mc_cid=a757b00628&mc_eid=841ed88c30"
              archive_url: "https://archive.example/story?utm_source=feed&id=3"
              kind: newspaper
            - id: twice
              publisher: Example Wire
              title: "Plan text published, again"
              date: 2025-11-20
              url: http://wire.example/plan-text/
              kind: wire
            - id: copy-is-original
              publisher: Example Paper
              title: "Same page"
              date: 2025-11-21
              url: https://paper.example/same
              original_url: https://paper.example/same/
              kind: newspaper
              via: Example Paper
            - id: copy-without-url
              publisher: Example Paper
              title: "Nowhere"
              date: 2025-11-21
              original_url: https://paper.example/nowhere
              kind: newspaper
              via: Somebody
            - id: original-repeated
              publisher: Example Paper
              title: "Repeated"
              date: 2025-11-21
              url: https://paper.example/repeated
              original_url: https://paper.example/repeated
              kind: newspaper
            - id: unmarked-copy
              publisher: Example Paper
              title: "Unmarked"
              date: 2025-11-21
              url: https://aggregator.example/unmarked
              original_url: https://paper.example/unmarked
              kind: newspaper
            - id: copy-at-home
              publisher: Example Paper
              title: "At home"
              date: 2025-11-21
              url: https://amp.paper.example/at-home
              original_url: https://www.paper.example/at-home
              kind: newspaper
              via: Example Paper AMP
            - id: english-title-en
              publisher: Example Paper
              title: "Already English"
              title_en: "Already English"
              date: 2025-11-21
              url: https://paper.example/english
              kind: newspaper
            - id: untranslated
              publisher: Example Gazeta
              title: "Заголовок"
              lang: ru
              date: 2025-11-21
              url: https://gazeta.example/zagolovok
              kind: newspaper
            - id: vague
              publisher: Somebody
              title: "Vague"
              date: 2025-11-21
              url: https://somebody.example/vague
              kind: other
            - id: read-too-early
              publisher: Example Paper
              title: "Early"
              date: 2025-11-21
              url: https://paper.example/early
              accessed: 2025-11-20
              kind: newspaper
            """;

    private Path root;

    @BeforeEach
    void project(@TempDir Path dir) throws IOException {
        root = Projects.fixtureCopy(dir.resolve("p"));
        Files.writeString(root.resolve("content/sources.yaml"), SOURCES);
    }

    @Test
    void checkWarnsAtTheLineOfEachDoubtfulSourceWithAHint() {
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        String err = run.err();
        List<String> expected = List.of(
                at("\"http://3.127.128.221", "url points to a bare IP address (3.127.128.221); a reader cannot tell whose site"
                        + " it is (link the publisher's own page, or a copy on a site with a name)"),
                at("\"https://staging.radio", "url is on a staging or development server (staging.radio.example)"
                        + " (use the address of the public site)"),
                at("\"https://dcyh5l5lgidpq", "url is on a raw cloudfront.net hosting address (dcyh5l5lgidpq.cloudfront.net)"),
                at("\"https://paper.example/story/", "url carries tracking parameters (mc_cid, mc_eid)"
                        + " (remove them: https://paper.example/story/)"),
                at("\"https://archive.example/story", "archive_url carries tracking parameters (utm_source)"
                        + " (remove them: https://archive.example/story?id=3)"),
                at("http://wire.example/plan-text/", "source 'twice' links the same page as source 'wire-one' (line 1)"
                        + " (one story needs one entry: keep one of the two and cite it everywhere)"),
                at("https://paper.example/same\n", "url is the same page as original_url, yet via marks it as a copy"
                        + " (remove via, or put the address of the copy you read in url)"),
                at("- id: copy-without-url", "source 'copy-without-url' names a copy in via but has no url"),
                at("original_url: https://paper.example/repeated", "original_url repeats url"
                        + " (leave original_url out when url is the publisher's own page)"),
                at("https://aggregator.example/unmarked", "url is on aggregator.example, not on the publisher's site"
                        + " (paper.example, from original_url) (name the site you read it on in via)"),
                at("https://amp.paper.example/at-home", "via marks url as a copy, but it is on the publisher's own site"
                        + " (paper.example, from original_url) (remove via)"),
                at("- id: english-title-en", "source 'english-title-en' has title_en, but its headline is English"),
                at("- id: untranslated", "source 'untranslated' is in 'ru' but has no title_en"
                        + " (add title_en, an English rendering of the headline)"),
                at("- id: vague", "source 'vague' has kind 'other' and no note"),
                at("- id: read-too-early", "source 'read-too-early' was accessed on 2025-11-20, before its date 2025-11-21"));
        for (String line : expected) assertTrue(err.contains(line), line + "\n--- not in ---\n" + err);
        // The three entries the fixture cites are clean: no diagnostic on any of their lines.
        int firstWarningEntry = line("- id: bare-ip");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("content/sources\\.yaml:(\\d+):").matcher(err);
        while (m.find()) {
            assertTrue(Integer.parseInt(m.group(1)) >= firstWarningEntry, "a clean entry was warned about:\n" + err);
        }

        Projects.Run strict = Projects.gloss("check", "--strict", "--root", root.toString());
        assertEquals(1, strict.exit(), "source warnings fail check --strict");
    }

    @Test
    void oldKindKeysAreRefusedWithTheirNewName() throws IOException {
        Files.writeString(root.resolve("content/sources.yaml"), SOURCES.replace("kind: broadcaster", "kind: broadcast"));
        Projects.Run run = Projects.gloss("check", "--root", root.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/sources.yaml:" + line("kind: broadcaster") + ":9: error: unknown source kind"
                + " 'broadcast' ('broadcast' is now 'broadcaster')"), run.err());
    }

    @Test
    void referencesShowHeadlineTranslationCopyArchiveAndAccessDate() throws IOException {
        Path out = root.resolve("out");
        Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String sources = Files.readString(out.resolve("sources/index.html"));
        String paper = entry(sources, "source-paper-two");
        assertTrue(paper.contains("<span class=\"src-publisher\">Example Zeitung</span>"), paper);
        assertTrue(paper.contains("<a class=\"src-title\" href=\"https://zeitung.example/2025/11/21/reaktionen\""
                + " data-site=\"zeitung.example\" rel=\"external noopener\" lang=\"de\""), "the headline leads to the publisher's own page, in its language: " + paper);
        assertTrue(paper.contains(">Staats- und Regierungschefs reagieren</a> <span class=\"src-title-en\">[Leaders react]</span>"), paper);
        assertTrue(paper.contains("<time datetime=\"2025-11-21\">21 Nov 2025</time>"), paper);
        assertTrue(paper.contains("<span class=\"src-kind\">Newspaper or news site</span>; <span class=\"src-via\">read via"
                + " <a class=\"src-copy\" href=\"https://mirror.example/paper-two\" rel=\"external noopener\""), paper);
        assertTrue(paper.contains(">Mirror Site (mirror.example)</a></span>"), paper);
        assertTrue(paper.contains("<a class=\"src-archive\" href=\"https://web.archive.org/web/20251122000000/"
                + "https://zeitung.example/2025/11/21/reaktionen\""), paper);
        assertTrue(paper.contains("accessed <time datetime=\"2025-11-23\">23 Nov 2025</time>"), paper);

        String wire = entry(sources, "source-wire-one");
        assertFalse(wire.contains("read via"), "an original is not a copy: " + wire);
        assertTrue(wire.contains("href=\"https://wire.example/plan-text\""), wire);

        String bare = entry(sources, "source-bare-ip");
        assertTrue(bare.contains("href=\"http://3.127.128.221/?p=1325485\""), "without an original the headline leads to the copy");
        assertTrue(bare.contains("<span class=\"src-via\">read via unbranded mirror (3.127.128.221)</span>"), bare);

        int countsAt = sources.indexOf("<ul class=\"source-counts\">");
        String counts = sources.substring(countsAt, sources.indexOf("</ul>", countsAt));
        assertTrue(counts.contains("On the publisher's own site: <strong>10</strong>"), counts);
        assertTrue(counts.contains("Official primary sources, on the official body's own site: <strong>1</strong>"), counts);
        assertTrue(counts.contains("Copies read on another site: <strong>6</strong>"), counts);
        assertFalse(counts.contains("without a link"), counts);

        String provision = Files.readString(out.resolve("provisions/01-borders/index.html"));
        String refs = provision.substring(provision.indexOf("<section class=\"references\""));
        assertTrue(refs.contains(">Mirror Site (mirror.example)</a></span>"), "reference lists use the same macro: " + refs);
    }

    /** {@code path:line:col: warning: message}, the line being where {@code marker} first occurs. */
    private static String at(String marker, String message) {
        int line = line(marker);
        String text = SOURCES.lines().toList().get(line - 1);
        int col = marker.startsWith("- id:") ? 3 : text.indexOf(": ") + 3;
        return "content/sources.yaml:" + line + ":" + col + ": warning: " + message;
    }

    private static int line(String marker) {
        int i = SOURCES.indexOf(marker);
        if (i < 0) throw new IllegalArgumentException(marker);
        return (int) SOURCES.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String entry(String page, String id) {
        int start = page.indexOf("<li id=\"" + id + "\"");
        assertTrue(start >= 0, id);
        return page.substring(start, page.indexOf("</li>", start));
    }
}
