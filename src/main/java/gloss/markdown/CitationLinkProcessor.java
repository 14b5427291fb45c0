package gloss.markdown;

import gloss.content.Location;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns a bracket with no link destination whose text starts with '@' into a {@link Citation} node,
 * the way the footnotes extension turns {@code [^1]} into a reference. Locations are filled in later
 * from source spans, since a parser is shared across files.
 */
final class CitationLinkProcessor implements LinkProcessor {
    static final Path UNKNOWN = Path.of("?");

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.destination() != null || info.label() != null) return LinkResult.none();
        if (info.marker() != null) return LinkResult.none();
        String text = info.text();
        if (text == null) return LinkResult.none();
        int line = 0, col = 0;
        List<SourceSpan> spans = info.openingBracket().getSourceSpans();
        if (!spans.isEmpty()) {
            line = spans.get(0).getLineIndex();
            col = spans.get(0).getColumnIndex();
        }
        Location relative = new Location(UNKNOWN, line, col);
        return CitationSyntax.parse(text, relative)
                .map(keys -> LinkResult.replaceWith(new Citation(keys), scanner.position()))
                .orElse(LinkResult.none());
    }
}
