package gloss.postprocess;

import gloss.render.RenderedPage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A page after post-processing: the final page as UTF-8 (what is written and served), plus the ids it
 * defines, the site-internal links it holds and its search entries. {@code page} keeps what other pages
 * need to know of it (URL, title, template, anchors, cited sources) but not the templates' raw HTML,
 * so that a large site is held once in memory, not three times.
 */
public record ProcessedPage(RenderedPage page, byte[] bytes, Set<String> ids, List<String> links,
                            List<SearchEntry> search) {
    public ProcessedPage(RenderedPage page, String html, Set<String> ids, List<String> links, List<SearchEntry> search) {
        this(page.withoutHtml(), html.getBytes(StandardCharsets.UTF_8), ids, links, search);
    }

    /** The same page once its bytes are written: what the link checker and the exports still need. */
    public ProcessedPage withoutBytes() {
        return new ProcessedPage(page, new byte[0], ids, links, search);
    }

    /** The final page as text (tests and diagnostics; the build writes {@link #bytes}). */
    public String html() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
