package gloss.scaffold;

import gloss.content.Placeholders;
import gloss.content.DocumentStatus;
import gloss.content.SourceKind;
import gloss.content.Stance;
import gloss.site.Urls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code gloss new}: writes a correctly named note ({@code content/provisions/NN-slug.md},
 * {@code content/reactions/YYYY-MM-DD-actor-slug.md}) or appends an entry to a registry
 * ({@code content/sources.yaml}, {@code content/actors.yaml}) with the required fields filled in from the
 * command line and {@code FILL IN: ...} placeholders for the rest (see {@link Placeholders}).
 *
 * <p>Everything is validated before anything is written. A note is created with {@code CREATE_NEW}, so an
 * existing file is never replaced; a registry only ever gets text appended, never rewritten.
 */
public final class Scaffolder {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final Path root;
    private final ProjectIndex index;

    /** What was written: the file (relative to the root), whether it was appended to, how many placeholders. */
    public record Result(Path file, boolean appended, int placeholders) {}

    public record ProvisionSpec(int number, String title, Optional<String> slug, List<String> topics,
                                Optional<String> summary, Optional<String> text, List<String> textSources,
                                boolean draft) {}

    public record ReactionSpec(String actor, String date, String slug, Optional<String> medium, Optional<String> stance,
                               List<String> provisions, Optional<String> title, Optional<String> summary,
                               List<String> sources, boolean draft) {}

    public record SourceSpec(String id, String publisher, String title, String date, String kind, Optional<String> url,
                             Optional<String> originalUrl, Optional<String> author, Optional<String> via,
                             Optional<String> note) {}

    public record ActorSpec(String id, String name, Optional<String> role, Optional<String> organisation,
                            Optional<String> country) {}

    public record EventSpec(String date, String title, Optional<String> summary, List<String> sources) {}

    public record TopicSpec(String id, String title, Optional<String> summary) {}

    public record DocumentSpec(String id, String title, String date, String proposer, String status, List<String> sources,
                               Optional<String> summary) {}

    public record PageSpec(String slug, String title, boolean draft) {}

    public Scaffolder(Path root) throws ScaffoldException {
        this.root = root.toAbsolutePath().normalize();
        this.index = new ProjectIndex(this.root);
        if (!Files.isDirectory(index.content())) {
            throw ScaffoldException.usage("no content folder found under " + this.root + "; run from the project root or pass --root DIR");
        }
    }

    public Result provision(ProvisionSpec p) throws ScaffoldException {
        if (p.number() < 1) throw ScaffoldException.usage("--number must be 1 or more, not " + p.number());
        String title = oneLine("--title", p.title());
        String slug = p.slug().map(s -> s.strip()).orElseGet(() -> gloss.text.Slugs.of(title));
        id("--slug", slug);
        ProvisionSpec spec = new ProvisionSpec(p.number(), title, Optional.of(slug), p.topics(),
                oneLine("--summary", p.summary()), oneLine("--text", p.text()), p.textSources(), p.draft());
        known("--topics", p.topics(), index.ids("topics.yaml"), "content/topics.yaml");
        known("--text-sources", p.textSources(), index.ids("sources.yaml"), "content/sources.yaml");
        TreeMap<Integer, Path> existing = index.provisionFiles();
        Path taken = existing.get(p.number());
        if (taken != null) {
            throw ScaffoldException.conflict("provision " + p.number() + " already exists: " + root.relativize(taken)
                    + "; nothing was written");
        }
        int next = existing.isEmpty() ? 1 : existing.lastKey() + 1;
        if (p.number() > next) {
            throw ScaffoldException.usage("provisions are numbered from 1 without gaps: the next number is " + next
                    + ", not " + p.number());
        }
        String stem = String.format("%02d-%s", p.number(), slug);
        Path file = index.content().resolve("provisions").resolve(stem + ".md");
        return create(file, NoteText.provision(spec, stem + ".md", List.copyOf(index.ids("documents.yaml"))));
    }

    public Result reaction(ReactionSpec r) throws ScaffoldException {
        id("--actor", r.actor());
        date("--date", r.date());
        id("--slug", r.slug());
        Optional<String> medium = oneLine("--medium", r.medium());
        Optional<String> title = oneLine("--title", r.title());
        Optional<String> summary = oneLine("--summary", r.summary());
        if (r.stance().isPresent() && Stance.parse(r.stance().get()).isEmpty()) {
            throw ScaffoldException.usage("unknown stance '" + r.stance().get() + "'; use one of " + String.join(", ", Stance.keys()));
        }
        List<String> provisions = provisions(r.provisions());
        Set<String> actors = index.ids("actors.yaml");
        if (!actors.contains(r.actor())) {
            throw ScaffoldException.usage("unknown actor '" + r.actor() + "'"
                    + gloss.text.Suggest.closest(r.actor(), actors).map(s -> " (did you mean '" + s + "'?)").orElse("")
                    + "; add it first with: gloss new actor --id " + r.actor() + " --name \"...\"");
        }
        known("--sources", r.sources(), index.ids("sources.yaml"), "content/sources.yaml");
        String stem = r.date() + "-" + r.actor() + "-" + r.slug();
        Path file = index.content().resolve("reactions").resolve(stem + ".md");
        ReactionSpec spec = new ReactionSpec(r.actor(), r.date(), r.slug(), medium, r.stance(), provisions, title, summary,
                r.sources(), r.draft());
        return create(file, NoteText.reaction(spec, stem));
    }

    public Result source(SourceSpec s) throws ScaffoldException {
        id("--id", s.id());
        date("--date", s.date());
        if (SourceKind.parse(s.kind()).isEmpty()) {
            throw ScaffoldException.usage("unknown source kind '" + s.kind() + "'; use one of " + String.join(", ", SourceKind.keys()));
        }
        if (s.url().isPresent() && !URL.matcher(s.url().get()).matches()) {
            throw ScaffoldException.usage("--url must start with http:// or https:// and contain no spaces");
        }
        if (s.originalUrl().isPresent() && !URL.matcher(s.originalUrl().get()).matches()) {
            throw ScaffoldException.usage("--original-url must start with http:// or https:// and contain no spaces");
        }
        SourceSpec spec = new SourceSpec(s.id(), oneLine("--publisher", s.publisher()), oneLine("--title", s.title()),
                s.date(), s.kind().toLowerCase(java.util.Locale.ROOT), s.url(), s.originalUrl(), oneLine("--author", s.author()),
                oneLine("--via", s.via()), oneLine("--note", s.note()));
        return append("sources.yaml", "source", s.id(), NoteText.source(spec));
    }

    public Result actor(ActorSpec a) throws ScaffoldException {
        id("--id", a.id());
        ActorSpec spec = new ActorSpec(a.id(), oneLine("--name", a.name()), oneLine("--role", a.role()),
                oneLine("--organisation", a.organisation()), oneLine("--country", a.country()));
        return append("actors.yaml", "actor", a.id(), NoteText.actor(spec));
    }

    public Result event(EventSpec e) throws ScaffoldException {
        date("--date", e.date());
        String title = oneLine("--title", e.title());
        known("--sources", e.sources(), index.ids("sources.yaml"), "content/sources.yaml");
        if (index.entries("events.yaml").stream().anyMatch(m -> e.date().equals(m.one("date")) && title.equals(m.one("title")))) {
            throw ScaffoldException.conflict("an event of " + e.date() + " titled '" + title + "' already exists in "
                    + "content/events.yaml; nothing was written");
        }
        return append("events.yaml", NoteText.event(new EventSpec(e.date(), title, oneLine("--summary", e.summary()), e.sources())));
    }

    public Result topic(TopicSpec t) throws ScaffoldException {
        id("--id", t.id());
        TopicSpec spec = new TopicSpec(t.id(), oneLine("--title", t.title()), oneLine("--summary", t.summary()));
        return append("topics.yaml", "topic", t.id(), NoteText.topic(spec));
    }

    public Result document(DocumentSpec d) throws ScaffoldException {
        id("--id", d.id());
        date("--date", d.date());
        if (DocumentStatus.parse(d.status()).isEmpty()) {
            throw ScaffoldException.usage("unknown document status '" + d.status() + "'; use one of "
                    + String.join(", ", DocumentStatus.keys()));
        }
        known("--sources", d.sources(), index.ids("sources.yaml"), "content/sources.yaml");
        DocumentSpec spec = new DocumentSpec(d.id(), oneLine("--title", d.title()), d.date(), oneLine("--proposer", d.proposer()),
                d.status(), d.sources(), oneLine("--summary", d.summary()));
        return append("documents.yaml", "document", d.id(), NoteText.document(spec));
    }

    public Result page(PageSpec p) throws ScaffoldException {
        id("--slug", p.slug());
        if (Urls.RESERVED.contains(p.slug()) || p.slug().equals("home")) {
            throw ScaffoldException.usage("--slug '" + p.slug() + "' is taken by a section the build makes itself; choose another");
        }
        Path file = index.content().resolve("pages").resolve(p.slug() + ".md");
        return create(file, NoteText.page(new PageSpec(p.slug(), oneLine("--title", p.title()), p.draft())));
    }

    /** Adds a version entry for {@code document} to every provision that has none (see {@link Versions}). */
    public Versions.Added version(String document) throws ScaffoldException {
        id("DOC", document);
        return Versions.add(root, index, document);
    }

    // ---- writing ---------------------------------------------------------------------------------

    private Result create(Path file, NoteText.Written text) throws ScaffoldException {
        Path shown = root.relativize(file);
        if (Files.exists(file)) throw ScaffoldException.conflict(shown + " already exists; nothing was written");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw ScaffoldException.conflict(shown + " already exists; nothing was written");
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot write " + shown + ": " + e.getMessage());
        }
        return new Result(shown, false, text.placeholders());
    }

    /** Appends an entry whose id must be new in its registry. */
    private Result append(String registry, String what, String id, NoteText.Written entry) throws ScaffoldException {
        if (index.ids(registry).contains(id)) {
            throw ScaffoldException.conflict(what + " id '" + id + "' already exists in content/" + registry
                    + "; nothing was written");
        }
        return append(registry, entry);
    }

    /**
     * Appends an entry; the registry's existing bytes are never touched (a missing final newline is added,
     * and a blank line when the entries are already separated by blank lines, as in events.yaml).
     */
    private Result append(String registry, NoteText.Written entry) throws ScaffoldException {
        Path file = index.content().resolve(registry);
        Path shown = root.relativize(file);
        index.ids(registry); // a registry that does not parse is reported before anything is written
        try {
            String text = entry.text();
            if (Files.exists(file) && Files.size(file) > 0) {
                String before = Files.readString(file, StandardCharsets.UTF_8);
                String separator = before.endsWith("\n") ? "" : "\n";
                if (before.contains("\n\n- ") && !before.endsWith("\n\n")) separator += "\n";
                text = separator + text;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot append to " + shown + ": " + e.getMessage());
        }
        return new Result(shown, true, entry.placeholders());
    }

    // ---- validation ------------------------------------------------------------------------------

    private static void id(String option, String value) throws ScaffoldException {
        if (value == null || !ID.matcher(value).matches()) {
            throw ScaffoldException.usage(option + " '" + value + "' is not a valid id: use lowercase letters, digits and "
                    + "single hyphens, e.g. '" + gloss.text.Slugs.of(value == null ? "" : value) + "'");
        }
    }

    private static void date(String option, String value) throws ScaffoldException {
        if (value == null || !DATE.matcher(value).matches()) {
            throw ScaffoldException.usage(option + " must be a date written YYYY-MM-DD, not '" + value + "'");
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ScaffoldException.usage(option + " '" + value + "' is not a real date");
        }
    }

    private static String oneLine(String option, String value) throws ScaffoldException {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) throw ScaffoldException.usage(option + " must not be empty");
        if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw ScaffoldException.usage(option + " must be one line of text");
        if (Placeholders.is(v)) throw ScaffoldException.usage(option + " must be the real text, not a placeholder");
        return v;
    }

    private static Optional<String> oneLine(String option, Optional<String> value) throws ScaffoldException {
        return value.isEmpty() ? Optional.empty() : Optional.of(oneLine(option, value.get()));
    }

    private static void known(String option, List<String> ids, Set<String> known, String registry) throws ScaffoldException {
        for (String id : ids) {
            id(option, id);
            if (!known.contains(id)) {
                throw ScaffoldException.usage(option + ": unknown id '" + id + "' (not in " + registry + ")"
                        + gloss.text.Suggest.closest(id, known).map(s -> "; did you mean '" + s + "'?").orElse(""));
            }
        }
    }

    /** {@code all}, or provision numbers that exist. */
    private List<String> provisions(List<String> given) throws ScaffoldException {
        if (given.size() == 1 && given.get(0).equals("all")) return given;
        Set<Integer> numbers = index.provisionFiles().keySet();
        List<String> out = new ArrayList<>();
        for (String n : given) {
            if (!n.matches("\\d{1,4}")) {
                throw ScaffoldException.usage("--provisions takes numbers such as 7,21 or the word all, not '" + n + "'");
            }
            int number = Integer.parseInt(n);
            if (!numbers.contains(number)) {
                throw ScaffoldException.usage("--provisions: there is no provision " + number
                        + (numbers.isEmpty() ? "" : " (provisions are numbered 1 to " + numbers.size() + ")"));
            }
            out.add(Integer.toString(number));
        }
        return out;
    }

}
