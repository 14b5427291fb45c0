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
 * autolinks and Pandoc citations ({@link CitationExtension}). Thread-safe (commonmark's parser and
 * renderer are), so one instance serves all parallel workers.
 */
public final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create(), CitationExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public ParsedBody parse(Body body) {
        Node document = parser.parse(body.markdown());
        tightenCitations(document);
        return new ParsedBody(body, document);
    }

    /**
     * "text [@a]" renders as "text[1]": the space before a bracketed citation's marker is dropped, as
     * in print. An in-text citation ("as @a says") is a word of the sentence and keeps its space.
     */
    private static void tightenCitations(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Citation c && !c.inText() && node.getPrevious() instanceof Text text) {
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
                // CommonMark requires link and image URLs percent-encoded ("</my uri>" gives "/my%20uri");
                // commonmark-java leaves them as written unless asked.
                .percentEncodeUrls(true)
                .nodeRendererFactory(ctx -> new CitationRenderer(ctx, parsed, markers))
                .attributeProviderFactory(ctx -> new BodyAttributes(links, root))
                .build();
        return renderer.render(parsed.document());
    }
}
