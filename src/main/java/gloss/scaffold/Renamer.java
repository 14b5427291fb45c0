package gloss.scaffold;

import gloss.text.Slugs;
import gloss.text.Suggest;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static gloss.scaffold.YamlText.commented;

/**
 * {@code gloss rename source|actor|reaction OLD NEW}: renames an id and rewrites every reference to it,
 * in every note and registry: front-matter fields ({@code sources}, {@code text_sources},
 * {@code quote_sources} at any depth; {@code actor}; a timeline event's {@code actors} and {@code reactions}),
 * the registry entry's own {@code id}, citations
 * ({@code [@OLD, p. 3]}), and cross-references ({@code source:OLD}, {@code actor:OLD},
 * {@code reaction:OLD#anchor}). Values are replaced where they stand, so comments, quoting and layout
 * stay as they were.
 *
 * <p>A reaction's id is its file name, and its file name is its address: the file is renamed, its
 * {@code date:} follows a new date in the name, and the old address goes into the note's
 * {@code aliases:}, from which the build makes a redirect page, so links from elsewhere keep working.
 * Actor renames leave reaction file names (and so their addresses) alone.
 *
 * <p>Everything is computed before anything is written; a file that does not parse stops the rename.
 */
public final class Renamer {
    private static final Pattern REACTION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-[a-z0-9]+(-[a-z0-9]+)*");

    public enum Kind {
        SOURCE("sources.yaml", Set.of("sources", "text_sources", "quote_sources")),
        ACTOR("actors.yaml", Set.of("actor", "actors")),     // a reaction's actor, a timeline event's actors
        REACTION(null, Set.of("reactions"));                 // a timeline event's reactions

        final String registry;
        final Set<String> fields;

        Kind(String registry, Set<String> fields) {
            this.registry = registry;
            this.fields = fields;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> parse(String s) {
            return Stream.of(values()).filter(k -> k.word().equals(s)).findFirst();
        }
    }

    /** What changed: references rewritten per file, and for a reaction its new file and the alias kept. */
    public record Renamed(Map<Path, Integer> references, Optional<Path> movedTo, Optional<String> alias) {}

    private final Path root;
    private final ProjectIndex index;

    public Renamer(Path root) throws ScaffoldException {
        this.root = root.toAbsolutePath().normalize();
        this.index = new ProjectIndex(this.root);
        if (!Files.isDirectory(index.content())) {
            throw ScaffoldException.usage("no content folder found under " + this.root + "; run from the project root or pass --root DIR");
        }
    }

    public Renamed rename(Kind kind, String old, String now) throws ScaffoldException {
        if (old.equals(now)) throw ScaffoldException.usage("OLD and NEW are the same: '" + old + "'");
        Path movedFrom = null;
        Path movedTo = null;
        if (kind == Kind.REACTION) {
            reactionId("NEW", now);
            Path dir = index.content().resolve("reactions");
            movedFrom = dir.resolve(old + ".md");
            movedTo = dir.resolve(now + ".md");
            if (!Files.isRegularFile(movedFrom)) {
                throw ScaffoldException.usage("there is no reaction '" + old + "' (no content/reactions/" + old + ".md)"
                        + Suggest.closest(old, stems(dir)).map(s -> "; did you mean '" + s + "'?").orElse(""));
            }
            if (Files.exists(movedTo)) {
                throw ScaffoldException.conflict("content/reactions/" + now + ".md already exists; nothing was written");
            }
        } else {
            if (!Slugs.isId(now)) {
                throw ScaffoldException.usage("NEW '" + now + "' is not a valid id: use lowercase letters, digits and single "
                        + "hyphens, e.g. '" + Slugs.of(now) + "'");
            }
            Set<String> ids = index.ids(kind.registry);
            if (!ids.contains(old)) {
                throw ScaffoldException.usage("unknown " + kind.word() + " '" + old + "' (not in content/" + kind.registry + ")"
                        + Suggest.closest(old, ids).map(s -> "; did you mean '" + s + "'?").orElse(""));
            }
            if (ids.contains(now)) {
                throw ScaffoldException.conflict(kind.word() + " id '" + now + "' already exists in content/" + kind.registry
                        + "; nothing was written");
            }
        }

        List<Pattern> inBodies = bodyPatterns(kind, old);
        Map<Path, String> texts = new LinkedHashMap<>();
        Map<Path, Integer> references = new LinkedHashMap<>();
        String alias = null;
        for (Path file : files()) {
            boolean note = file.toString().endsWith(".md");
            EditableFile f = EditableFile.open(root, file, note);
            boolean registry = kind.registry != null && file.equals(index.content().resolve(kind.registry));
            f.tree.ifPresent(tree -> yaml(f, tree, kind, old, now, registry, 0));
            for (Pattern p : inBodies) {
                Matcher m = p.matcher(f.text).region(f.bodyStart, f.text.length());
                while (m.find()) f.edit(m.start(1), m.end(1), now);
            }
            int count = f.edits();
            if (file.equals(movedFrom)) {
                alias = "reactions/" + old + "/";
                addAlias(f, alias);
                followDate(f, now);
            }
            if (f.edits() > 0) {
                Path target = file.equals(movedFrom) ? movedTo : file;
                texts.put(target, f.forDisk());
                if (count > 0) references.put(root.relativize(target), count);
            }
        }
        Writes.apply(root, texts, movedFrom == null ? List.of() : List.of(movedFrom));
        return new Renamed(references, Optional.ofNullable(movedTo).map(root::relativize), Optional.ofNullable(alias));
    }

    /** Every registry and note of the project, in a stable order. */
    private List<Path> files() throws ScaffoldException {
        try (Stream<Path> walk = Files.walk(index.content())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot list " + root.relativize(index.content()) + ": " + e.getMessage());
        }
    }

    /** Rewrites the values of the kind's fields at any depth, and the registry entry's own id. */
    private static void yaml(EditableFile f, Node node, Kind kind, String old, String now, boolean registry, int depth) {
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) yaml(f, item, kind, old, now, registry, depth + 1);
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                boolean ownId = registry && depth == 1 && key.getValue().equals("id");
                if (ownId || kind.fields.contains(key.getValue())) {
                    Node value = t.getValueNode();
                    List<Node> values = value instanceof SequenceNode s ? s.getValue() : List.of(value);
                    for (Node v : values) {
                        if (v instanceof ScalarNode s && s.getValue().strip().equals(old)) {
                            int start = f.start(s);
                            String written = f.text.substring(start, f.end(s));
                            f.edit(start, f.end(s), written.replace(old, now));
                        }
                    }
                } else {
                    yaml(f, t.getValueNode(), kind, old, now, registry, depth + 1);
                }
            }
        }
    }

    /** Citations and cross-references to the old id in Markdown; group 1 is the id itself. */
    private static List<Pattern> bodyPatterns(Kind kind, String old) {
        String id = Pattern.quote(old);
        // A cross-reference: scheme:id, then the end of the link target or an #anchor.
        Pattern crossReference = Pattern.compile("(?<![A-Za-z0-9_-])" + kind.word() + ":(" + id + ")(?![A-Za-z0-9_-])");
        if (kind != Kind.SOURCE) return List.of(crossReference);
        // A citation key: @id, where neither side continues the key (nor makes it an e-mail address).
        Pattern citation = Pattern.compile("(?<![A-Za-z0-9_])@(" + id + ")(?![A-Za-z0-9_-]|[.:][A-Za-z0-9_])");
        return List.of(citation, crossReference);
    }

    /** Adds {@code alias} to the note's {@code aliases:} (a flow or block list), or adds the field. */
    private static void addAlias(EditableFile f, String alias) throws ScaffoldException {
        MappingNode front = (MappingNode) f.tree.filter(MappingNode.class::isInstance).orElseThrow(() ->
                ScaffoldException.conflict(f.shown + ": the front matter is not a list of fields; fix it first (run gloss check)"));
        Optional<Node> existing = front.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("aliases"))
                .map(NodeTuple::getValueNode).findFirst();
        if (existing.isEmpty()) {
            f.edit(f.frontMatterEnd(), f.frontMatterEnd(),
                    commented("aliases: [" + alias + "]", "earlier addresses, kept working as redirects") + "\n");
        } else if (existing.get() instanceof SequenceNode list && list.getFlowStyle() == FlowStyle.FLOW) {
            int close = f.end(list) - 1; // the ']'
            f.edit(close, close, (list.getValue().isEmpty() ? "" : ", ") + alias);
        } else if (existing.get() instanceof SequenceNode list && !list.getValue().isEmpty()) {
            Node last = list.getValue().get(list.getValue().size() - 1);
            int dash = f.text.lastIndexOf('-', f.start(last));
            String indent = " ".repeat(dash - f.lineStart(dash));
            int at = f.nextLineStart(f.end(last));
            f.edit(at, at, indent + "- " + alias + "\n");
        } else if (existing.get() instanceof ScalarNode one && !one.getValue().isBlank()) {
            f.edit(f.start(one), f.end(one), "[" + f.text.substring(f.start(one), f.end(one)) + ", " + alias + "]");
        } else {
            throw ScaffoldException.conflict(f.shown + ": aliases: is not a list; fix it first (run gloss check)");
        }
    }

    /** A new date in the file name is a corrected date: {@code date:} follows it, or the note would not build. */
    private static void followDate(EditableFile f, String now) {
        String date = now.substring(0, 10);
        if (!(f.tree.orElse(null) instanceof MappingNode front)) return;
        for (NodeTuple t : front.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("date") && t.getValueNode() instanceof ScalarNode v
                    && !v.getValue().strip().equals(date)) {
                int start = f.start(v);
                f.edit(start, f.end(v), f.text.substring(start, f.end(v)).replace(v.getValue().strip(), date));
            }
        }
    }

    private static void reactionId(String what, String stem) throws ScaffoldException {
        Matcher m = REACTION.matcher(stem);
        if (!m.matches()) {
            throw ScaffoldException.usage(what + " '" + stem + "' is not a reaction id: write YYYY-MM-DD-actor-slug, "
                    + "e.g. 2025-11-21-zelenskyy-address");
        }
        try {
            LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw ScaffoldException.usage(what + " '" + stem + "': '" + m.group(1) + "' is not a real date");
        }
    }

    private static Set<String> stems(Path dir) throws ScaffoldException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .forEach(n -> out.add(n.substring(0, n.length() - 3)));
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot list content/reactions: " + e.getMessage());
        }
        return out;
    }
}
