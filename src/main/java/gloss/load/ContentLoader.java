package gloss.load;

import gloss.content.Actor;
import gloss.content.Body;
import gloss.content.Content;
import gloss.content.Diagnostics;
import gloss.content.DocumentTerms;
import gloss.content.Event;
import gloss.content.Explainer;
import gloss.content.KeepEntry;
import gloss.content.Location;
import gloss.content.NoteDates;
import gloss.content.Page;
import gloss.content.DocumentStatus;
import gloss.content.PlanDocument;
import gloss.content.Version;
import gloss.content.VersionStatus;
import java.util.Map;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Standing;
import gloss.content.SourceKind;
import gloss.content.WebAddress;
import gloss.content.Stance;
import gloss.content.Topic;
import gloss.text.Slugs;
import gloss.text.Suggest;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/} into the {@link Content} model: registries, notes, bodies. It checks the shape
 * of each file (required fields, types, dates, enumerations, file names); references between files are
 * checked later by the resolve step (gloss.site), once everything is known.
 */
public final class ContentLoader {
    private static final Pattern PROVISION_FILE = Pattern.compile("(\\d{2,})-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REACTION_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ALIAS = Pattern.compile("([A-Za-z0-9._~-]+/)*([A-Za-z0-9._~-]+/|[A-Za-z0-9._~-]+\\.html)");
    /** A BCP 47 language tag as editors write one: a language code and optional subtags ({@code de}, {@code pt-BR}). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final Path root;
    private final boolean includeDrafts;
    private final Diagnostics diagnostics;
    private final NoteMemo memo;
    /** What could not be read, was left out as a draft, or lost its front matter (see {@link Content.Gaps}). */
    private final Map<String, Path> unreadable = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Path> drafts = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Body> orphans = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Body> draftBodies = java.util.Collections.synchronizedList(new ArrayList<>());

    public ContentLoader(Path root, boolean includeDrafts, Diagnostics diagnostics) {
        this(root, includeDrafts, diagnostics, NoteMemo.NONE);
    }

    /** {@code memo} may answer for notes and registries that did not change since an earlier load (see {@code gloss serve}). */
    public ContentLoader(Path root, boolean includeDrafts, Diagnostics diagnostics, NoteMemo memo) {
        this.root = root;
        this.includeDrafts = includeDrafts;
        this.diagnostics = diagnostics;
        this.memo = memo;
    }

    public Optional<Content> load() {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            diagnostics.error(Location.of(Path.of("content")), "no content folder found under " + root.toAbsolutePath(),
                    "run from the project root or pass --root DIR");
            return Optional.empty();
        }
        // The registries are independent YAML files: read them beside the notes (which load in parallel
        // themselves) rather than one after another. Diagnostics is thread-safe and sorts at the end.
        // They get a thread of their own: on the common pool (one worker on two cores) they would hold up
        // the notes' parallel stream instead of running beside it.
        ExecutorService registries = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gloss-registries");
            t.setDaemon(true);
            return t;
        });
        var explainerLater = CompletableFuture.supplyAsync(this::loadExplainer, registries);
        var sourcesLater = CompletableFuture.supplyAsync(() -> ownRegistry("sources.yaml", "a source", this::source), registries);
        var actorsLater = CompletableFuture.supplyAsync(() -> ownRegistry("actors.yaml", "an actor", this::actor), registries);
        var topicsLater = CompletableFuture.supplyAsync(() -> ownRegistry("topics.yaml", "a topic", this::topic), registries);
        var eventsLater = CompletableFuture.supplyAsync(() -> ownRegistry("events.yaml", "an event", this::event), registries);
        registries.shutdown(); // runs what it was given, then its thread ends
        List<Provision> provisions = notes("provisions", (in, shown, stem, f, body) -> in.provision(shown, stem, f, body)).stream()
                .sorted(Comparator.comparingInt(Provision::number).thenComparing(Provision::slug)).toList();
        List<Reaction> reactions = notes("reactions", (in, shown, stem, f, body) -> in.reaction(shown, stem, f, body)).stream()
                .sorted(Comparator.comparing(Reaction::date).thenComparing(Reaction::slug)).toList();
        List<Page> pages = notes("pages", (in, shown, stem, f, body) -> in.page(shown, stem, f, body));
        Optional<Body> home = home();
        Optional<Standing> standing = standing();
        Explainer explainer = explainerLater.join();
        List<Source> sources = sourcesLater.join();
        List<Actor> actors = actorsLater.join();
        List<Topic> topics = topicsLater.join();
        List<Event> events = eventsLater.join();
        if (explainer == null) return Optional.empty();
        List<PlanDocument> documents = documents();
        return Optional.of(new Content(explainer, sources, actors, topics,
                events.stream().sorted(Comparator.comparing(Event::date)).toList(),
                provisions, reactions, pages, home, standing, documents,
                new Content.Gaps(Map.copyOf(unreadable), Map.copyOf(drafts), byFile(orphans), byFile(draftBodies))));
    }

    private Path shown(Path file) {
        return root.relativize(file);
    }

    // ---- registries ------------------------------------------------------------------------------

    private Explainer loadExplainer() {
        Path file = root.resolve("content/explainer.yaml");
        Path shown = shown(file);
        if (!Files.exists(file)) {
            diagnostics.error(Location.of(shown), "missing content/explainer.yaml", "create it with title, base_url and dates");
            return null;
        }
        Optional<String> source = TextFiles.read(file, shown, diagnostics);
        if (source.isPresent() && Yaml.isEmpty(source.get())) {
            diagnostics.error(Location.of(shown), "content/explainer.yaml is empty", "give it title, base_url and dates");
            return null;
        }
        Optional<Fields> maybe = source
                .flatMap(text -> Yaml.parse(text, shown, 0, diagnostics))
                .flatMap(node -> Fields.of(node, shown, 0, diagnostics, "explainer.yaml"));
        if (maybe.isEmpty()) return null;
        Fields f = maybe.get();
        f.allowOnly(Set.of("title", "subtitle", "description", "language", "base_url", "published", "updated",
                "research_until", "publisher", "authors", "contact", "document", "keep"));
        String baseUrl = f.string("base_url");
        if (!baseUrl.isEmpty() && !Explainer.isBaseUrl(baseUrl)) {
            diagnostics.error(f.locOf("base_url"), "base_url must be an absolute http(s) URL", "e.g. https://example.org/explainer/");
            baseUrl = ""; // the rest of the build still runs to report every problem: keep it from a URL it cannot parse
        }
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        LocalDate published = f.date("published");
        LocalDate updated = f.date("updated");
        if (updated.isBefore(published)) {
            diagnostics.error(f.locOf("updated"), "'updated' (" + updated + ") is before 'published' (" + published + ")");
        }
        Optional<LocalDate> researchUntil = f.optDate("research_until");
        researchUntil.filter(updated::isBefore).ifPresent(r -> diagnostics.error(f.locOf("research_until"),
                "'research_until' (" + r + ") is after 'updated' (" + updated + ")", "research cannot run past the last update"));
        Optional<String> contact = f.optString("contact").filter(c -> {
            if (Explainer.isEmail(c)) return true;
            diagnostics.error(f.locOf("contact"), "contact must be an e-mail address, not '" + c + "'",
                    "e.g. editors@example.org; readers are shown it on every page");
            return false;
        });
        return new Explainer(f.string("title"), f.string("subtitle"), f.string("description"), f.string("language"),
                baseUrl, published, updated, researchUntil, f.string("publisher"), f.strings("authors"), contact,
                documentTerms(f), keep(f), f.at());
    }

    /** {@code document:} in explainer.yaml, each field optional, with generic wording by default. */
    private static DocumentTerms documentTerms(Fields explainer) {
        DocumentTerms d = DocumentTerms.DEFAULT;
        List<Fields> given = explainer.mapping("document", "the document block");
        if (given.isEmpty()) return d;
        Fields f = given.get(0);
        f.allowOnly(Set.of("name", "provision", "provisions", "text_heading", "text_note"));
        return new DocumentTerms(f.optString("name").orElse(d.name()), f.optString("provision").orElse(d.provision()),
                f.optString("provisions").orElse(d.provisions()), f.optString("text_heading").orElse(d.textHeading()),
                f.optString("text_note").orElse(d.textNote()));
    }

    /** The {@code keep:} list, each entry checked where it is written. */
    private List<String> keep(Fields f) {
        List<String> keep = new ArrayList<>();
        for (Ref r : f.refs("keep", false)) {
            String problem = KeepEntry.problem(r.id());
            if (problem != null) diagnostics.error(r.at(), problem);
            else keep.add(KeepEntry.normalized(r.id()));
        }
        return List.copyOf(keep);
    }

    private static boolean parsesAsUri(String url) {
        try {
            return java.net.URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A registry whose entries depend on its own file alone, so the memo may keep it (and its problems)
     * while the file is unchanged. A registry that does not parse is recorded as unreadable.
     */
    private <T> List<T> ownRegistry(String name, String what, Function<Fields, T> entry) {
        Path file = root.resolve("content").resolve(name);
        NoteMemo.Loaded<List<T>> loaded = memo.note(file, () -> {
            Diagnostics local = new Diagnostics();
            ContentLoader child = new ContentLoader(root, includeDrafts, local, NoteMemo.NONE);
            List<T> entries = child.registry(name, what, entry);
            return new NoteMemo.Loaded<>(Optional.of(entries).filter(e -> !child.unreadable.containsKey(registryKey(name))),
                    local.sorted(), false, Optional.empty());
        });
        loaded.problems().forEach(diagnostics::add);
        if (loaded.value().isEmpty()) unreadable.put(registryKey(name), shown(file));
        return loaded.value().orElse(List.of());
    }

    /** "sources" for sources.yaml: how other steps name a registry in {@link Content.Gaps}. */
    private static String registryKey(String fileName) {
        return fileName.replaceFirst("\\.yaml$", "");
    }

    /** Reads a registry file: a YAML list whose items are mappings, each turned into a record. */
    private <T> List<T> registry(String name, String what, Function<Fields, T> entry) {
        Path file = root.resolve("content").resolve(name);
        Path shown = shown(file);
        if (!Files.exists(file)) {
            diagnostics.error(Location.of(shown), "missing content/" + name);
            return List.of();
        }
        Optional<String> text = TextFiles.read(file, shown, diagnostics);
        Optional<Node> node = text.flatMap(t -> Yaml.parse(t, shown, 0, diagnostics));
        if (node.isEmpty()) {
            // an empty file (or only comments) is an empty list, a new explainer's; anything else was reported
            if (text.isPresent() && text.get().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) return List.of();
            unreadable.put(registryKey(name), shown);
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode seq)) {
            diagnostics.error(Yaml.at(node.get(), shown, 0), name + " must be a list of entries, each starting with '- '");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            Fields.of(item, shown, 0, diagnostics, what).map(entry).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private Source source(Fields f) {
        f.allowOnly(Set.of("id", "publisher", "title", "title_en", "lang", "author", "date", "url", "original_url",
                "archive_url", "accessed", "kind", "via", "reliability", "note"));
        String kindText = f.string("kind");
        SourceKind kind = SourceKind.parse(kindText).orElseGet(() -> {
            if (!kindText.isEmpty()) {
                String hint = SourceKind.renamed(kindText).map(k -> "'" + kindText + "' is now '" + k.key() + "'")
                        .or(() -> Optional.ofNullable(Suggest.didYouMean(kindText, SourceKind.keys())))
                        .orElse("use one of " + String.join(", ", SourceKind.keys()));
                diagnostics.error(f.locOf("kind"), "unknown source kind '" + kindText + "'", hint);
            }
            return SourceKind.OTHER;
        });
        Optional<String> lang = f.optString("lang");
        lang.ifPresent(l -> {
            if (!l.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                diagnostics.error(f.locOf("lang"), "lang must be a language code such as 'uk', 'ru' or 'de', not '" + l + "'");
            }
        });
        boolean low = f.optString("reliability").map(r -> {
            if (!r.equals("low")) diagnostics.error(f.locOf("reliability"), "reliability can only be 'low' (or left out)");
            return r.equals("low");
        }).orElse(false);
        return new Source(f.id("id"), f.string("publisher"), f.string("title"), f.optString("title_en"), lang,
                f.optString("author"), f.date("date"), address(f, "url"), address(f, "original_url"),
                address(f, "archive_url"), f.optDate("accessed"), kind, f.optString("via"), low,
                f.optString("note"), f.at());
    }

    /** An http(s) address field, located at its value so warnings about it point at its line. */
    private Optional<WebAddress> address(Fields f, String key) {
        return f.optString(key).map(u -> {
            if (!u.matches("https?://\\S+")) {
                diagnostics.error(f.locOf(key), key + " must start with http:// or https://");
            } else if (!parsesAsUri(u)) {
                diagnostics.error(f.locOf(key), key + " is not a valid address",
                        "write spaces and characters such as \" or { as %20, %22, %7B");
            }
            return new WebAddress(u, f.locOf(key));
        });
    }

    private Actor actor(Fields f) {
        f.allowOnly(Set.of("id", "name", "role", "organisation", "country", "aliases"));
        return new Actor(f.id("id"), f.string("name"), f.string("role"), f.string("organisation"), f.string("country"),
                f.texts("aliases"), f.at());
    }

    private Topic topic(Fields f) {
        f.allowOnly(Set.of("id", "title", "summary", "aliases"));
        return new Topic(f.id("id"), f.string("title"), f.string("summary"), f.texts("aliases"), f.at());
    }

    private Event event(Fields f) {
        f.allowOnly(Set.of("date", "title", "summary", "sources", "provisions", "reactions", "actors", CorrectionFields.KEY));
        return new Event(f.date("date"), f.string("title"), f.string("summary"), f.refs("sources", true),
                CorrectionFields.read(f),
                f.has("provisions") ? f.provisionNumbers("provisions", "write the numbers of the points it concerns, like [7, 21]") : List.of(),
                f.refs("reactions", false), f.refs("actors", false), f.at());
    }

    // ---- notes -----------------------------------------------------------------------------------

    /** Reads one kind of note from its front matter and body; {@code in} is the loader reporting its problems. */
    private interface NoteReader<T> {
        Optional<T> read(ContentLoader in, Path shown, String stem, Fields front, Body body);
    }

    /** Reads every {@code *.md} file of a folder, in name order (parallel: parsing dominates large sites). */
    private <T> List<T> notes(String folder, NoteReader<T> reader) {
        Path dir = root.resolve("content").resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(Location.of(shown(dir)), "cannot list folder: " + e.getMessage());
            return List.of();
        }
        return files.parallelStream()
                .map(file -> note(file, folder, reader))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * One note, with its problems. A draft is left out unless drafts are published, and then its problems
     * are warnings: a half-written note never stops the build. A note whose front matter does not parse
     * keeps its body, whose own problems are still reported.
     */
    private <T> Optional<T> note(Path file, String folder, NoteReader<T> reader) {
        NoteMemo.Loaded<T> loaded = memo.note(file, () -> {
            Diagnostics local = new Diagnostics();
            ContentLoader child = new ContentLoader(root, includeDrafts, local, NoteMemo.NONE);
            List<Body> orphan = new ArrayList<>();
            Optional<T> value = child.readNote(file, reader, orphan);
            boolean draft = value.map(ContentLoader::isDraft).orElseGet(() -> child.saysDraft(file));
            return new NoteMemo.Loaded<>(value, local.sorted(), draft, orphan.stream().findFirst());
        });
        String key = noteKey(folder, file, loaded.value());
        boolean leftOut = loaded.draft() && !includeDrafts;
        for (var d : loaded.problems()) diagnostics.add(leftOut && d.isError() ? d.inDraft() : d);
        if (leftOut) {
            drafts.put(key, shown(file));
            loaded.value().map(ContentLoader::bodyOf).or(loaded::orphan).ifPresent(draftBodies::add);
            return Optional.empty();
        }
        if (loaded.value().isEmpty()) unreadable.put(key, shown(file));
        loaded.orphan().ifPresent(orphans::add);
        return loaded.value();
    }

    private static Body bodyOf(Object note) {
        return note instanceof Provision p ? p.body() : note instanceof Reaction r ? r.body() : ((Page) note).body();
    }

    private static List<Body> byFile(List<Body> bodies) {
        return bodies.stream().sorted(Comparator.comparing(b -> b.start().file().toString())).toList();
    }

    private static boolean isDraft(Object note) {
        return note instanceof Provision p ? p.draft() : note instanceof Reaction r ? r.draft() : note instanceof Page p && p.draft();
    }

    /** Whether a note whose front matter could not be read says {@code draft: true} on a line of its own. */
    private boolean saysDraft(Path file) {
        try {
            // through InputFile like every read: a pipe or a link out of the project is not opened
            String text = new String(gloss.files.InputFile.read(root, file), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().anyMatch(l -> l.strip().equals("draft: true"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** How other files refer to a note: "provision:6", "reaction:STEM", "page:SLUG". */
    private static String noteKey(String folder, Path file, Optional<?> value) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        return switch (folder) {
            case "provisions" -> "provision:" + value.map(v -> String.valueOf(((Provision) v).number()))
                    .orElseGet(() -> stem.contains("-") ? String.valueOf(ProvisionNumber.parse(stem.substring(0, stem.indexOf('-'))).orElse(0)) : stem);
            case "reactions" -> "reaction:" + stem;
            case "documents" -> "document-note:" + stem;
            default -> "page:" + stem;
        };
    }

    private <T> Optional<T> readNote(Path file, NoteReader<T> reader, List<Body> orphan) {
        Path shown = shown(file);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - 3);
        return TextFiles.read(file, shown, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics, true))
                .flatMap(fm -> {
                    Body body = new Body(fm.body(), new Location(shown, fm.bodyLine(), 1));
                    Optional<Node> node = Yaml.parse(fm.yaml(), shown, fm.yamlLine() - 1, diagnostics);
                    if (node.isEmpty()) {
                        if (Yaml.isEmpty(fm.yaml())) diagnostics.error(new Location(shown, 1, 1), "front matter is empty");
                        orphan.add(body);
                        return Optional.empty();
                    }
                    return Fields.of(node.get(), shown, fm.yamlLine() - 1, diagnostics, "front matter")
                            .flatMap(f -> reader.read(this, shown, stem, f, body));
                });
    }

    private Optional<Provision> provision(Path shown, String stem, Fields f, Body body) {
        f.allowOnly(Set.of("number", "title", "topics", "summary", "gist", "text", "text_sources", "sourcing", "versions", "draft",
                "added", "updated",
                CorrectionFields.KEY));
        Matcher m = PROVISION_FILE.matcher(stem);
        int number = f.optString("number").map(text -> {
            java.util.OptionalInt n = ProvisionNumber.parse(text);
            if (n.isEmpty()) diagnostics.error(f.locOf("number"), ProvisionNumber.problem(text));
            return n.orElse(-1);
        }).orElseGet(() -> {
            if (!f.has("number")) diagnostics.error(f.at(), "missing required field 'number' in front matter");
            return -1;
        });
        if (!m.matches()) {
            diagnostics.error(Location.of(shown), "provision file name must look like NN-slug.md",
                    "e.g. " + String.format("%02d", Math.max(number, 1)) + "-" + Slugs.of(stem) + ".md");
        } else if (ProvisionNumber.parse(m.group(1)).isEmpty()) {
            diagnostics.error(Location.of(shown), "the file name starts with " + ProvisionNumber.problem(m.group(1)),
                    "name it after the point's number, e.g. " + String.format("%02d", Math.max(number, 1))
                            + stem.substring(m.group(1).length()) + ".md");
        } else if (number > 0 && ProvisionNumber.parse(m.group(1)).getAsInt() != number) {
            diagnostics.error(f.locOf("number"), "number " + number + " does not match the file name " + stem + ".md",
                    "rename the file to " + String.format("%02d", number) + stem.substring(m.group(1).length()) + ".md");
        }
        boolean weak = f.optString("sourcing").map(s -> {
            if (!s.equals("weak")) diagnostics.error(f.locOf("sourcing"), "sourcing can only be 'weak' (or left out)");
            return s.equals("weak");
        }).orElse(false);
        Optional<String> gist = f.optString("gist");
        gist.filter(g -> g.length() > Provision.GIST_MAX).ifPresent(g -> diagnostics.error(f.locOf("gist"),
                "gist is " + g.length() + " characters long; it is the one line after the title in the home page's list",
                "keep it to " + Provision.GIST_MAX + " characters; the summary says the rest"));
        return Optional.of(new Provision(number, stem, f.string("title"), f.refs("topics", true), f.string("summary"), gist,
                f.string("text"), f.refs("text_sources", true), weak, versions(f), f.flag("draft"), body,
                CorrectionFields.read(f), f.at(), dates(f)));
    }

    private List<Version> versions(Fields provision) {
        List<Version> out = new ArrayList<>();
        for (Fields v : provision.mappings("versions", "a version")) {
            v.allowOnly(Set.of("document", "status", "number", "text", "into", "sources"));
            String statusText = v.string("status");
            VersionStatus status = VersionStatus.parse(statusText).orElseGet(() -> {
                if (!statusText.isEmpty()) {
                    diagnostics.error(v.locOf("status"), "unknown version status '" + statusText + "'",
                            Optional.ofNullable(Suggest.didYouMean(statusText, VersionStatus.keys()))
                                    .orElse("use one of " + String.join(", ", VersionStatus.keys())));
                }
                return VersionStatus.UNKNOWN;
            });
            Optional<String> text = v.optString("text");
            Optional<Integer> into = v.optInteger("into");
            if (status == VersionStatus.CHANGED && text.isEmpty() && !v.has("text")) {
                diagnostics.error(v.at(), "a 'changed' version needs the changed wording in 'text'");
            }
            if ((status == VersionStatus.UNKNOWN || status == VersionStatus.REMOVED) && text.isPresent()) {
                // 'text' is compared with the point's own text; an account of what reporting says is not wording
                diagnostics.error(v.locOf("text"), "a version with status '" + status.key() + "' has no wording to show;"
                                + " 'text' is that version's wording of the point",
                        "remove it, and say what the sources report about this version in the body, under the section on later drafts");
            }
            if (status == VersionStatus.MERGED && into.isEmpty() && !v.has("into")) {
                diagnostics.error(v.at(), "a 'merged' version needs 'into: N', the point it was merged into");
            }
            if (status != VersionStatus.MERGED && v.has("into")) {
                diagnostics.error(v.locOf("into"), "'into' only goes with status: merged");
            }
            Ref document = new Ref(v.string("document"), v.locOf("document"));
            out.add(new Version(document, status, v.optInteger("number"), text, into, v.refs("sources", true), v.at()));
        }
        return List.copyOf(out);
    }

    private List<PlanDocument> documents() {
        Path file = root.resolve("content/documents.yaml");
        if (!Files.exists(file)) return List.of();
        Map<String, Page> notes = new java.util.TreeMap<>();
        for (Page p : notes("documents", (in, shown, stem, f, body) -> in.page(shown, stem, f, body))) notes.put(p.slug(), p);
        List<PlanDocument> docs = registry("documents.yaml", "a document", f -> {
            f.allowOnly(Set.of("id", "title", "date", "proposer", "status", "sources", "summary"));
            String statusText = f.string("status");
            DocumentStatus status = DocumentStatus.parse(statusText).orElseGet(() -> {
                if (!statusText.isEmpty()) {
                    diagnostics.error(f.locOf("status"), "unknown document status '" + statusText + "'",
                            Optional.ofNullable(Suggest.didYouMean(statusText, DocumentStatus.keys()))
                                    .orElse("use one of " + String.join(", ", DocumentStatus.keys())));
                }
                return DocumentStatus.REPORTED;
            });
            String id = f.id("id");
            Optional<Page> note = Optional.ofNullable(notes.get(id));
            return new PlanDocument(id, f.string("title"), f.date("date"), f.string("proposer"), status,
                    f.refs("sources", true), f.optString("summary"), note.map(Page::body),
                    note.map(Page::corrections).orElse(List.of()), f.at());
        });
        for (Map.Entry<String, Page> n : notes.entrySet()) {
            if (docs.stream().noneMatch(d -> d.id().equals(n.getKey()))) {
                diagnostics.error(n.getValue().body().start(), "no document '" + n.getKey() + "' in content/documents.yaml",
                        Suggest.didYouMean(n.getKey(), docs.stream().map(PlanDocument::id).toList()));
            }
        }
        return docs.stream().sorted(Comparator.comparing(PlanDocument::date).thenComparing(PlanDocument::id)).toList();
    }

    private Optional<Reaction> reaction(Path shown, String stem, Fields f, Body body) {
        f.allowOnly(Set.of("actor", "date", "medium", "stance", "provisions", "title", "summary", "quote", "added", "updated",
                "quote_sources", "quote_lang", "quote_translation", "quote_translation_sources", "sources", "draft",
                CorrectionFields.KEY, "aliases"));
        Optional<LocalDate> written = f.requiredDate("date"); // a malformed date is one error, not two
        LocalDate date = written.orElse(LocalDate.of(1970, 1, 1));
        Matcher m = REACTION_FILE.matcher(stem);
        if (!m.matches()) {
            diagnostics.error(Location.of(shown), "reaction file name must look like YYYY-MM-DD-actor-slug.md",
                    "e.g. " + written.map(LocalDate::toString).orElse("YYYY-MM-DD") + "-"
                            + Slugs.of(f.optString("actor").orElse("actor")) + ".md");
        } else if (written.isPresent() && !m.group(1).equals(date.toString())) {
            diagnostics.error(f.locOf("date"), "date " + date + " does not match the file name " + stem + ".md");
        }
        String stanceText = f.string("stance");
        Stance stance = Stance.parse(stanceText).orElseGet(() -> {
            if (!stanceText.isEmpty()) {
                diagnostics.error(f.locOf("stance"), "unknown stance '" + stanceText + "'",
                        Optional.ofNullable(Suggest.didYouMean(stanceText, Stance.keys()))
                                .orElse("use one of " + String.join(", ", Stance.keys())));
            }
            return Stance.UNCLEAR;
        });
        boolean all = f.isWord("provisions", "all");
        List<ProvisionNumber> provisions = all ? List.of() : f.provisionNumbers("provisions");
        Ref actor = f.has("actor") ? new Ref(f.string("actor"), f.locOf("actor")) : new Ref(f.string("actor"), f.at());
        List<Ref> sources = f.refs("sources", true);
        Optional<String> quote = f.optString("quote");
        Optional<String> quoteLang = f.optString("quote_lang");
        Optional<String> translation = f.optString("quote_translation");
        quoteLang.filter(l -> !LANGUAGE_TAG.matcher(l).matches()).ifPresent(l -> diagnostics.error(f.locOf("quote_lang"),
                "'" + l + "' is not a language tag", "write the language's ISO code, e.g. de, pl, uk, ru, fr"));
        if (quote.isEmpty() && (quoteLang.isPresent() || translation.isPresent())) {
            diagnostics.error(f.locOf(quoteLang.isPresent() ? "quote_lang" : "quote_translation"),
                    "quote_lang and quote_translation describe a quote, but there is no quote", "add the quote: or remove them");
        } else if (quoteLang.filter(l -> !l.equals("en") && !l.startsWith("en-")).isPresent() && translation.isEmpty()) {
            diagnostics.error(f.locOf("quote_lang"), "a quote in another language needs an English quote_translation",
                    "add quote_translation: \"...\" and, if it is taken from a source, quote_translation_sources: [id]");
        } else if (translation.isPresent() && quoteLang.isEmpty()) {
            diagnostics.error(f.locOf("quote_translation"), "quote_translation needs quote_lang, the language of the original",
                    "e.g. quote_lang: de");
        }
        return Optional.of(new Reaction(stem, actor, date, f.string("medium"), stance, all, provisions,
                f.optString("title"), f.optString("summary"), quote, f.refs("quote_sources", false), sources,
                f.flag("draft"), body, quoteLang, translation, f.refs("quote_translation_sources", false),
                CorrectionFields.read(f), f.at(), aliases(f), dates(f)));
    }

    /**
     * {@code aliases:}, the note's earlier addresses (kept by {@code gloss rename}): site paths such as
     * {@code reactions/2025-11-21-old-name/}, relative to the site root (a leading '/' is dropped).
     */
    private List<Ref> aliases(Fields f) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : f.refs("aliases", false)) {
            String path = r.id().startsWith("/") ? r.id().substring(1) : r.id();
            if (!ALIAS.matcher(path).matches() || path.contains("/./") || path.contains("/../") || path.startsWith("./")
                    || path.startsWith("../")) {
                diagnostics.error(r.at(), "alias '" + r.id() + "' must be a path on this site ending with '/' or '.html'",
                        "e.g. reactions/2025-11-21-old-name/");
            } else {
                out.add(new Ref(path, r.at()));
            }
        }
        return List.copyOf(out);
    }

    private Optional<Page> page(Path shown, String stem, Fields f, Body body) {
        f.allowOnly(Set.of("title", "draft", "added", "updated", CorrectionFields.KEY));
        if (!SLUG.matcher(stem).matches()) {
            diagnostics.error(Location.of(shown), "page file name must be a slug such as about.md",
                    "rename it to " + Slugs.of(stem) + ".md");
        }
        return Optional.of(new Page(stem, f.string("title"), f.flag("draft"), body, CorrectionFields.read(f), f.at(), dates(f)));
    }

    /** {@code added:} and {@code updated:}, both optional; a note cannot be updated before it was added. */
    private NoteDates dates(Fields f) {
        NoteDates d = new NoteDates(f.optDate("added"), f.optDate("updated"));
        if (d.added().isPresent() && d.updated().isPresent() && d.updated().get().isBefore(d.added().get())) {
            diagnostics.error(f.locOf("updated"), "'updated' (" + d.updated().get() + ") is before 'added' (" + d.added().get() + ")");
        }
        return d;
    }

    /** {@code content/standing.md}, the home page's dated "where things stand" box: optional. */
    private Optional<Standing> standing() {
        Path file = root.resolve("content/standing.md");
        if (!Files.exists(file)) return Optional.empty();
        Path shown = shown(file);
        return TextFiles.read(file, shown, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics, true))
                .flatMap(fm -> Yaml.parse(fm.yaml(), shown, fm.yamlLine() - 1, diagnostics)
                        .flatMap(node -> Fields.of(node, shown, fm.yamlLine() - 1, diagnostics, "front matter"))
                        .map(f -> {
                            f.allowOnly(Set.of("title", "date"));
                            return new Standing(f.optString("title").orElse(Standing.DEFAULT_TITLE), f.date("date"),
                                    new Body(fm.body(), new Location(shown, fm.bodyLine(), 1)), f.at());
                        }));
    }

    private Optional<Body> home() {
        Path file = root.resolve("content/home.md");
        if (!Files.exists(file)) return Optional.empty();
        Path shown = shown(file);
        return TextFiles.read(file, shown, diagnostics)
                .flatMap(text -> FrontMatter.split(text, shown, diagnostics, false))
                .map(fm -> new Body(fm.body(), new Location(shown, fm.bodyLine(), 1)));
    }
}
