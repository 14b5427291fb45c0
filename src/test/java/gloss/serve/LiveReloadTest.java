package gloss.serve;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saves on disk, through the real watcher, to what open tabs are told over server-sent events and
 * what they are served. Every wait is bounded by a timeout; nothing asserts on how long it took.
 */
class LiveReloadTest {
    private static final String P1 = "content/provisions/01-borders.md";
    private static final String BOB = "content/reactions/2025-11-22-bob-briefing.md";

    private static void edit(Path file, String find, String replace) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(find), find);
        Files.writeString(file, text.replace(find, replace));
    }

    @Test
    void aSaveRebuildsThePageAndTellsOpenTabsToReload(@TempDir Path dir) throws Exception {
        try (RunningPreview serve = RunningPreview.of(dir, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            edit(serve.root.resolve(BOB), "had not been received", "had still not been received");
            events.next(s -> s.contains("\"version\":2,\"ok\":true"));
            String page = serve.get("/fixture/reactions/2025-11-22-bob-briefing/").body();
            assertTrue(page.contains("had still not been received"), page);
            assertTrue(page.contains("data-gloss-version=\"2\""));
            assertFalse(Files.exists(serve.root.resolve("site")), "serve never writes site/");
        }
    }

    @Test
    void whileTheContentHasErrorsTheLastGoodBuildIsServedAndTheErrorsShown(@TempDir Path dir) throws Exception {
        try (RunningPreview serve = RunningPreview.of(dir, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            String before = serve.get("/fixture/provisions/01-borders/").body();
            edit(serve.root.resolve(P1), "frozen [@wire-one]", "frozen [@wire-onee]");
            String expected = P1 + ":18:27: error: unknown source 'wire-onee' in citation (did you mean 'wire-one'?)";
            String failed = events.next(s -> s.contains("\"ok\":false"));
            assertTrue(failed.contains("\"version\":1"), failed);
            assertTrue(failed.contains("\"text\":\"" + expected.replace("'", "'") + "\""), failed);
            assertTrue(serve.terminal.contains(expected), serve.terminal.toString());

            HttpResponse<String> still = serve.get("/fixture/provisions/01-borders/");
            assertEquals(200, still.statusCode());
            assertEquals(before, still.body(), "the last good build is still served");

            edit(serve.root.resolve(P1), "frozen [@wire-onee]", "frozen [@paper-two]");
            String fixed = events.next(s -> s.contains("\"ok\":true"));
            assertTrue(fixed.contains("\"version\":2") && fixed.contains("\"diagnostics\":[]"), fixed);
        }
    }

    @Test
    void aSaveWithoutChangesDoesNotReloadTabs(@TempDir Path dir) throws Exception {
        try (RunningPreview serve = RunningPreview.of(dir, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            Path note = serve.root.resolve(BOB);
            Files.writeString(note, Files.readString(note)); // saved without changes: no new version
            String same = events.next(s -> s.contains("\"ok\":true"));
            assertTrue(same.contains("\"version\":1"), same);
            edit(note, "had not been received", "had not yet been received");
            String next = events.next(s -> s.contains("\"ok\":true") && !s.contains("\"version\":1"));
            assertTrue(next.contains("\"version\":2"), "the unchanged save did not count as a version: " + next);
            assertTrue(serve.terminal.stream().anyMatch(l -> l.endsWith("nothing changed")), serve.terminal.toString());
        }
    }

    @Test
    void aTemplateChangeReachesEveryPage(@TempDir Path dir) throws Exception {
        try (RunningPreview serve = RunningPreview.of(dir, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            edit(serve.root.resolve("templates/layout.ftlh"), "<main id=\"main\"", "<p class=\"banner\">Template edited</p>\n<main id=\"main\"");
            events.next(s -> s.contains("\"version\":2,\"ok\":true"));
            assertTrue(serve.get("/fixture/").body().contains("Template edited"));
            assertTrue(serve.get("/fixture/timeline/").body().contains("Template edited"));
        }
    }

    @Test
    void anAssetChangeIsServedAtOnce(@TempDir Path dir) throws Exception {
        try (RunningPreview serve = RunningPreview.of(dir, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            Path css = serve.root.resolve("templates/assets/gloss.css");
            Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
            events.next(s -> s.contains("\"version\":2,\"ok\":true"));
            assertTrue(serve.get("/fixture/assets/gloss.css").body().endsWith("/* edited */\n"));
        }
    }

    @Test
    void notesInANewFolderAreWatched(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("project"));
        Path documents = root.resolve("content/documents");
        Path moved = dir.resolve("documents-aside");
        Files.move(documents, moved);
        try (RunningPreview serve = RunningPreview.at(root, false); RunningPreview.Events events = serve.events()) {
            events.next(s -> s.contains("\"version\":1"));
            Files.createDirectory(documents); // a new folder: registered, then its files are watched
            Files.copy(moved.resolve("counter-draft.md"), documents.resolve("counter-draft.md"));
            events.next(s -> s.contains("\"version\":2"));
            assertTrue(serve.get("/fixture/documents/counter-draft/").body().contains("would be set up"));
            edit(documents.resolve("counter-draft.md"), "would be set up", "would be set up quickly");
            events.next(s -> s.contains("\"version\":3"));
            assertTrue(serve.get("/fixture/documents/counter-draft/").body().contains("would be set up quickly"));
        }
    }

    @Test
    void withoutAGoodBuildTheTabWaitsAndReloadsOnceTheSiteBuilds(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("project"));
        Path explainer = root.resolve("content/explainer.yaml");
        edit(explainer, "published: 2025-11-21", "published: 2025-13-21");
        try (RunningPreview serve = RunningPreview.at(root, false); RunningPreview.Events events = serve.events()) {
            HttpResponse<String> waiting = serve.get("/");
            assertEquals(503, waiting.statusCode());
            assertTrue(waiting.body().contains("/_gloss/reload.js"));
            assertTrue(events.next(s -> s.contains("\"ok\":false")).contains("explainer.yaml"));
            edit(explainer, "published: 2025-13-21", "published: 2025-11-21");
            events.next(s -> s.contains("\"version\":1,\"ok\":true"));
            assertEquals(200, serve.get("/fixture/").statusCode());
        }
    }

    @Test
    void draftsAreServedWithABannerOnlyWithDrafts(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("project"));
        Files.writeString(root.resolve("content/pages/plans.md"), "---\ntitle: Plans\ndraft: true\n---\nNot yet.\n");
        try (RunningPreview serve = RunningPreview.at(root, true)) {
            String draft = serve.get("/fixture/plans/").body();
            assertTrue(draft.contains(Injector.DRAFT_BANNER), draft);
            assertFalse(serve.get("/fixture/about/").body().contains("gloss-draft-banner"));
        }
        try (RunningPreview serve = RunningPreview.at(root, false)) {
            assertEquals(200, serve.get("/fixture/about/").statusCode());
            assertEquals(404, serve.get("/fixture/plans/").statusCode());
        }
    }
}
