package gloss.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.Set;

/**
 * Renders {@link Citation} nodes as the page's numbered markers (see {@link CitationMarkers});
 * {@link UnparsedCitation} marks render as nothing (their text stays; the checks report them).
 */
final class CitationRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final ParsedBody parsed;
    private final CitationMarkers markers;

    CitationRenderer(HtmlNodeRendererContext context, ParsedBody parsed, CitationMarkers markers) {
        this.context = context;
        this.parsed = parsed;
        this.markers = markers;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Citation.class, UnparsedCitation.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Citation citation) context.getWriter().raw(markers.html(citation, parsed));
    }
}
