package gloss.render;

import java.util.List;

/** One page as the templates produced it, with what the link checker and the sources page need. */
public record RenderedPage(String url, String title, String template, String html,
                           List<PageRefs.AnchorRef> anchors, List<String> citedSources) {
    /** The same page without its HTML, once that has been post-processed. */
    public RenderedPage withoutHtml() {
        return new RenderedPage(url, title, template, "", anchors, citedSources);
    }
}
