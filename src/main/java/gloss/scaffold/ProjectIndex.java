package gloss.scaffold;

import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.load.TextFiles;
import gloss.load.Yaml;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What already exists in a project, read only as far as {@code gloss new} needs it: the ids of a registry
 * and the provision numbers taken by file names. A registry that does not parse is a conflict: appending
 * to a broken file would only bury the problem.
 */
final class ProjectIndex {
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)-.*\\.md");

    private final Path root;

    ProjectIndex(Path root) {
        this.root = root;
    }

    Path content() {
        return root.resolve("content");
    }

    /** The {@code id} of every entry of {@code content/NAME}, in file order; empty when the file does not exist yet. */
    Set<String> ids(String registry) throws ScaffoldException {
        Set<String> ids = new LinkedHashSet<>();
        for (Entry entry : entries(registry)) {
            if (entry.one("id") != null) ids.add(entry.one("id"));
        }
        return ids;
    }

    /** A registry entry's fields that hold a value or a list of values (the first of each name). */
    record Entry(Map<String, List<String>> fields) {
        String one(String key) {
            List<String> v = fields.get(key);
            return v == null || v.size() != 1 ? null : v.get(0);
        }

        List<String> list(String key) {
            return fields.getOrDefault(key, List.of());
        }
    }

    /** Every entry of {@code content/NAME}, in file order; empty when the file does not exist yet. */
    List<Entry> entries(String registry) throws ScaffoldException {
        Path file = content().resolve(registry);
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        Path shown = root.relativize(file);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Node> node = TextFiles.read(file, shown, diagnostics).flatMap(t -> Yaml.parse(t, shown, 0, diagnostics));
        if (diagnostics.hasErrors()) {
            Diagnostic first = diagnostics.sorted().get(0);
            throw ScaffoldException.conflict(first + "\n" + shown + " has to be fixed first (run gloss check); nothing was written");
        }
        if (node.isPresent() && !(node.get() instanceof SequenceNode)) {
            throw ScaffoldException.conflict(shown + " is not a list of entries; fix it first (run gloss check); nothing was written");
        }
        if (node.isEmpty()) return out;
        for (Node item : ((SequenceNode) node.get()).getValue()) {
            if (!(item instanceof MappingNode map)) continue;
            Map<String, List<String>> entry = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                if (t.getValueNode() instanceof ScalarNode v) entry.putIfAbsent(k.getValue(), List.of(v.getValue().strip()));
                if (t.getValueNode() instanceof SequenceNode list) {
                    entry.putIfAbsent(k.getValue(), list.getValue().stream()
                            .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip()).toList());
                }
            }
            out.add(new Entry(entry));
        }
        return out;
    }

    /** Provision files by the number their name starts with (several when numbers clash). */
    TreeMap<Integer, Path> provisionFiles() throws ScaffoldException {
        TreeMap<Integer, Path> out = new TreeMap<>();
        Path dir = content().resolve("provisions");
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                Matcher m = NUMBERED.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).length() < 6) out.putIfAbsent(Integer.parseInt(m.group(1)), p);
            }
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot list " + root.relativize(dir) + ": " + e.getMessage());
        }
        return out;
    }
}
