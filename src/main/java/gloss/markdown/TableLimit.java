package gloss.markdown;

import gloss.content.Diagnostics;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * commonmark's table extension stops parsing a body outright when one table passes
 * {@link TablesExtension#DEFAULT_MAX_CELLS} cells, with an exception that says neither where nor in which
 * file. Then the body is parsed again without tables, the table that is too large is found among the
 * paragraphs (a header line, a delimiter line, rows) and marked with a {@link TooLarge} node, which the
 * body rules report at its line.
 */
final class TableLimit {
    static final int MAX_CELLS = TablesExtension.DEFAULT_MAX_CELLS;
    private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");

    private TableLimit() {}

    /** True for commonmark's "maximum number of cells reached" failure. */
    static boolean isCellLimit(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().contains("maximum number of cells");
    }

    /** A table with more cells than Gloss will read. */
    static final class TooLarge extends CustomBlock {
        final long cells;

        TooLarge(long cells) {
            this.cells = cells;
        }
    }

    /** The body parsed by {@code withoutTables}, with the first table that is too large marked. */
    static Node parseMarked(String markdown, Parser withoutTables) {
        Node document = withoutTables.parse(markdown);
        String[] lines = markdown.split("\n", -1);
        Paragraph[] found = {null};
        long[] cells = {0};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                List<SourceSpan> spans = p.getSourceSpans();
                if (found[0] != null || spans.size() < 2) return;
                String header = lines[spans.get(0).getLineIndex()];
                if (!isDelimiterRow(lines[spans.get(1).getLineIndex()])) return;
                long estimate = (long) columns(header) * (spans.size() - 1);
                if (estimate > MAX_CELLS) {
                    found[0] = p;
                    cells[0] = estimate;
                }
            }
        });
        TooLarge mark = new TooLarge(cells[0]);
        Node at = found[0] != null ? found[0] : document.getFirstChild();
        if (at == null) {
            document.appendChild(mark);
        } else {
            mark.setSourceSpans(at.getSourceSpans().subList(0, Math.min(1, at.getSourceSpans().size())));
            at.insertBefore(mark);
        }
        return document;
    }

    private static int columns(String header) {
        return cells(header).length;
    }

    /** A GFM delimiter row such as {@code |---|:-:|}, checked cell by cell (one regex over a long row recurses too deep). */
    private static boolean isDelimiterRow(String line) {
        for (String cell : cells(line)) {
            if (!DELIMITER_CELL.matcher(cell).matches()) return false;
        }
        return true;
    }

    private static String[] cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|")) r = r.substring(0, r.length() - 1);
        return r.split("\\|", -1);
    }

    /** Reports the marked table, if any. */
    static void report(ParsedBody body, Diagnostics diagnostics) {
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TooLarge t) {
                    diagnostics.error(body.locate(block), "table is too large" + (t.cells > 0 ? " (about " + t.cells
                            + " cells)" : "") + ": Gloss reads at most " + MAX_CELLS + " cells in one table",
                            "split it into smaller tables, or publish the data as a file");
                }
                visitChildren(block);
            }
        });
    }
}
