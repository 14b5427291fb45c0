package gloss.markdown;

import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.html.BodySanitizer;
import gloss.html.RawFragment;
import gloss.html.RawHtmlCheck;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The raw HTML of a note body (HTML blocks and inline HTML): whether a body has any, the located check
 * of all of it together ({@link RawHtmlCheck}) and the sanitizing of the rendered body
 * ({@link BodySanitizer}).
 *
 * <p>The check needs the body as the browser will read it, before any page exists: the body is rendered
 * here as the page will render it, with stand-ins for what only the page knows (citation numbers,
 * cross-reference URLs), and each piece of raw HTML is recorded with where it lands in that HTML. The
 * stand-ins do not change how the raw HTML reads: the check refuses raw HTML that ends inside a tag, so
 * Gloss's markup between two pieces is always read as markup (or as the inside of a comment).
 */
public final class RawHtml {
    private RawHtml() {}

    /** True when the body has raw HTML. */
    public static boolean present(ParsedBody body) {
        boolean[] found = {false};
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Reports every problem of the body's raw HTML at the line and column where it was written. */
    public static void check(ParsedBody body, Diagnostics diagnostics) {
        if (!present(body)) return;
        Rendering r = rendering(body);
        for (RawHtmlCheck.Problem p : RawHtmlCheck.check(r.html(), r.fragments())) {
            diagnostics.error(p.at(), p.message(), p.hint());
        }
    }

    /** A body as the check reads it: its HTML with stand-ins for what only pages know, and where each raw piece is. */
    public record Rendering(String html, List<RawFragment> fragments) {}

    /** The body rendered as a page will render it (see the class comment), with its raw pieces recorded. */
    public static Rendering rendering(ParsedBody body) {
        StringBuilder html = new StringBuilder(body.body().markdown().length() * 2);
        List<RawFragment> fragments = new ArrayList<>();
        HtmlRenderer.builder()
                .extensions(Markdown.EXTENSIONS)
                .percentEncodeUrls(true) // as Markdown.render
                .nodeRendererFactory(ctx -> new Recorder(ctx, html, fragments, body))
                .nodeRendererFactory(StandInCitations::new)
                .attributeProviderFactory(ctx -> (node, tag, attributes) -> {
                    if (node instanceof Link link && CrossReferences.isCrossReference(link.getDestination())) {
                        attributes.put("href", "#cross-reference");
                    }
                })
                .build()
                .render(body.document(), html);
        return new Rendering(html.toString(), List.copyOf(fragments));
    }

    /** The rendered body as it may be published: sanitized when it carries raw HTML (see {@link BodySanitizer}). */
    static String publishable(ParsedBody body, String renderedHtml) {
        return present(body) ? BodySanitizer.clean(renderedHtml) : renderedHtml;
    }

    /** Writes raw HTML as commonmark's own renderer does, noting where each piece lands. */
    private static final class Recorder implements NodeRenderer {
        private final HtmlWriter html;
        private final StringBuilder out;
        private final List<RawFragment> fragments;
        private final ParsedBody body;
        private final Positions positions;

        Recorder(HtmlNodeRendererContext context, StringBuilder out, List<RawFragment> fragments, ParsedBody body) {
            this.html = context.getWriter();
            this.out = out;
            this.fragments = fragments;
            this.body = body;
            this.positions = new Positions(body);
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            String literal = node instanceof HtmlBlock block ? block.getLiteral() : ((HtmlInline) node).getLiteral();
            boolean block = node instanceof HtmlBlock;
            if (block) html.line();
            int start = out.length();
            html.raw(literal);
            fragments.add(new RawFragment(start, out.length(), i -> locate(node, literal, i)));
            if (block) html.line();
        }

        /**
         * The place in the note of character {@code i} of a raw piece. Each non-blank line of the piece has
         * a source span (blank lines have none) giving where the line starts in the body's Markdown; within
         * a line, the piece's characters are the Markdown's.
         */
        private Location locate(Node node, String literal, int i) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) return body.locate(node);
            int span = -1, lineStart = 0, input = spans.get(0).getInputIndex();
            for (int k = 0; k <= i && k <= literal.length(); k++) {
                boolean lineBegins = k == 0 || literal.charAt(k - 1) == '\n';
                if (lineBegins) {
                    lineStart = k;
                    boolean blank = k == literal.length() || literal.charAt(k) == '\n';
                    if (!blank && span + 1 < spans.size()) input = spans.get(++span).getInputIndex();
                    else if (k > 0) input = input + 1; // a blank line: the character after the previous line
                }
            }
            return positions.at(input + (i - lineStart));
        }
    }

    /** Line and column in the note of an offset in a body's Markdown. */
    private static final class Positions {
        private final Location start;
        private final int[] lineStarts;

        Positions(ParsedBody body) {
            this.start = body.body().start();
            String markdown = body.body().markdown();
            int[] starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < markdown.length(); i++) {
                if (markdown.charAt(i) != '\n') continue;
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
            this.lineStarts = java.util.Arrays.copyOf(starts, n);
        }

        Location at(int offset) {
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            if (line < 0) line = -line - 2;
            return new Location(start.file(), start.line() + line, offset - lineStarts[line] + 1);
        }
    }

    /** Citations as markup of the same shape as the page's markers, without their numbers. */
    private static final class StandInCitations implements NodeRenderer {
        private final HtmlWriter html;

        StandInCitations(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class);
        }

        @Override
        public void render(Node node) {
            html.raw("<sup class=\"cite\">[<a href=\"#ref-1\" class=\"cite-ref\">1</a>]</sup>");
        }
    }
}
