package gloss.markdown;

import gloss.content.Diagnostic;
import gloss.content.Location;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every place in a note body where something that looks like a citation is not a working citation, so
 * that nothing is published as literal text or lost without a word:
 * <ul>
 *   <li>what the parser could not read as a citation ({@link UnparsedCitation}): a citation inside
 *       another's prefix or suffix ({@code [@a, @b]}), an empty key ({@code @{}});</li>
 *   <li>a citation inside link text or an image description, where it cannot be a marker;</li>
 *   <li>a line {@code [@a]: text} that CommonMark reads as a link reference definition, which hides it;</li>
 *   <li>a citation inside a raw HTML block, where Markdown is not read.</li>
 * </ul>
 * Known non-citations are left alone: e-mail addresses, {@code @user@instance} handles, URLs, text in
 * code spans and code blocks, HTML comments and tags.
 */
public final class CitationProblems {
    private static final Pattern HTML_NOT_TEXT = Pattern.compile("<!--[\\s\\S]*?-->|<[^>]*>");

    private CitationProblems() {}

    public static List<Diagnostic> find(ParsedBody body) {
        List<Diagnostic> problems = new ArrayList<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof UnparsedCitation mark) {
                    problems.add(Diagnostic.error(body.locate(mark), mark.message(), mark.hint()));
                } else if (node instanceof Citation citation) {
                    inLinkOrImage(citation, body, problems);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                String label = definition.getLabel();
                if (CitationScanner.looksLikeCitation(label, label.startsWith("-") ? 1 : 0)) {
                    problems.add(Diagnostic.error(body.locate(definition),
                            "'[" + label + "]: " + definition.getDestination() + "' is read as a link reference definition,"
                                    + " so this citation and the text after it disappear",
                            "write [" + label + "]\\: to keep the colon, or start the line with other words"));
                }
            }

            @Override
            public void visit(HtmlBlock html) {
                inRawHtml(html, body, problems);
            }
        });
        return problems;
    }

    private static void inLinkOrImage(Citation citation, ParsedBody body, List<Diagnostic> problems) {
        for (Node n = citation.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Link) {
                problems.add(Diagnostic.error(body.locate(citation.items().get(0)), "citation inside link text",
                        "put the citation after the link: [text](url) [@source]"));
                return;
            }
            if (n instanceof Image) {
                problems.add(Diagnostic.error(body.locate(citation.items().get(0)), "citation inside an image description",
                        "cite the image's source in the text next to it"));
                return;
            }
        }
    }

    /** Text between the tags of an HTML block is not Markdown, so a citation there would be printed as is. */
    private static void inRawHtml(HtmlBlock html, ParsedBody body, List<Diagnostic> problems) {
        String literal = html.getLiteral();
        StringBuilder text = new StringBuilder(literal);
        Matcher tags = HTML_NOT_TEXT.matcher(literal);
        while (tags.find()) {
            for (int i = tags.start(); i < tags.end(); i++) if (text.charAt(i) != '\n') text.setCharAt(i, ' ');
        }
        List<SourceSpan> spans = html.getSourceSpans();
        Location start = body.locate(html);
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            } else if (CitationScanner.looksLikeCitation(text.toString(), i) && !isHandle(text, i)) {
                Location at = line < spans.size()
                        ? new Location(start.file(), start.line() + spans.get(line).getLineIndex() - spans.get(0).getLineIndex(),
                                spans.get(line).getColumnIndex() + 1 + i - lineStart)
                        : new Location(start.file(), start.line() + line, 1 + i - lineStart);
                problems.add(Diagnostic.error(at, "citation inside a raw HTML block is not read",
                        "leave a blank line after the opening tag so the text is Markdown, or move the citation out of the HTML"));
            }
        }
    }

    /** {@code @user@instance.social}: a fediverse handle, not a citation. */
    private static boolean isHandle(CharSequence text, int at) {
        int i = at + 1;
        while (i < text.length() && (CitationScanner.isAlphaNum(text.charAt(i)) || "_.-".indexOf(text.charAt(i)) >= 0)) i++;
        return i < text.length() && text.charAt(i) == '@';
    }
}
