package gloss.html;

import gloss.content.Location;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The located check of a note body's raw HTML. A browser does not read the raw HTML of a note piece by
 * piece: it reads the whole page, so a {@code <textarea>} in one HTML block makes the next block's
 * attribute text live markup, and a {@code <body onload>} start tag adds its handler to the page's own
 * body. So the check reads the body's rendered HTML as a whole, placed in a page (head, {@code <body>},
 * the site's wrappers before it and its footer after it), with jsoup's HTML5 parser, which builds the
 * tree a browser builds, and keeps each node's position. It then reports, at the line and column where
 * the editor wrote it:
 * <ul>
 *   <li>every element or attribute outside {@link HtmlPolicy} (script, event handlers, page-level tags,
 *       raw-text elements, URLs with other schemes, ...), and CDATA sections, which jsoup keeps as text
 *       but browsers read as a comment that ends at the first {@code >};</li>
 *   <li>attributes given to the page's own {@code <html>} or {@code <body>};</li>
 *   <li>a tag that does not end where its raw HTML ends (the Markdown that follows would become part
 *       of the tag: its attributes or its quoted value);</li>
 *   <li>a comment or tag left open at the end of the body, which would hide the rest of the page, its
 *       navigation included;</li>
 *   <li>elements nested more than {@link #MAX_DEPTH} deep.</li>
 * </ul>
 * Problems are reported only where they start inside raw HTML: Gloss's own markup between the pieces is
 * allowed by construction (Markdown links are checked with the same {@link HtmlPolicy} by the body
 * rules), and anything a piece drags out of place follows from a problem reported at that piece.
 */
public final class RawHtmlCheck {
    /** The deepest nesting of elements in a body with raw HTML. */
    public static final int MAX_DEPTH = 100;

    /** What surrounds a body on a page, enough for the parser to be where it is on a real page. */
    private static final String BEFORE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>page</title></head>"
            + "<body><main><div>";
    private static final String AFTER_WRAPPERS = "</div></main>";
    private static final String END_ID = "gloss-end-of-body";
    private static final String AFTER = AFTER_WRAPPERS + "<footer id=\"" + END_ID + "\"></footer></body></html>";

    /** One problem, ready to be a diagnostic. */
    public record Problem(Location at, String message, String hint) {}

    private RawHtmlCheck() {}

    /**
     * The problems of a body whose rendered HTML is {@code bodyHtml}, carrying the raw HTML pieces
     * {@code fragments} (in order, not overlapping); empty when it may be published.
     */
    public static List<Problem> check(String bodyHtml, List<RawFragment> fragments) {
        if (fragments.isEmpty()) return List.of();
        return new Run(bodyHtml, fragments).problems();
    }

    /** The first element more than {@code limit} levels below {@code root}, or null. */
    static Element depthBeyondLimit(Element root, int limit) {
        Element[] found = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > limit && node instanceof Element e) {
                    found[0] = e;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return found[0];
    }

    /** One check of one body. */
    private static final class Run {
        private final String body;
        private final List<RawFragment> fragments;
        private final int from; // where the body starts in the page
        private final int to;   // where it ends
        private final Set<Problem> problems = new LinkedHashSet<>();
        /** Tags and bogus comments, as [start, end) in the page: a raw piece must not end inside one. */
        private final List<int[]> tokens = new ArrayList<>();
        private final Set<Integer> reportedUnclosed = new HashSet<>();
        /** Where refused elements start: what else goes wrong with them follows from the refusal. */
        private final Set<Integer> refusedAt = new HashSet<>();

        Run(String body, List<RawFragment> fragments) {
            this.body = body;
            this.fragments = fragments;
            this.from = BEFORE.length();
            this.to = from + body.length();
        }

        List<Problem> problems() {
            Document page = parse(body);
            pageElements(page);
            content(page);
            tagsThatOutliveTheirPiece();
            endOfBody(page);
            return List.copyOf(problems);
        }

        private static Document parse(String body) {
            return Parser.htmlParser().setTrackPosition(true).parseInput(BEFORE + body + AFTER, HtmlPolicy.BASE_URI);
        }

        /** A {@code <body onload=...>} or {@code <html ...>} start tag in the body adds its attributes to the page's own element. */
        private void pageElements(Document page) {
            for (Element own : List.of(page.body().parent(), page.body())) {
                for (Attribute a : own.attributes()) {
                    problems.add(new Problem(firstMention("<" + own.normalName()),
                            "raw HTML <" + own.normalName() + "> would give the page's own <" + own.normalName()
                                    + "> the attribute '" + a.getKey() + "'",
                            "remove the <" + own.normalName() + "> tag; a note is part of the page, not a page"));
                }
            }
        }

        private void content(Document page) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element e) {
                        if (isOurs(e)) return FilterResult.CONTINUE;
                        if (depth - 2 > MAX_DEPTH) { // body > main > div > the body's own elements
                            problems.add(new Problem(at(start(e)), "raw HTML nests elements more than " + MAX_DEPTH + " deep",
                                    "simplify the structure"));
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        element(e);
                    } else if (node instanceof CDataNode cdata && inRaw(start(cdata))) {
                        problems.add(new Problem(at(start(cdata)), "raw HTML <![CDATA[ is not allowed in notes",
                                "remove it; outside SVG browsers read it as a comment that ends at the first '>'"));
                    } else if (node instanceof Comment comment) {
                        Range r = comment.sourceRange(); // a bogus comment (<?x>, <!x>) ends at the first '>'
                        if (r.isTracked() && r.startPos() >= from && r.startPos() < to && !body.startsWith("<!--", r.startPos() - from)) {
                            tokens.add(new int[]{r.startPos(), r.endPos()});
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, page.body());
        }

        private void element(Element e) {
            Range tag = e.sourceRange();
            if (tag.isTracked() && !tag.isImplicit()) tokens.add(new int[]{tag.startPos(), tag.endPos()});
            Range end = e.endSourceRange(); // for void and raw-text elements jsoup's end range is not an end tag
            if (end.isTracked() && !end.isImplicit() && end.startPos() >= from && end.startPos() < to
                    && body.startsWith("</", end.startPos() - from) && end.startPos() != tag.startPos()) {
                tokens.add(new int[]{end.startPos(), end.endPos()});
            }
            int at = start(e);
            if (!inRaw(at)) return;
            HtmlPolicy.Refusal refused = HtmlPolicy.refusal(e);
            if (refused != null) { // its attributes go with it: one problem
                problems.add(new Problem(at(at), refused.message(), refused.hint()));
                refusedAt.add(at);
                return;
            }
            for (Attribute a : e.attributes()) {
                HtmlPolicy.Refusal bad = HtmlPolicy.refusal(e, a);
                if (bad == null) continue;
                Range name = e.attributes().sourceRange(a.getKey()).nameRange();
                int where = name.isTracked() ? name.startPos() : at;
                if (inRaw(where)) problems.add(new Problem(at(where), bad.message(), bad.hint()));
            }
        }

        /** The site's own wrappers and the footer after the body, placed by {@link #BEFORE} and {@link #AFTER}. */
        private boolean isOurs(Element e) {
            Range r = e.sourceRange();
            return r.isTracked() && !r.isImplicit() && (r.startPos() < from || r.startPos() >= to);
        }

        /** A raw piece that ends inside a tag lets the Markdown after it become part of the tag. */
        private void tagsThatOutliveTheirPiece() {
            tokens.sort(Comparator.comparingInt(t -> t[0]));
            for (RawFragment f : fragments) {
                int end = from + f.end();
                int[] token = tokenAround(end);
                // a tag still open at the end of the body is reported by endOfBody, as hiding the page
                if (token != null && token[1] <= to && !refusedAt.contains(token[0]) && reportedUnclosed.add(token[0])) {
                    problems.add(new Problem(at(token[0]), "raw HTML " + describeToken(token[0]) + " does not end where its HTML ends",
                            "end the tag with '>' and close its quotes in the same HTML block (a blank line ends an HTML block)"));
                }
            }
        }

        /** The tag or bogus comment with {@code start < offset < end}, or null. */
        private int[] tokenAround(int offset) {
            int lo = 0, hi = tokens.size() - 1, found = -1;
            while (lo <= hi) { // the last token starting before offset (tokens do not overlap)
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid)[0] < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found >= 0 && tokens.get(found)[1] > offset ? tokens.get(found) : null;
        }

        /** The footer after the body must still be an element where the page puts it: else the body swallowed it. */
        private void endOfBody(Document page) {
            Element end = page.getElementById(END_ID);
            int expected = to + AFTER_WRAPPERS.length();
            if (end != null && end.sourceRange().isTracked() && end.sourceRange().startPos() == expected) return;
            int[] open = tokenAround(to);
            Integer start = open != null ? Integer.valueOf(open[0]) : openComment(page);
            if (start == null && !refusedAt.isEmpty()) return; // a refused raw-text element (<textarea>, <title>...) did it
            if (start == null) start = from + firstSwallowingPiece().start();
            if (!reportedUnclosed.add(start)) return;
            boolean comment = body.startsWith("<!--", start - from);
            problems.add(new Problem(at(start), "raw HTML " + (comment ? "comment '<!--'" : describeToken(start))
                            + " is not closed and would hide the rest of the page",
                    comment ? "close the comment with -->" : "end every tag with '>' and close its quotes"));
        }

        /** Where a comment that runs to the end of the page starts, or null. */
        private Integer openComment(Document page) {
            Integer[] found = {null};
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Comment c && c.sourceRange().isTracked() && c.sourceRange().endPos() > to
                        && c.sourceRange().startPos() < to) found[0] = c.sourceRange().startPos();
            }, page);
            return found[0];
        }

        /**
         * The first raw piece after which the body swallows the rest of the page: a tag left open at the end
         * of the page is dropped by the parser, so there is no node to point at. Binary search on the body
         * cut after each piece.
         */
        private RawFragment firstSwallowingPiece() {
            int lo = 0, hi = fragments.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (swallows(body.substring(0, fragments.get(mid).end()))) hi = mid; else lo = mid + 1;
            }
            return fragments.get(lo);
        }

        private static boolean swallows(String bodyPrefix) {
            Element end = parse(bodyPrefix).getElementById(END_ID);
            return end == null || end.sourceRange().startPos() != BEFORE.length() + bodyPrefix.length() + AFTER_WRAPPERS.length();
        }

        /** "<span>" for the tag at {@code offset}; "tag" when it is not a start tag. */
        private String describeToken(int offset) {
            int i = offset - from + 1;
            int j = i;
            while (j < body.length() && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '-')) j++;
            return j > i && body.charAt(i - 1) == '<' ? "<" + body.substring(i, j).toLowerCase(Locale.ROOT) + ">" : "tag";
        }

        private static int start(Node n) {
            return n.sourceRange().startPos();
        }

        private boolean inRaw(int pageOffset) {
            return fragmentAt(pageOffset - from) >= 0;
        }

        /** The index of the piece holding body offset {@code p}, or -1. */
        private int fragmentAt(int p) {
            int i = lastStartingAtOrBefore(p);
            return i >= 0 && p < fragments.get(i).end() ? i : -1;
        }

        private int lastStartingAtOrBefore(int p) {
            int lo = 0, hi = fragments.size() - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (fragments.get(mid).start() <= p) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        }

        /**
         * Where the editor wrote page offset {@code offset}: inside a raw piece, that very character; in
         * Gloss's markup between pieces, the start of the piece before it (whose HTML it follows from).
         */
        private Location at(int offset) {
            int p = offset - from;
            int i = lastStartingAtOrBefore(p);
            if (i < 0) return fragments.get(0).at().apply(0);
            RawFragment f = fragments.get(i);
            return p < f.end() ? f.at().apply(p - f.start()) : f.at().apply(0);
        }

        /** The first raw piece that mentions {@code text} (case-insensitive), for problems the parser kept no position for. */
        private Location firstMention(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (RawFragment f : fragments) {
                int i = body.substring(f.start(), f.end()).toLowerCase(Locale.ROOT).indexOf(lower);
                if (i >= 0) return f.at().apply(i);
            }
            return fragments.get(0).at().apply(0);
        }
    }
}
