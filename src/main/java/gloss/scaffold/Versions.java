package gloss.scaffold;

import gloss.content.Placeholders;
import gloss.text.Suggest;
import gloss.content.VersionStatus;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static gloss.scaffold.YamlText.commented;
import static gloss.scaffold.YamlText.flowList;
import static gloss.scaffold.YamlText.quote;

/**
 * {@code gloss new version DOC}: gives every provision a {@code versions:} entry for document DOC, with
 * {@code status: unknown} (true until someone reads the document: the sources are silent so far) and
 * the document's own sources, so the project builds at once and the entries can be filled in one by
 * one. Each entry goes at the end of the provision's {@code versions:} list, indented like the entries
 * already there; a provision without the list gets one before its closing {@code ---}. Provisions that
 * already have an entry for DOC are left alone. Nothing is written unless every provision can be edited.
 */
public final class Versions {
    /** The provisions that got an entry and those that already had one, relative to the root. */
    public record Added(List<Path> files, List<Path> skipped) {}

    private Versions() {}

    static Added add(Path root, ProjectIndex index, String document) throws ScaffoldException {
        ProjectIndex.Entry doc = null;
        List<String> ids = new ArrayList<>();
        for (ProjectIndex.Entry e : index.entries("documents.yaml")) {
            if (e.one("id") != null) ids.add(e.one("id"));
            if (document.equals(e.one("id"))) doc = e;
        }
        if (doc == null) {
            throw ScaffoldException.usage("unknown document '" + document + "' (not in content/documents.yaml)"
                    + Suggest.closest(document, ids).map(s -> "; did you mean '" + s + "'?")
                    .orElse("; add it first with: gloss new document --id " + document + " ..."));
        }
        List<String> sources = doc.list("sources");
        Map<Path, String> texts = new LinkedHashMap<>();
        List<Path> skipped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : index.provisionFiles().values()) {
            EditableFile note = EditableFile.open(root, file, true);
            try {
                if (insert(note, document, sources)) texts.put(file, note.forDisk());
                else skipped.add(note.shown);
            } catch (ScaffoldException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw ScaffoldException.conflict(String.join("\n", problems) + "\nnothing was written");
        }
        if (texts.isEmpty()) {
            throw ScaffoldException.conflict(skipped.isEmpty() ? "there are no provisions yet; nothing was written"
                    : "every provision already has a version entry for '" + document + "'; nothing was written");
        }
        return new Added(Writes.apply(root, texts, List.of()), skipped);
    }

    /** Adds the entry to {@code note}; false when it already has one for the document. */
    private static boolean insert(EditableFile note, String document, List<String> sources) throws ScaffoldException {
        if (note.tree.isEmpty() || !(note.tree.get() instanceof MappingNode front)) {
            throw ScaffoldException.conflict(note.shown + ": the front matter is not a list of fields; fix it first (run gloss check)");
        }
        Optional<NodeTuple> versions = front.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("versions")).findFirst();
        if (versions.isEmpty()) {
            note.edit(note.frontMatterEnd(), note.frontMatterEnd(),
                    commented("versions:", "what each document of content/documents.yaml did with the point") + "\n"
                            + entry("  ", document, sources));
            return true;
        }
        Node value = versions.get().getValueNode();
        if (!(value instanceof SequenceNode list) || list.getFlowStyle() == FlowStyle.FLOW || list.getValue().isEmpty()) {
            throw ScaffoldException.conflict(note.shown + ":" + (note.text.substring(0, note.start(value)).split("\n", -1).length)
                    + ": versions: is not a list of '- document: ...' entries; fix it first (run gloss check)");
        }
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode m && m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals("document") && t.getValueNode() instanceof ScalarNode v
                    && v.getValue().strip().equals(document))) {
                return false;
            }
        }
        // Indent like the first entry: its "- " starts where its first field starts, minus two.
        int firstField = note.start(list.getValue().get(0));
        int dash = note.text.lastIndexOf('-', firstField);
        String indent = " ".repeat(dash - note.lineStart(dash));
        Node last = list.getValue().get(list.getValue().size() - 1);
        int end = note.end(last);
        int at = end == note.lineStart(end) ? end : note.nextLineStart(end);
        note.edit(at, at, entry(indent, document, sources));
        return true;
    }

    private static String entry(String indent, String document, List<String> sources) {
        String keys = indent + "  ";
        List<String> statuses = VersionStatus.keys().stream().filter(s -> !s.equals("unknown")).toList();
        String ids = sources.isEmpty() ? "[" + quote(Placeholders.of("ids of the sources that say so")) + "]" : flowList(sources);
        return commented(indent + "- document: " + document, "added by gloss new version") + "\n"
                + commented(keys + "status: unknown", "to fill in: " + String.join(" | ", statuses)
                        + " (unknown: the sources are silent)") + "\n"
                + commented(keys + "sources: " + ids, "the document's sources; keep those that say what became of this point")
                + "\n";
    }
}
