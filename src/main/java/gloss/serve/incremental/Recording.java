package gloss.serve.incremental;

import gloss.content.Body;
import gloss.content.Content;
import gloss.markdown.ParsedBody;
import gloss.site.SiteModel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model as a page renderer sees it in serve: the same records, with every map and list of
 * {@link SiteModel} and {@link Content} (and the parsed bodies) replaced by a view that records reads.
 * Collections are named by their component ({@code reactionsByActor}, {@code content.reactions}).
 */
record Recording(SiteModel site, Map<Body, ParsedBody> parsed) {
    static final String PARSED = "parsed";

    static Recording of(SiteModel site, Map<Body, ParsedBody> parsed, Recorder recorder) {
        SiteModel wrapped = Records.copy(site, (name, value) -> wrap(name, value, recorder));
        return new Recording(wrapped, new RecordingMap<>(parsed, PARSED, recorder, Recording::bodyFile));
    }

    /** Bodies are recorded by file: a re-read note has a new body object for the same page. */
    static Object bodyFile(Object body) {
        return body instanceof Body b ? b.start().file() : body;
    }

    private static Object wrap(String name, Object value, Recorder recorder) {
        if (value instanceof Content c) {
            return Records.copy(c, (part, v) -> wrap("content." + part, v, recorder));
        }
        if (value instanceof Map<?, ?> m) return new RecordingMap<>(m, name, recorder, Function.identity());
        if (value instanceof List<?> l) return new RecordingList<>(l, name, recorder);
        return value;
    }
}
