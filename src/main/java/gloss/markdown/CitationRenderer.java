package gloss.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.Set;

/** Renders {@link Citation} nodes as the page's numbered markers (see {@link CitationMarkers}). */
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
        return Set.of(Citation.class);
    }

    @Override
    public void render(Node node) {
        context.getWriter().raw(markers.html((Citation) node, parsed));
    }
}
