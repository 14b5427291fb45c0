package gloss.export;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search data of a real build of the fixture: every kind of page is in it, every result leads to a
 * page and anchor that exist, body text is the note's words without citation markers, and aliases reach
 * the entry and the pages filed under it.
 */
class SearchIndexTest {
    private static final Pattern SCRIPT = Pattern.compile("glossSearch\\(\"(\\w+)\", (.*)\\);\n", Pattern.DOTALL);

    @TempDir
    static Path dir;
    static Path site;
    static Map<String, Object> documents;
    static List<List<Object>> pages;
    static List<List<Object>> sources;
    static List<String> text;

    /** A document row, named: [kind, url, title, summary, meta, names, about]. */
    record Row(String kind, String url, String title, String summary, String meta, String names, String about) {
        static Row of(List<Object> row, List<String> kinds) {
            String[] f = new String[7];
            Arrays.fill(f, "");
            for (int i = 1; i < row.size(); i++) f[i] = (String) row.get(i);
            return new Row(kinds.get(((Number) row.get(0)).intValue()), f[1], f[2], f[3], f[4], f[5], f[6]);
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void build() throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        site = root.resolve("site");
        documents = (Map<String, Object>) read(SearchIndex.DOCUMENTS, "documents");
        pages = (List<List<Object>>) documents.get("documents");
        sources = (List<List<Object>>) read(SearchIndex.SOURCES, "sources");
        text = (List<String>) read(SearchIndex.TEXT, "text");
    }

    /** The data a search file hands to glossSearch(part, data), checking that it is such a script. */
    private static Object read(String file, String part) throws IOException {
        String script = Files.readString(site.resolve(file));
        Matcher m = SCRIPT.matcher(script);
        assertTrue(m.matches(), file + " is one call of glossSearch: " + script.substring(0, Math.min(80, script.length())));
        assertEquals(part, m.group(1));
        return new Json().toType(m.group(2), Object.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds() {
        return ((List<Map<String, Object>>) documents.get("kinds")).stream().map(k -> (String) k.get("key")).toList();
    }

    private static List<Row> rows(List<List<Object>> raw) {
        return raw.stream().map(r -> Row.of(r, kinds())).toList();
    }

    private static Row find(String url) {
        return rows(pages).stream().filter(r -> r.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no search document for " + url));
    }

    @Test
    void everyKindOfPageIsIndexedInTheOrderOfItsGroups() {
        assertEquals(Arrays.stream(SearchKind.values()).map(SearchKind::key).toList(), kinds());
        Set<String> inPages = rows(pages).stream().map(Row::kind).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Arrays.stream(SearchKind.values()).filter(k -> k != SearchKind.SOURCE).map(SearchKind::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, inPages, "documents.js has every kind but sources");
        assertFalse(sources.isEmpty());
        assertTrue(rows(sources).stream().allMatch(r -> r.kind().equals("source") && r.url().startsWith("sources/#")));
        assertEquals(pages.size(), text.size(), "one body text per document, by position");
        // Groups come in kind order: documents are listed kind by kind.
        List<Integer> order = pages.stream().map(r -> ((Number) r.get(0)).intValue()).toList();
        assertEquals(order.stream().sorted().toList(), order);
    }

    @Test
    void everyResultLeadsToAPageAndAnchorThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Row> all = new ArrayList<>(rows(pages));
        all.addAll(rows(sources));
        for (Row r : all) {
            int hash = r.url().indexOf('#');
            String path = hash < 0 ? r.url() : r.url().substring(0, hash);
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            if (!Files.isRegularFile(file)) {
                broken.add(r.url() + ": no page");
                continue;
            }
            if (hash >= 0) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                if (page.getElementById(r.url().substring(hash + 1)) == null) broken.add(r.url() + ": no anchor");
            }
            if (r.title().isBlank()) broken.add(r.url() + ": no title");
        }
        assertEquals(List.of(), broken);
        assertTrue(all.stream().anyMatch(r -> r.url().equals("timeline/#event-2025-11-20-text-published")),
                "each timeline event is a document of its own, with its anchor");
    }

    @Test
    void bodyTextIsTheNotesWordsWithoutCitationMarkers() {
        Row borders = find("provisions/01-borders/");
        assertEquals("Point 1: Borders", borders.title());
        assertEquals("The first point is about borders.", borders.summary());
        String body = text.get(rows(pages).indexOf(borders));
        for (String words : List.of("The parties would respect the line of contact.", // the paraphrase
                "The parties would negotiate from the line of contact.", // a later version's wording
                "The line would be frozen. Critics disagreed.", "Background", "Earlier talks failed.",
                "See point 2 and Alice for more.", "One version says otherwise.")) { // a footnote
            assertTrue(body.contains(words), "the body text has '" + words + "': " + body);
        }
        for (String marker : List.of("@", "wire-one", "[", "]", "^", "p. 2")) {
            assertFalse(body.contains(marker), "no citation marker '" + marker + "' in: " + body);
        }
    }

    @Test
    void aliasesFindTheEntryAndThePagesFiledUnderIt() {
        assertTrue(((List<?>) documents.get("aliases")).contains(List.of("Alice Example", "Alicia", "Аліса")));
        assertTrue(((List<?>) documents.get("aliases")).contains(List.of("Territory", "Frontier", "Кордон")));
        assertEquals("Alicia · Аліса", find("actors/alice/").names());
        assertEquals("Frontier · Кордон", find("topics/territory/").names());
        Row reaction = find("reactions/2025-11-21-alice-statement/");
        assertEquals("Alice Example · Alicia · Аліса", reaction.names(), "a reaction carries its actor's names");
        assertTrue(reaction.meta().startsWith("Alice Example · 21 November 2025 · "), reaction.meta());
        assertTrue(reaction.meta().endsWith(" · Opposes"), "who, when and the stance: " + reaction.meta());
        assertTrue(find("provisions/01-borders/").about().contains("Territory · Frontier · Кордон"),
                "a point carries its topics and their aliases");
    }
}
