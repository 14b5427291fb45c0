package gloss.markdown;

import gloss.text.Slugs;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headings of a body with the ids they get on the page: the slug of the heading's text, made
 * unique with -2, -3 ... and kept clear of the ids the page template uses itself (its sections).
 */
public final class Headings {
    private Headings() {}

    /** One heading: its level (2 for {@code ##}), its text, its id, and its node. */
    public record Entry(int level, String text, String id, Heading node) {}

    public static List<Entry> of(ParsedBody body, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        List<Entry> out = new ArrayList<>();
        body.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = text(heading);
                String base = Slugs.of(text, "section");
                String id = base;
                for (int n = 2; !used.add(id); n++) id = base + "-" + n;
                out.add(new Entry(heading.getLevel(), text, id, heading));
            }
        });
        return List.copyOf(out);
    }

    /** The plain text of a node: its words, without markup or citation markers. */
    public static String text(Node node) {
        return PlainText.of(node).replaceAll("\\s+", " ");
    }
}
