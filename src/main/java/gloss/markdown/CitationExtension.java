package gloss.markdown;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;

/**
 * Pandoc citations for commonmark-java: {@code [see @a, p. 4; @b]}, {@code [-@a]}, {@code @a},
 * {@code @a [p. 4]}, {@code @{a.b}}. The parser makes {@link Citation} nodes and, where something
 * looks like a citation but cannot be one, {@link UnparsedCitation} marks; rendering is left to the
 * page (see {@link Markdown#render}).
 */
public final class CitationExtension implements Parser.ParserExtension {
    private CitationExtension() {}

    public static Extension create() {
        return new CitationExtension();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.inlineParserFactory(CitationInlineParser::new);
    }
}
