package gloss.markdown;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown node as a reader sees them: text, code and link text (not link targets), one
 * line per block, without citation markers, footnote numbers or raw HTML. For search text and heading ids.
 */
public final class PlainText {
    private PlainText() {}

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                line(code.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                line(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                // raw markup is not text
            }

            @Override
            public void visit(HtmlBlock html) {
                // raw markup is not text
            }

            @Override
            public void visit(CustomNode node) {
                // [@source] markers and footnote numbers point elsewhere; their text is not the page's
                if (node instanceof Citation || node instanceof FootnoteReference) return;
                visitChildren(node);
                if (node instanceof TableCell) out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) endLine();
            }

            private void line(String text) {
                out.append(text.strip());
                endLine();
            }

            private void endLine() {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
            }
        });
        return out.toString().strip();
    }
}
