package gloss.load;

import gloss.content.Placeholders;
import gloss.text.Suggest;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.ProvisionNumber;
import gloss.content.Ref;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, located access to one YAML mapping (a registry entry or a note's front matter). Every
 * accessor reports a diagnostic at the offending node instead of throwing, and returns a harmless
 * default, so one pass finds every problem of a file.
 */
final class Fields {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final Path file;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private final Location at;
    private final String what;

    private Fields(MappingNode map, Path file, int lineOffset, Diagnostics diagnostics, String what) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
        this.what = what;
        this.at = Yaml.at(map, file, lineOffset);
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error(loc(t.getKeyNode()), "field names must be plain words");
                continue;
            }
            NodeTuple earlier = byKey.putIfAbsent(key.getValue(), t);
            if (earlier != null) {
                diagnostics.error(loc(key), "duplicate field '" + key.getValue() + "'",
                        "it is already set at line " + loc(earlier.getKeyNode()).line());
            }
        }
    }

    /** Wraps {@code node} if it is a mapping; otherwise reports that {@code what} must be one. */
    static Optional<Fields> of(Node node, Path file, int lineOffset, Diagnostics diagnostics, String what) {
        if (node instanceof MappingNode map) return Optional.of(new Fields(map, file, lineOffset, diagnostics, what));
        diagnostics.error(Yaml.at(node, file, lineOffset), what + " must be a mapping of 'field: value' lines");
        return Optional.empty();
    }

    Location at() { return at; }

    Location loc(Node n) { return Yaml.at(n, file, lineOffset); }

    Location locOf(String key) {
        NodeTuple t = byKey.get(key);
        return t == null ? at : loc(t.getValueNode());
    }

    boolean has(String key) { return byKey.containsKey(key); }

    /** True when {@code key} holds exactly the plain word {@code word} (e.g. {@code provisions: all}). */
    boolean isWord(String key, String word) {
        NodeTuple t = byKey.get(key);
        return t != null && t.getValueNode() instanceof ScalarNode s && s.getValue().strip().equals(word);
    }

    /** Reports fields that this kind of entry does not know, with the closest known name. */
    void allowOnly(Set<String> known) {
        for (Map.Entry<String, NodeTuple> e : byKey.entrySet()) {
            if (!known.contains(e.getKey())) {
                diagnostics.error(loc(e.getValue().getKeyNode()), "unknown field '" + e.getKey() + "' in " + what,
                        Optional.ofNullable(Suggest.didYouMean(e.getKey(), known))
                                .orElse("known fields: " + String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    String string(String key) {
        return optString(key).orElseGet(() -> {
            if (!has(key)) diagnostics.error(at, "missing required field '" + key + "' in " + what);
            return "";
        });
    }

    Optional<String> optString(String key) {
        NodeTuple t = byKey.get(key);
        if (t == null) return Optional.empty();
        if (t.getValueNode() instanceof ScalarNode s) {
            String v = s.getValue().strip();
            if (v.isEmpty() || (s.isPlain() && (v.equals("null") || v.equals("~")))) {
                diagnostics.error(loc(s), "field '" + key + "' is empty");
                return Optional.empty();
            }
            if (placeholder(key, v, loc(s))) return Optional.empty();
            return Optional.of(v);
        }
        diagnostics.error(loc(t.getValueNode()), "field '" + key + "' must be text, not a " + kind(t.getValueNode()));
        return Optional.empty();
    }

    /** Reports a value that {@code gloss new} left for the editor to write (see {@link Placeholders}). */
    private boolean placeholder(String key, String value, Location where) {
        if (!Placeholders.is(value)) return false;
        diagnostics.error(where, Placeholders.MESSAGE, "replace '" + value + "' in '" + key + "'");
        return true;
    }

    String id(String key) {
        String v = string(key);
        if (!v.isEmpty() && !ID.matcher(v).matches()) {
            diagnostics.error(locOf(key), "'" + v + "' is not a valid id",
                    "use lowercase letters, digits and single hyphens, e.g. '" + gloss.text.Slugs.of(v) + "'");
        }
        return v;
    }

    LocalDate date(String key) {
        return requiredDate(key).orElse(LocalDate.of(1970, 1, 1));
    }

    /**
     * A required date, empty (and reported once) when missing or malformed: callers that compare it with
     * something else, such as a file name, skip the comparison rather than blame a stand-in date.
     */
    Optional<LocalDate> requiredDate(String key) {
        Optional<LocalDate> date = optDate(key);
        if (date.isEmpty() && !has(key)) diagnostics.error(at, "missing required field '" + key + "' in " + what);
        return date;
    }

    Optional<LocalDate> optDate(String key) {
        Optional<String> raw = optString(key);
        if (raw.isEmpty()) return Optional.empty();
        String v = raw.get();
        if (DATE.matcher(v).matches()) {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                diagnostics.error(locOf(key), "'" + v + "' is not a real date");
                return Optional.empty();
            }
        }
        diagnostics.error(locOf(key), "field '" + key + "' must be a date written YYYY-MM-DD, not '" + v + "'");
        return Optional.empty();
    }

    boolean flag(String key) {
        Optional<String> v = byKey.containsKey(key) ? optString(key) : Optional.empty();
        if (v.isEmpty()) return false;
        if (v.get().equals("true")) return true;
        if (!v.get().equals("false")) diagnostics.error(locOf(key), "field '" + key + "' must be true or false");
        return false;
    }

    /**
     * A list of provision numbers ({@code [7, 21]}, {@code [01, 2]}, or a single number), each located;
     * anything that is not a number in range is reported where it is written and left out.
     */
    List<ProvisionNumber> provisionNumbers(String key) {
        List<ProvisionNumber> out = new ArrayList<>();
        for (Ref r : refs(key, true)) {
            java.util.OptionalInt n = ProvisionNumber.parse(r.id());
            if (n.isPresent()) out.add(new ProvisionNumber(n.getAsInt(), r.at()));
            else diagnostics.error(r.at(), ProvisionNumber.problem(r.id()), "write numbers like [7, 21], or: all");
        }
        return List.copyOf(out);
    }

    int integer(String key) {
        Optional<String> v = optString(key);
        if (v.isEmpty()) {
            if (!has(key)) diagnostics.error(at, "missing required field '" + key + "' in " + what);
            return -1;
        }
        try {
            return Integer.parseInt(v.get());
        } catch (NumberFormatException e) {
            diagnostics.error(locOf(key), "field '" + key + "' must be a whole number, not '" + v.get() + "'");
            return -1;
        }
    }

    /** A list of scalars, each with its own location; a single scalar is accepted as a one-item list. */
    List<Ref> refs(String key, boolean required) {
        NodeTuple t = byKey.get(key);
        if (t == null) {
            if (required) diagnostics.error(at, "missing required field '" + key + "' in " + what);
            return List.of();
        }
        Node value = t.getValueNode();
        List<Ref> out = new ArrayList<>();
        if (value instanceof ScalarNode s && !s.getValue().isBlank()) {
            out.add(new Ref(s.getValue().strip(), loc(s)));
        } else if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) out.add(new Ref(s.getValue().strip(), loc(s)));
                else diagnostics.error(loc(item), "each item of '" + key + "' must be a single id");
            }
        } else {
            diagnostics.error(loc(value), "field '" + key + "' must be a list such as [a, b]");
        }
        if (out.removeIf(r -> placeholder(key, r.id(), r.at()))) return List.copyOf(out); // reported, not ids
        if (required && out.isEmpty()) diagnostics.error(loc(value), "field '" + key + "' must not be empty");
        return List.copyOf(out);
    }

    /** An optional list of short texts (e.g. aliases), each a non-empty string; a single text is a one-item list. */
    List<String> texts(String key) {
        NodeTuple t = byKey.get(key);
        if (t == null) return List.of();
        Node value = t.getValueNode();
        List<Node> items = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) out.add(s.getValue().strip());
            else diagnostics.error(loc(item), "each item of '" + key + "' must be a text", "write it as [one, \"two words\"]");
        }
        return List.copyOf(out);
    }

    /** A list of mappings (e.g. a provision's versions), each wrapped for located access. */
    List<Fields> mappings(String key, String what) {
        NodeTuple t = byKey.get(key);
        if (t == null) return List.of();
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            diagnostics.error(loc(t.getValueNode()), "field '" + key + "' must be a list of entries, each starting with '- '");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node item : seq.getValue()) Fields.of(item, file, lineOffset, diagnostics, what).ifPresent(out::add);
        return out;
    }

    /** A nested mapping (e.g. {@code document:} in explainer.yaml), as a list of none or one. */
    List<Fields> mapping(String key, String what) {
        NodeTuple t = byKey.get(key);
        if (t == null) return List.of();
        return Fields.of(t.getValueNode(), file, lineOffset, diagnostics, what).stream().toList();
    }

    Optional<Integer> optInteger(String key) {
        return has(key) ? Optional.of(integer(key)).filter(i -> i >= 0) : Optional.empty();
    }

    List<String> strings(String key) {
        return refs(key, true).stream().map(Ref::id).toList();
    }

    private static String kind(Node n) {
        return n instanceof SequenceNode ? "list" : n instanceof MappingNode ? "mapping" : "value";
    }

}
