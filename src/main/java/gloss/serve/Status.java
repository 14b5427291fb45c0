package gloss.serve;

import gloss.content.Diagnostic;
import gloss.render.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state pushed to open tabs after each build: the version of the build being served (a tab
 * showing an older one reloads) and the diagnostics of the latest build, which the overlay lists.
 */
final class Status {
    private Status() {}

    static String json(long version, boolean ok, List<Diagnostic> diagnostics) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", d.toString());
            m.put("severity", d.severity().label());
            m.put("file", d.location().file().toString().replace('\\', '/'));
            m.put("line", d.location().line());
            m.put("column", d.location().column());
            m.put("message", d.message());
            m.put("hint", d.hint().orElse(null));
            list.add(m);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("ok", ok);
        state.put("errors", list.stream().filter(m -> m.get("severity").equals("error")).count());
        state.put("diagnostics", list);
        return Json.write(state);
    }
}
