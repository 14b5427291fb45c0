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
    /** Also used by {@link RawHtml}, which renders bodies for its check as pages will. */
    static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .linkProcessor(new CitationLinkProcessor())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** The same without tables, for a body whose table is too large for commonmark (see {@link TableLimit}). */
    private final Parser withoutTables = Parser.builder()
            .extensions(EXTENSIONS.stream().filter(e -> !(e instanceof TablesExtension)).toList())
            .linkProcessor(new CitationLinkProcessor())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public ParsedBody parse(Body body) {
        Node document;
        try {
            document = parser.parse(body.markdown());
        } catch (IllegalArgumentException e) {
            if (!TableLimit.isCellLimit(e)) throw e;
            document = TableLimit.parseMarked(body.markdown(), withoutTables);
        }
        tightenCitations(document);
        return new ParsedBody(body, document);
    }

    /** Reports what a body holds beyond the limits Gloss reads (a table that is too large, see {@link TableLimit}). */
    public static void checkLimits(ParsedBody body, gloss.content.Diagnostics diagnostics) {
        TableLimit.report(body, diagnostics);
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

    /** Renders a parsed body for one page; citations and cross-references go through {@code page}. */
    public String render(ParsedBody parsed, PageLinks page) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .nodeRendererFactory(ctx -> new CitationRenderer(ctx, parsed, page))
                .attributeProviderFactory(ctx -> new CrossReferenceAttributes(parsed, page))
                .build();
        return RawHtml.publishable(parsed, renderer.render(parsed.document()));
    }
}
