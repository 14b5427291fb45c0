package gloss.markdown;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.Set;

/** Renders {@link Citation} nodes as the page's numbered markers; {@link UnparsedCitation} marks render as nothing. */
final class CitationRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final ParsedBody parsed;
    private final PageLinks page;

    CitationRenderer(HtmlNodeRendererContext context, ParsedBody parsed, PageLinks page) {
        this.context = context;
        this.parsed = parsed;
        this.page = page;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Citation.class, UnparsedCitation.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Citation citation) context.getWriter().raw(page.citationMarkers(citation.items(), parsed));
    }
}
