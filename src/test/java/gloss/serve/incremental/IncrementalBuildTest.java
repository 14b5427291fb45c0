package gloss.serve.incremental;

import gloss.Projects;
import gloss.build.Pipeline;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The incremental build must be indistinguishable from a full one: after every edit of a random
 * sequence (bodies, front matter, registries, new and deleted notes, drafts, templates, errors and
 * their fixes) it produces byte-identical files, and exactly the same diagnostics, as a fresh
 * {@code build}. Seeds are fixed, so a failure names the edit that broke it and replays.
 */
class IncrementalBuildTest {
    private static final int EDITS = 50;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void randomEditsGiveTheSameSiteAsAFullBuild(long seed, @TempDir Path dir) throws IOException {
        replay(seed, false, dir);
    }

    @Test
    void randomEditsWithDraftsGiveTheSameSiteAsAFullBuild(@TempDir Path dir) throws IOException {
        replay(5, true, dir);
    }

    @Test
    void aBodyEditRendersOnlyThePagesShowingThatBody(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        IncrementalBuild build = new IncrementalBuild(new Pipeline.Options(root, false));
        assertTrue(build.rebuild(List.of(), new Diagnostics()).isPresent());
        int all = build.pagesRendered();

        Path reaction = root.resolve("content/reactions/2025-11-22-bob-briefing.md");
        Edits.replace(reaction, "had not been received", "had still not been received");
        assertTrue(build.rebuild(List.of(reaction), new Diagnostics()).isPresent());
        assertEquals(1, build.pagesRendered(), "only the reaction's own page shows its body");
        assertTrue(all > 20, "the first build renders every page");
    }

    @Test
    void aTemplateEditRendersEveryPageAgain(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        IncrementalBuild build = new IncrementalBuild(new Pipeline.Options(root, false));
        assertTrue(build.rebuild(List.of(), new Diagnostics()).isPresent());
        int all = build.pagesRendered();
        Path layout = root.resolve("templates/layout.ftlh");
        Files.writeString(layout, Files.readString(layout) + "<#-- edited -->\n");
        assertTrue(build.rebuild(List.of(layout), new Diagnostics()).isPresent());
        assertEquals(all, build.pagesRendered());
    }

    @Test
    void anErrorInOneNoteDoesNotMakeEverySaveAFullRebuild(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        IncrementalBuild build = new IncrementalBuild(new Pipeline.Options(root, false));
        assertTrue(build.rebuild(List.of(), new Diagnostics()).isPresent());
        Path p1 = root.resolve("content/provisions/01-borders.md");
        Edits.replace(p1, "frozen [@wire-one]", "frozen [@wire-onee]");
        Diagnostics broken = new Diagnostics();
        assertFalse(build.rebuild(List.of(p1), broken).isPresent());
        assertTrue(broken.sorted().toString().contains("unknown source 'wire-onee'"), broken.sorted().toString());

        Path reaction = root.resolve("content/reactions/2025-11-22-bob-briefing.md");
        Edits.replace(reaction, "had not been received", "had still not been received");
        Diagnostics still = new Diagnostics();
        assertFalse(build.rebuild(List.of(reaction), still).isPresent());
        assertEquals(broken.sorted(), still.sorted(), "the error is reported again, from the reused page");
        assertEquals(1, build.pagesRendered());

        Edits.replace(p1, "frozen [@wire-onee]", "frozen [@paper-two]");
        Optional<Map<String, byte[]>> fixed = build.rebuild(List.of(p1), new Diagnostics()).map(Pipeline.Pages::withExports);
        assertSameFiles(full(root, false).files().orElseThrow(), fixed.orElseThrow(), "after the fix");
    }

    // ---- the random walk ---------------------------------------------------------------------------

    private void replay(long seed, boolean drafts, Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path pristine = Projects.fixtureCopy(dir.resolve("pristine"));
        IncrementalBuild incremental = new IncrementalBuild(new Pipeline.Options(root, drafts));
        Random random = new Random(seed);
        Edits edits = new Edits(root, pristine, random);
        compare(root, drafts, incremental, List.of(), "seed " + seed + ", first build");
        List<String> log = new ArrayList<>();
        for (int i = 0; i < EDITS; i++) {
            Edits.Edit edit = edits.next();
            log.add(edit.name());
            compare(root, drafts, incremental, edit.changed(), "seed " + seed + ", edits " + log);
        }
    }

    private record Outcome(Optional<Map<String, byte[]>> files, List<String> diagnostics) {}

    private static Outcome full(Path root, boolean drafts) {
        Diagnostics d = new Diagnostics();
        Optional<Map<String, byte[]>> files = new Pipeline().run(new Pipeline.Options(root, drafts), d);
        return new Outcome(files, d.sorted().stream().map(Diagnostic::toString).toList());
    }

    private static void compare(Path root, boolean drafts, IncrementalBuild incremental, List<Path> changed, String what) {
        Diagnostics d = new Diagnostics();
        Optional<Map<String, byte[]>> files = incremental.rebuild(changed, d).map(Pipeline.Pages::withExports);
        Outcome expected = full(root, drafts);
        assertEquals(expected.diagnostics(), d.sorted().stream().map(Diagnostic::toString).toList(), what);
        assertEquals(expected.files().isPresent(), files.isPresent(), what);
        expected.files().ifPresent(e -> assertSameFiles(e, files.get(), what));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), what);
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8),
                        new String(actual.get(e.getKey()), StandardCharsets.UTF_8), what + ": " + e.getKey());
                fail(what + ": " + e.getKey() + " differs");
            }
        }
    }

    /** Edits an editor might make to the fixture, each returning the paths it touched. */
    static final class Edits {
        record Edit(String name, List<Path> changed) {}

        private interface Action {
            List<Path> apply() throws IOException;
        }

        private final Path root;
        private final Path pristine;
        private final Random random;
        private int counter;

        Edits(Path root, Path pristine, Random random) {
            this.root = root;
            this.pristine = pristine;
            this.random = random;
        }

        Edit next() throws IOException {
            List<Map.Entry<String, Action>> actions = List.of(
                    Map.entry("append a cited sentence", this::appendSentence),
                    Map.entry("reword a body", this::reword),
                    Map.entry("add a heading", this::addHeading),
                    Map.entry("rename the anchored heading", this::renameAnchoredHeading),
                    Map.entry("change a stance", this::changeStance),
                    Map.entry("change the provisions of a reaction", this::changeProvisions),
                    Map.entry("retitle a note", this::retitle),
                    Map.entry("retitle a source", this::retitleSource),
                    Map.entry("add a source", this::addSource),
                    Map.entry("move an actor", this::moveActor),
                    Map.entry("rename a topic", this::renameTopic),
                    Map.entry("edit the timeline", this::editEvent),
                    Map.entry("edit the explainer", this::editExplainer),
                    Map.entry("edit home", this::editHome),
                    Map.entry("add a reaction", this::addReaction),
                    Map.entry("delete a reaction", this::deleteReaction),
                    Map.entry("add a provision", this::addProvision),
                    Map.entry("toggle a draft", this::toggleDraft),
                    Map.entry("cite an unknown source", this::unknownCitation),
                    Map.entry("break a cross-reference", this::brokenCrossReference),
                    Map.entry("break YAML", this::brokenYaml),
                    Map.entry("edit a document", this::editDocument),
                    Map.entry("edit a template", this::editTemplate),
                    Map.entry("edit an asset", this::editAsset),
                    Map.entry("delete or restore an asset", this::toggleAsset),
                    Map.entry("restore a file", this::restoreFile),
                    Map.entry("restore everything", this::restoreAll));
            Map.Entry<String, Action> pick = actions.get(random.nextInt(actions.size()));
            return new Edit(pick.getKey(), pick.getValue().apply());
        }

        private Path content(String path) {
            return root.resolve("content").resolve(path);
        }

        private List<Path> notes(String folder) throws IOException {
            Path dir = content(folder);
            if (!Files.isDirectory(dir)) return List.of();
            try (Stream<Path> list = Files.list(dir)) {
                return list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
        }

        private Path anyNote() throws IOException {
            List<Path> all = new ArrayList<>();
            for (String folder : List.of("provisions", "reactions", "pages", "documents")) all.addAll(notes(folder));
            all.add(content("home.md"));
            return all.get(random.nextInt(all.size()));
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        static void replace(Path file, String find, String replacement) throws IOException {
            String text = Files.readString(file);
            Files.writeString(file, text.replace(find, replacement));
        }

        private static void replaceLine(Path file, String prefix, String line) throws IOException {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) lines.set(i, line);
            }
            Files.write(file, lines);
        }

        private List<Path> appendSentence() throws IOException {
            Path note = anyNote();
            String source = pick(List.of("wire-one", "paper-two", "state-three"));
            Files.writeString(note, Files.readString(note) + "\nAdded sentence " + (++counter) + " [@" + source + "].\n");
            return List.of(note);
        }

        private List<Path> reword() throws IOException {
            Path note = anyNote();
            String text = Files.readString(note);
            Files.writeString(note, text.replace(" the ", " the very ").replace("said", "stated"));
            return List.of(note);
        }

        private List<Path> addHeading() throws IOException {
            Path note = pick(notes("provisions"));
            Files.writeString(note, Files.readString(note) + "\n## Section " + (++counter) + "\n\nMore detail [@wire-one].\n");
            return List.of(note);
        }

        private List<Path> renameAnchoredHeading() throws IOException {
            Path note = content("provisions/02-forces.md");
            if (!Files.exists(note)) return List.of();
            String text = Files.readString(note);
            Files.writeString(note, text.contains("## Detail\n") ? text.replace("## Detail\n", "## Details\n")
                    : text.replace("## Details\n", "## Detail\n"));
            return List.of(note);
        }

        private List<Path> changeStance() throws IOException {
            Path note = pick(notes("reactions"));
            replaceLine(note, "stance:", "stance: " + pick(List.of("supports", "opposes", "mixed", "neutral", "unclear")));
            return List.of(note);
        }

        private List<Path> changeProvisions() throws IOException {
            Path note = pick(notes("reactions"));
            replaceLine(note, "provisions:", "provisions: " + pick(List.of("[1]", "[2]", "[1, 2]", "[2, 1]", "all")));
            return List.of(note);
        }

        private List<Path> retitle() throws IOException {
            Path note = pick(Stream.of("provisions", "reactions", "pages").flatMap(f -> {
                try {
                    return notes(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
            replaceLine(note, "title:", "title: Retitled " + (++counter));
            return List.of(note);
        }

        private List<Path> retitleSource() throws IOException {
            Path file = content("sources.yaml");
            String title = pick(List.of("Plan text published", "Leaders react", "Official view"));
            String text = Files.readString(file);
            Files.writeString(file, text.replaceFirst("title: \"" + title + "[^\"]*\"", "title: \"" + title + " " + (++counter) + "\""));
            return List.of(file);
        }

        private List<Path> addSource() throws IOException {
            Path file = content("sources.yaml");
            int n = ++counter;
            Files.writeString(file, Files.readString(file) + "- id: extra-" + n + "\n  publisher: Extra\n  title: \"Extra "
                    + n + "\"\n  date: 2025-11-2" + random.nextInt(10) + "\n  kind: other\n  note: \"Offline.\"\n");
            return List.of(file);
        }

        private List<Path> moveActor() throws IOException {
            Path file = content("actors.yaml");
            String text = Files.readString(file);
            String country = pick(List.of("Exampleland", "Sampleland", "Otherland"));
            Files.writeString(file, random.nextBoolean() ? text.replaceFirst("country: \\w+", "country: " + country)
                    : text.replaceFirst("name: Bob[^\n]*", "name: Bob Sample " + (++counter)));
            return List.of(file);
        }

        private List<Path> renameTopic() throws IOException {
            Path file = content("topics.yaml");
            replace(file, "title: Security", "title: Security matters");
            return List.of(file);
        }

        private List<Path> editEvent() throws IOException {
            Path file = content("events.yaml");
            Files.writeString(file, Files.readString(file) + "- date: 2025-11-2" + random.nextInt(10) + "\n  title: Event "
                    + (++counter) + "\n  summary: Something happened.\n  sources: [state-three]\n");
            return List.of(file);
        }

        private List<Path> editExplainer() throws IOException {
            Path file = content("explainer.yaml");
            replaceLine(file, "subtitle:", "subtitle: Edited " + (++counter));
            return List.of(file);
        }

        private List<Path> editHome() throws IOException {
            Path file = content("home.md");
            Files.writeString(file, "Home " + (++counter) + " [@wire-one], see [point 1](provision:1).\n");
            return List.of(file);
        }

        private List<Path> addReaction() throws IOException {
            int n = ++counter;
            String actor = pick(List.of("alice", "bob"));
            Path note = content("reactions/2025-11-2" + random.nextInt(10) + "-" + actor + "-extra-" + n + ".md");
            String date = note.getFileName().toString().substring(0, 10);
            Files.writeString(note, "---\nactor: " + actor + "\ndate: " + date + "\nmedium: interview\nstance: "
                    + pick(List.of("supports", "opposes", "mixed")) + "\nprovisions: " + pick(List.of("[1]", "[2]", "all"))
                    + "\nquote: \"Words " + n + ".\"\nquote_sources: [wire-one]\nsources: [wire-one]\n---\n"
                    + "Said something [@wire-one]. See [the other](reaction:2025-11-22-bob-briefing).\n");
            return List.of(note);
        }

        private List<Path> deleteReaction() throws IOException {
            List<Path> all = notes("reactions").stream()
                    .filter(p -> !p.getFileName().toString().equals("2025-11-22-bob-briefing.md")).toList();
            if (all.isEmpty()) return List.of();
            Path note = pick(all);
            Files.delete(note);
            return List.of(note);
        }

        private List<Path> addProvision() throws IOException {
            Path note = content("provisions/03-extra.md");
            if (Files.exists(note)) {
                Files.delete(note);
            } else {
                Files.writeString(note, "---\nnumber: 3\ntitle: Extra point\ntopics: [security]\nsummary: An extra point.\n"
                        + "text: Something extra.\ntext_sources: [state-three]\nversions:\n  - document: counter-draft\n"
                        + "    status: unchanged\n    sources: [paper-two]\n  - document: later-framework\n"
                        + "    status: unknown\n    sources: [state-three]\n---\nExtra [@state-three].\n");
            }
            return List.of(note);
        }

        private List<Path> toggleDraft() throws IOException {
            Path note = pick(notes(pick(List.of("reactions", "pages", "provisions"))));
            String text = Files.readString(note);
            Files.writeString(note, text.contains("\ndraft: true\n") ? text.replace("\ndraft: true\n", "\n")
                    : text.replaceFirst("\n---\n", "\ndraft: true\n---\n"));
            return List.of(note);
        }

        private List<Path> unknownCitation() throws IOException {
            Path note = anyNote();
            Files.writeString(note, Files.readString(note) + "\nOops [@no-such-source].\n");
            return List.of(note);
        }

        private List<Path> brokenCrossReference() throws IOException {
            Path note = anyNote();
            Files.writeString(note, Files.readString(note) + "\nSee [point 9](provision:9) [@wire-one].\n");
            return List.of(note);
        }

        private List<Path> brokenYaml() throws IOException {
            Path file = pick(List.of(content("sources.yaml"), content("actors.yaml"), pick(notes("reactions"))));
            Files.writeString(file, Files.readString(file).replaceFirst("\n(\\w+): ", "\n$1: : "));
            return List.of(file);
        }

        private List<Path> editDocument() throws IOException {
            Path file = random.nextBoolean() ? content("documents.yaml") : content("documents/counter-draft.md");
            if (!Files.exists(file)) return List.of();
            String text = Files.readString(file);
            Files.writeString(file, file.toString().endsWith(".yaml")
                    ? text.replaceFirst("summary: [^\n]*", "summary: Edited " + (++counter))
                    : text + "\n2. Another point " + (++counter) + " [@paper-two].\n");
            return List.of(file);
        }

        private List<Path> editTemplate() throws IOException {
            Path file = root.resolve("templates").resolve(pick(List.of("layout.ftlh", "provision.ftlh", "reaction.ftlh")));
            Files.writeString(file, Files.readString(file) + "<#-- edit " + (++counter) + " -->\n");
            return List.of(file);
        }

        private List<Path> editAsset() throws IOException {
            Path file = root.resolve("templates/assets/gloss.css");
            Files.writeString(file, Files.readString(file) + "/* edit " + (++counter) + " */\n");
            return List.of(file);
        }

        private List<Path> toggleAsset() throws IOException {
            Path file = root.resolve("templates/assets/gloss.js");
            if (Files.exists(file)) Files.delete(file);
            else Files.copy(Projects.REPO.resolve("templates/assets/gloss.js"), file);
            return List.of(file);
        }

        private List<Path> restoreFile() throws IOException {
            Path file = anyNote();
            Path original = pristine.resolve(root.relativize(file).toString());
            if (Files.exists(original)) Files.copy(original, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            else Files.delete(file);
            return List.of(file);
        }

        private List<Path> restoreAll() throws IOException {
            Path content = root.resolve("content");
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            Projects.copyTree(pristine.resolve("content"), content);
            return List.of(content);
        }
    }
}
