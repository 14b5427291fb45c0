package gloss.load;

import gloss.content.Diagnostics;
import gloss.content.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
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
        try {
            return new Compose(LoadSettings.builder().build()).composeString(text).isEmpty();
        } catch (YamlEngineException e) {
            return false;
        }
    }

    public static Location at(Node node, Path file, int lineOffset) {
        return node.getStartMark()
                .map(m -> new Location(file, lineOffset + m.getLine() + 1, m.getColumn() + 1))
                .orElse(new Location(file, lineOffset + 1, 1));
    }
}
