package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import gloss.text.XmlChars;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses YAML into snakeyaml-engine's node tree, which keeps a start mark on every node: that is what
 * lets every later diagnostic name the exact line and column. {@code lineOffset} shifts lines when
 * the YAML is front matter inside a Markdown file.
 */
public final class Yaml {
    private Yaml() {}

    public static Optional<Node> parse(String text, Path file, int lineOffset, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(true) // duplicates are reported by Fields, with both places
                .setMaxAliasesForCollections(10)
                .setCodePointLimit(16 * 1024 * 1024)
                .build();
        try {
            Optional<Node> node = new Composer(settings, new NestingLimit(new ParserImpl(settings, new StreamReader(settings, text))))
                    .getSingleNode();
            node.ifPresent(n -> checkCharacters(n, file, lineOffset, diagnostics));
            return node;
        } catch (MarkedYamlEngineException e) {
            YamlProblem p = YamlProblem.of(e, text);
            diagnostics.error(new Location(file, lineOffset + p.line(), p.column()), YamlProblem.PREFIX + p.message(), p.hint());
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(new Location(file, lineOffset + 1, 1), "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** True when {@code text} holds no YAML document at all: only blank lines, comments or markers. */
    public static boolean isEmpty(String text) {
        // read as events, not composed: composing recurses once per nesting level (see NestingLimit)
        LoadSettings settings = LoadSettings.builder().build();
        try {
            ParserImpl events = new ParserImpl(settings, new StreamReader(settings, text));
            while (events.hasNext()) {
                switch (events.next().getEventId()) {
                    case Scalar, SequenceStart, MappingStart, Alias -> { return false; }
                    default -> { }
                }
            }
            return true;
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /**
     * Reports every scalar that holds a character no page or feed can carry. A raw one is refused with
     * the file (see {@link TextFiles}); this catches those written as escapes, such as {@code "a\x0bb"}.
     */
    private static void checkCharacters(Node root, Path file, int lineOffset, Diagnostics diagnostics) {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // an alias may point back to its own anchor
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) continue;
            if (node instanceof ScalarNode scalar) {
                int bad = XmlChars.firstIllegal(scalar.getValue());
                if (bad >= 0) {
                    diagnostics.error(at(node, file, lineOffset), XmlChars.message(scalar.getValue().charAt(bad)),
                            "remove the escape that writes it");
                }
            } else if (node instanceof SequenceNode seq) {
                todo.addAll(seq.getValue());
            } else if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    todo.add(t.getKeyNode());
                    todo.add(t.getValueNode());
                }
            }
        }
    }

    public static Location at(Node node, Path file, int lineOffset) {
        return node.getStartMark()
                .map(m -> new Location(file, lineOffset + m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Location(file, lineOffset + 1, 1));
    }
}
