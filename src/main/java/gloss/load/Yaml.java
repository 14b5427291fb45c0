package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.Optional;

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
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Location at = mark == null ? new Location(file, lineOffset + 1, 1)
                    : new Location(file, lineOffset + mark.getLine() + 1, mark.getColumn() + 1);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            diagnostics.error(at, "malformed YAML: " + problem.strip(), hintFor(problem));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(new Location(file, lineOffset + 1, 1), "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** True when {@code text} holds no YAML document at all: only blank lines, comments or markers. */
    public static boolean isEmpty(String text) {
        try {
            return new Compose(LoadSettings.builder().build()).composeString(text).isEmpty();
        } catch (YamlEngineException e) {
            return false;
        }
    }

    private static String hintFor(String problem) {
        if (problem == null) return null;
        if (problem.contains("mapping values are not allowed")) {
            return "put the value in double quotes when it contains ': '";
        }
        if (problem.contains("found character '\\t'") || problem.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        return null;
    }

    public static Location at(Node node, Path file, int lineOffset) {
        return node.getStartMark()
                .map(m -> new Location(file, lineOffset + m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Location(file, lineOffset + 1, 1));
    }
}
