package gloss.serve.incremental;

import gloss.content.Body;
import gloss.content.Location;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Equality as far as the rendered site can tell. Locations are ignored: they only place diagnostics, and
 * a page is reused only from a build without any. Bodies are ignored too: pages see a body only through
 * the map of parsed bodies, where serve records and compares them by file (see {@link ModelChanges}).
 * So editing line 3 of sources.yaml does not make every later source look changed.
 */
final class Same {
    private Same() {}

    static boolean output(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Location && b instanceof Location) return true;
        if (a instanceof Body && b instanceof Body) return true;
        if (a instanceof List<?> x && b instanceof List<?> y) return lists(x, y);
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) return maps(x, y);
        if (a instanceof java.util.Set<?> x && b instanceof java.util.Set<?> y) return x.equals(y);
        if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
            return x.isPresent() == y.isPresent() && (x.isEmpty() || output(x.get(), y.get()));
        }
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof Record x) return records(x, (Record) b);
        return a.equals(b);
    }

    private static boolean lists(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        Iterator<?> i = a.iterator();
        Iterator<?> j = b.iterator();
        while (i.hasNext()) {
            if (!output(i.next(), j.next())) return false;
        }
        return true;
    }

    private static boolean maps(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<?, ?> e : a.entrySet()) {
            if (!b.containsKey(e.getKey()) || !output(e.getValue(), b.get(e.getKey()))) return false;
        }
        return true;
    }

    private static boolean records(Record a, Record b) {
        List<Records.Part> x = Records.parts(a);
        List<Records.Part> y = Records.parts(b);
        for (int i = 0; i < x.size(); i++) {
            if (!output(x.get(i).value(), y.get(i).value())) return false;
        }
        return true;
    }
}
