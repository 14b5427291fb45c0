package gloss.markdown;

import gloss.content.Body;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * The commonmark parser and HTML renderer, configured once: CommonMark plus GFM tables, footnotes,
 * autolinks and Gloss citations. Thread-safe (commonmark's parser and renderer are), so one instance
 * serves all parallel workers.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .linkProcessor(new CitationLinkProcessor())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public ParsedBody parse(Body body) {
        Node document = parser.parse(body.markdown());
        tightenCitations(document);
        return new ParsedBody(body, document);
    }

    /** "text [@a]" renders as "text[1]": the space before a citation marker is dropped, as in print. */
    private static void tightenCitations(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation && node.getPrevious() instanceof Text text) {
                    text.setLiteral(text.getLiteral().stripTrailing());
                }
                visitChildren(node);
            }
        });
    }

    /**
     * Renders a parsed body for one page: links and heading ids as the resolve step decided them
     * ({@code root} leads from the page to the site root), citations through {@code markers}.
     */
    public String render(ParsedBody parsed, BodyLinks links, String root, CitationMarkers markers) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .nodeRendererFactory(ctx -> new CitationRenderer(ctx, parsed, markers))
                .attributeProviderFactory(ctx -> new BodyAttributes(links, root))
                .build();
        return renderer.render(parsed.document());
    }
}
