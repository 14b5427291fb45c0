package gloss.scaffold;

import gloss.content.Diagnostics;
import gloss.load.FrontMatter;
import gloss.load.TextFiles;
import gloss.load.Yaml;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A content file opened for surgical edits: its YAML (a whole registry, or a note's front matter) parsed
 * with positions, so that a value can be replaced or an entry inserted while every other byte (comments,
 * spacing, quoting, line endings) stays as the editor wrote it. Edits are collected, then applied at once.
 */
final class EditableFile {
    /** Replace {@code [start, end)} of the text with {@code text}; start == end inserts. */
    record Edit(int start, int end, String text) {}

    final Path file;
    final Path shown;
    final String text;
    /** The YAML part: where it starts in {@link #text}, and its parsed tree (empty for an empty document). */
    final int yamlStart;
    final String yaml;
    final Optional<Node> tree;
    /** Where the Markdown body starts in {@link #text}; the text's length for a registry. */
    final int bodyStart;
    private final boolean crlf;
    private final boolean bom;
    private final int[] lineStarts;
    private final List<Edit> edits = new ArrayList<>();

    private EditableFile(Path file, Path shown, String text, int yamlStart, String yaml, Optional<Node> tree, int bodyStart,
                         boolean crlf, boolean bom) {
        this.file = file;
        this.shown = shown;
        this.text = text;
        this.yamlStart = yamlStart;
        this.yaml = yaml;
        this.tree = tree;
        this.bodyStart = bodyStart;
        this.crlf = crlf;
        this.bom = bom;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < yaml.length(); i++) if (yaml.charAt(i) == '\n') starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Opens a registry ({@code note} false) or a note; a file that does not read or parse is a conflict. */
    static EditableFile open(Path root, Path file, boolean note) throws ScaffoldException {
        Path shown = root.relativize(file);
        String raw;
        try {
            raw = new String(gloss.files.InputFile.read(root, file), StandardCharsets.UTF_8); // no pipe, no link out
        } catch (IOException e) {
            throw ScaffoldException.conflict("cannot read " + shown + ": " + e.getMessage() + "; nothing was written");
        }
        Diagnostics diagnostics = new Diagnostics();
        String text = TextFiles.decode(raw.getBytes(StandardCharsets.UTF_8), shown, diagnostics).orElse("");
        int yamlStart = 0;
        String yaml = text;
        int bodyStart = text.length();
        if (note) {
            Optional<FrontMatter> fm = FrontMatter.split(text, shown, diagnostics, false);
            if (fm.isPresent()) {
                yaml = fm.get().yaml();
                yamlStart = yaml.isEmpty() ? 0 : 4; // after the first line "---\n"
                bodyStart = text.length() - fm.get().body().length();
            }
        }
        Optional<Node> tree = yaml.isEmpty() ? Optional.empty() : Yaml.parse(yaml, shown, yamlStart == 0 ? 0 : 1, diagnostics);
        if (diagnostics.hasErrors()) {
            throw ScaffoldException.conflict(diagnostics.sorted().get(0) + "\n" + shown
                    + " has to be fixed first (run gloss check); nothing was written");
        }
        return new EditableFile(file, shown, text, yamlStart, yaml, tree, bodyStart, raw.contains("\r\n"),
                raw.startsWith("\uFEFF"));
    }

    /** The offset in {@link #text} of a position in the YAML. */
    int offset(Mark mark) {
        int lineStart = lineStarts[Math.min(mark.getLine(), lineStarts.length - 1)];
        return yamlStart + yaml.offsetByCodePoints(lineStart, mark.getColumn());
    }

    int start(Node node) {
        return offset(node.getStartMark().orElseThrow());
    }

    int end(Node node) {
        return offset(node.getEndMark().orElseThrow());
    }

    /** The start of the line holding {@code offset}, and the start of the line after it. */
    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    int nextLineStart(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** Where the closing {@code ---} line of the front matter starts (where new fields go). */
    int frontMatterEnd() {
        return yamlStart + yaml.length();
    }

    void edit(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement));
    }

    int edits() {
        return edits.size();
    }

    /** The text with every edit applied (later ones first, so earlier offsets stay valid). */
    String edited() {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> out.replace(e.start(), e.end(), e.text()));
        return out.toString();
    }

    /** The edited text as it goes back to disk: the file's own line endings and byte-order mark. */
    String forDisk() {
        String out = edited();
        if (crlf) out = out.replace("\n", "\r\n");
        return bom ? "\uFEFF" + out : out;
    }
}
