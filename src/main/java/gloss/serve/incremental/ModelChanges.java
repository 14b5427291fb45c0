package gloss.serve.incremental;

import gloss.content.Body;
import gloss.content.Content;
import gloss.markdown.ParsedBody;
import gloss.site.SiteModel;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between the model the kept pages were rendered from and the new one, as the reads
 * ({@link Reads}) it invalidates: a changed entry of a map, a map's key set, any change of a list, a body
 * whose text changed. A change to anything else in the model (the explainer settings, the presence of
 * home.md) touches every page, since every page shows it.
 */
final class ModelChanges {
    /** The parts of a build the comparison needs: the model and the bodies by file. */
    record Snapshot(SiteModel site, Map<Path, Body> bodies) {
        static Snapshot of(SiteModel site, Map<Body, ParsedBody> parsed) {
            Map<Path, Body> bodies = new HashMap<>();
            for (Body b : parsed.keySet()) bodies.put(b.start().file(), b);
            return new Snapshot(site, bodies);
        }
    }

    private final Reads.Builder changed = new Reads.Builder();
    private Reads dirty = Reads.NONE;
    private boolean everything;

    private ModelChanges() {}

    static ModelChanges all() {
        ModelChanges all = new ModelChanges();
        all.everything = true;
        return all;
    }

    static ModelChanges between(Snapshot before, Snapshot after) {
        ModelChanges changes = new ModelChanges();
        changes.compareRecords("", before.site(), after.site());
        changes.compareMaps(Recording.PARSED, before.bodies(), after.bodies(), Objects::equals);
        changes.dirty = changes.changed.build();
        return changes;
    }

    /** Whether a page that read {@code reads} read something that changed. */
    boolean touches(Reads reads) {
        return everything || dirty.overlaps(reads);
    }

    private void compareRecords(String prefix, Record before, Record after) {
        List<Records.Part> x = Records.parts(before);
        List<Records.Part> y = Records.parts(after);
        for (int i = 0; i < x.size(); i++) {
            String name = prefix + x.get(i).name();
            Object a = x.get(i).value();
            Object b = y.get(i).value();
            if (a instanceof Content c && b instanceof Content d) compareRecords("content.", c, d);
            else if (a instanceof Map<?, ?> m && b instanceof Map<?, ?> n) compareMaps(name, m, n, Same::output);
            else if (a instanceof List<?> && b instanceof List<?>) {
                if (!Same.output(a, b)) changed.add(name, Reads.Whole.ALL);
            } else if (!Same.output(a, b)) {
                everything = true;
            }
        }
    }

    private interface Equality {
        boolean same(Object a, Object b);
    }

    private void compareMaps(String name, Map<?, ?> before, Map<?, ?> after, Equality equality) {
        boolean keysChanged = false;
        boolean anyChanged = false;
        for (Map.Entry<?, ?> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                keysChanged = true;
                changed.add(name, e.getKey());
            } else if (!equality.same(e.getValue(), after.get(e.getKey()))) {
                anyChanged = true;
                changed.add(name, e.getKey());
            }
        }
        for (Object key : after.keySet()) {
            if (!before.containsKey(key)) {
                keysChanged = true;
                changed.add(name, key);
            }
        }
        if (keysChanged) changed.add(name, Reads.Whole.KEYS);
        if (keysChanged || anyChanged) changed.add(name, Reads.Whole.ALL);
    }
}
