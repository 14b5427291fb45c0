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
import java.util.LinkedHashSet;
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
        Path file = content().resolve(registry);
        Set<String> ids = new LinkedHashSet<>();
        if (!Files.exists(file)) return ids;
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
        node.ifPresent(n -> {
            for (Node item : ((SequenceNode) n).getValue()) {
                if (!(item instanceof MappingNode map)) continue;
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                            && t.getValueNode() instanceof ScalarNode v) {
                        ids.add(v.getValue().strip());
                    }
                }
            }
        });
        return ids;
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
