package gloss.markdown;

import gloss.content.Location;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * CommonMark's inline parser with Pandoc citations. {@link CitationScanner} finds the citations in a
 * block's raw source first; each one is then replaced by placeholder characters of the same length
 * (Unicode noncharacters, which never occur in text), so that CommonMark reads everything around it,
 * emphasis, links and line structure, exactly as it would have; finally each placeholder run becomes
 * a {@link Citation} node. Source positions stay those of the original text.
 *
 * <p>commonmark-java offers no hook for a construct that starts with '[' and must win over links,
 * so this wraps its default inline parser ({@code InlineParserImpl}, internal API of the pinned
 * 0.30.0) instead of extending it.
 */
final class CitationInlineParser implements InlineParser {
    /** Citation keys carry body-relative positions; {@link ParsedBody#locate(CiteItem)} adds the file. */
    static final Path BODY = Path.of("?");

    private static final char START = '\uFDD0';
    private static final char MIDDLE = '\uFDD1';
    private static final char END = '\uFDD2';

    private final InlineParserContext context;
    private final InlineParser commonmark;

    CitationInlineParser(InlineParserContext context) {
        this.context = context;
        this.commonmark = new InlineParserImpl(context);
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        String source = lines.getContent();
        if (source.indexOf('@') < 0) {
            commonmark.parse(lines, block);
            return;
        }
        CitationScanner.Result scan = CitationScanner.scan(source, label -> context.getLinkReferenceDefinition(label) != null);
        if (scan.citations().isEmpty() && scan.refusals().isEmpty()) {
            commonmark.parse(lines, block);
            return;
        }
        Offsets offsets = new Offsets(lines);
        List<Placed> citations = new ArrayList<>();
        for (CitationScanner.Found found : scan.citations()) {
            Citation citation = new Citation(items(found, offsets), source.charAt(found.start()) != '[');
            citation.setSourceSpans(offsets.spans(found.start(), found.end()));
            citations.add(new Placed(citation, found.start(), found.end()));
        }
        commonmark.parse(mask(lines, scan.citations(), offsets), block);
        substitute(block, citations.iterator(), offsets);
        for (CitationScanner.Refusal refusal : scan.refusals()) {
            UnparsedCitation mark = new UnparsedCitation(refusal.message(), refusal.hint());
            mark.setSourceSpans(offsets.spans(refusal.at(), refusal.at() + refusal.length()));
            block.appendChild(mark);
        }
    }

    private List<CiteItem> items(CitationScanner.Found found, Offsets offsets) {
        List<CiteItem> items = new ArrayList<>();
        for (CitationScanner.Item item : found.items()) {
            String prefix = text(offsets.slice(item.prefixStart(), item.prefixEnd()));
            Locators.Split rest = Locators.split(text(offsets.slice(item.suffixStart(), item.suffixEnd())));
            items.add(new CiteItem(item.key(), item.mode(), prefix, rest.locator(), rest.suffix(), offsets.location(item.at())));
        }
        return items;
    }

    /** Inline Markdown reduced to plain text, white space collapsed, trimmed (see {@link CiteItem#prefix()}). */
    private String text(SourceLines markdown) {
        if (markdown.isEmpty()) return "";
        Paragraph holder = new Paragraph();
        commonmark.parse(markdown, holder);
        return PlainText.of(holder).replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    /** The source with each citation replaced by START MIDDLE... END; line structure kept. */
    private static SourceLines mask(SourceLines lines, List<CitationScanner.Found> citations, Offsets offsets) {
        List<StringBuilder> contents = new ArrayList<>();
        for (SourceLine line : lines.getLines()) {
            // noncharacters typed into a note cannot be mistaken for placeholders
            contents.add(new StringBuilder(line.getContent().toString().replace(START, '\uFFFD')
                    .replace(MIDDLE, '\uFFFD').replace(END, '\uFFFD')));
        }
        for (CitationScanner.Found found : citations) {
            for (int offset = found.start(); offset < found.end(); offset++) {
                int line = offsets.lineOf(offset);
                int column = offset - offsets.starts[line];
                if (column >= contents.get(line).length()) continue;   // the line ending itself
                char placeholder = offset == found.start() ? START : offset == found.end() - 1 ? END : MIDDLE;
                contents.get(line).setCharAt(column, placeholder);
            }
        }
        List<SourceLine> masked = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            masked.add(SourceLine.of(contents.get(i), lines.getLines().get(i).getSourceSpan()));
        }
        return SourceLines.of(masked);
    }

    /** A citation node and the source offsets of the text it replaces. */
    private record Placed(Citation citation, int start, int end) {}

    /** Replaces each placeholder run, in document order, with its citation node. */
    private static void substitute(Node parent, Iterator<Placed> next, Offsets offsets) {
        Node child = parent.getFirstChild();
        while (child != null) {
            if (child instanceof Text text && text.getLiteral().indexOf(START) >= 0) {
                child = split(text, next, offsets);
            } else {
                substitute(child, next, offsets);
                child = child.getNext();
            }
        }
    }

    /**
     * Replaces {@code text} by its pieces: the text between placeholder runs, and a citation for each
     * run. A run that does not end in this text goes on after a line break in a following text node;
     * the nodes it covers are replaced too. Returns the node after the replaced ones.
     */
    private static Node split(Text text, Iterator<Placed> next, Offsets offsets) {
        List<Node> region = new ArrayList<>(List.of(text));
        List<Node> pieces = new ArrayList<>();
        String literal = text.getLiteral();
        int cursor = 0;
        int source = offsets.start(text);
        int sourceEnd = offsets.end(text);
        while (true) {
            int start = literal.indexOf(START, cursor);
            if (start < 0) break;
            Placed placed = next.next();
            if (start > cursor) pieces.add(piece(literal.substring(cursor, start), offsets.spans(source, placed.start())));
            pieces.add(placed.citation());
            int end = literal.indexOf(END, start);
            if (end < 0) {
                Node n = region.get(region.size() - 1).getNext();
                while (!(n instanceof Text t && t.getLiteral().indexOf(END) >= 0)) {
                    region.add(n);
                    n = n.getNext();
                }
                region.add(n);
                literal = ((Text) n).getLiteral();
                sourceEnd = offsets.end(n);
                end = literal.indexOf(END);
            }
            cursor = end + 1;
            source = placed.end();
        }
        if (cursor < literal.length()) pieces.add(piece(literal.substring(cursor), offsets.spans(source, sourceEnd)));
        Node after = region.get(region.size() - 1).getNext();
        for (Node piece : pieces) text.insertBefore(piece);
        region.forEach(Node::unlink);
        return after;
    }

    private static Text piece(String literal, List<SourceSpan> spans) {
        Text text = new Text(literal);
        text.setSourceSpans(spans);
        return text;
    }

    /** Maps offsets in a block's inline source to lines, columns and source spans. */
    private static final class Offsets {
        private final SourceLines lines;
        private final int[] starts;

        Offsets(SourceLines lines) {
            this.lines = lines;
            List<SourceLine> list = lines.getLines();
            this.starts = new int[list.size()];
            int offset = 0;
            for (int i = 0; i < list.size(); i++) {
                starts[i] = offset;
                offset += list.get(i).getContent().length() + 1;
            }
        }

        int lineOf(int offset) {
            int line = 0;
            while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
            return line;
        }

        private int length(int line) {
            return lines.getLines().get(line).getContent().length();
        }

        /** Body-relative position: 0-based line of the input and 0-based column. */
        Location location(int offset) {
            int line = lineOf(offset);
            SourceSpan span = lines.getLines().get(line).getSourceSpan();
            int column = offset - starts[line];
            return span == null ? new Location(BODY, line, column)
                    : new Location(BODY, span.getLineIndex(), span.getColumnIndex() + column);
        }

        /** The source lines of {@code [from, to)}, for parsing a prefix or suffix on its own. */
        SourceLines slice(int from, int to) {
            List<SourceLine> out = new ArrayList<>();
            for (int line = 0; line < starts.length; line++) {
                int a = Math.max(from, starts[line]) - starts[line];
                int b = Math.min(to, starts[line] + length(line)) - starts[line];
                if (a < b) out.add(lines.getLines().get(line).substring(a, b));
            }
            return SourceLines.of(out);
        }

        /** Source spans of {@code [from, to)}, one per line; none when either end is unknown (-1). */
        List<SourceSpan> spans(int from, int to) {
            List<SourceSpan> out = new ArrayList<>();
            if (from < 0 || to < 0) return out;
            for (int line = 0; line < starts.length; line++) {
                int a = Math.max(from, starts[line]) - starts[line];
                int b = Math.min(to, starts[line] + length(line)) - starts[line];
                SourceSpan span = lines.getLines().get(line).getSourceSpan();
                if (a < b && span != null) {
                    out.add(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + a, span.getInputIndex() + a, b - a));
                }
            }
            return out;
        }

        /** The source offset where a node starts, or -1 when it has no source span here. */
        int start(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? -1 : offsetOf(spans.get(0), 0);
        }

        /** The source offset where a node ends, or -1 when it has no source span here. */
        int end(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? -1 : offsetOf(spans.get(spans.size() - 1), spans.get(spans.size() - 1).getLength());
        }

        private int offsetOf(SourceSpan span, int plus) {
            for (int line = 0; line < starts.length; line++) {
                SourceSpan lineSpan = lines.getLines().get(line).getSourceSpan();
                if (lineSpan != null && lineSpan.getLineIndex() == span.getLineIndex()) {
                    return starts[line] + span.getColumnIndex() - lineSpan.getColumnIndex() + plus;
                }
            }
            return -1;
        }
    }
}
