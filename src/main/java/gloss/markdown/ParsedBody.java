package gloss.markdown;

import gloss.content.Body;
import gloss.content.Location;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** A note body parsed once; both the checks and the page renderer walk the same tree. */
public record ParsedBody(Body body, Node document) {

    /** The real file location of a node, from its source span and the body's first line. */
    public Location locate(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan s = spans.get(0);
                return new Location(body.start().file(), body.start().line() + s.getLineIndex(), s.getColumnIndex() + 1);
            }
        }
        return body.start();
    }

    /** The file location of a citation item's key; items carry body-relative positions (see {@link CiteItem#at()}). */
    public Location locate(CiteItem item) {
        return new Location(body.start().file(), body.start().line() + item.at().line(), item.at().column() + 1);
    }
}
