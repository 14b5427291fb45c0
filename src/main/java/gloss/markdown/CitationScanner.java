package gloss.markdown;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds Pandoc citations in the raw source of one block's inline content (a paragraph, a heading, a
 * table cell), before CommonMark reads it. The grammar is pandoc 2.17's Markdown reader, function by
 * function: {@code citeKey}, {@code textualCite} (with {@code bareloc} and the reference-link
 * fallback), {@code normalCite}, {@code citeList}, {@code citation}, {@code prefix} and
 * {@code suffix}. Where pandoc reads "one inline", {@link #unit} reads the same extent: escapes, code
 * spans, raw HTML, autolinks and entities whole (so {@code &sect;} never splits a group), bracketed
 * text balanced, emphasis up to its closing delimiter, and a citation nested inside another one,
 * which is reported.
 *
 * <p>Gloss departs from pandoc on purpose in one place: an {@code @} that the autolink extension
 * makes part of a link ({@code https://mastodon.social/@user}, {@code x_@example.org}) or that
 * starts a fediverse handle ({@code @user@mastodon.social}) is not a citation.
 */
final class CitationScanner {
    /** One item of a citation, as offsets into the scanned source. */
    record Item(int at, String key, CiteItem.Mode mode, int prefixStart, int prefixEnd, int suffixStart, int suffixEnd) {}

    /** A bracketed group or an in-text citation, {@code [start, end)} in the source. */
    record Found(int start, int end, List<Item> items) {}

    /** Something that looks like a citation but cannot be one; reported, never silently dropped. */
    record Refusal(int at, int length, String message, String hint) {}

    record Result(List<Found> citations, List<Refusal> refusals) {}

    private static final String INTERNAL_PUNCTUATION = ":.#$%&-+?<>~/";
    private static final LinkExtractor AUTOLINKS = LinkExtractor.builder().linkTypes(EnumSet.allOf(LinkType.class)).build();

    private final String s;
    private final int n;
    private final Predicate<String> isReference;
    private final List<LinkSpan> autolinks = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    private CitationScanner(String source, Predicate<String> isReference) {
        this.s = source;
        this.n = source.length();
        this.isReference = isReference;
        this.budget = 1_000_000 + 100L * source.length();
        AUTOLINKS.extractLinks(source).forEach(autolinks::add);
        matchBrackets();
    }

    /**
     * Scans the inline source of one block. {@code isReference} tells whether a link label has a
     * reference definition (pandoc lets {@code @a [label]} be a link when {@code [label]} is defined).
     */
    static Result scan(String source, Predicate<String> isReference) {
        CitationScanner scanner = new CitationScanner(source, isReference);
        try {
            scanner.run();
        } catch (TooComplex e) {
            return new Result(List.of(), List.of(new Refusal(0, 1,
                    "too many nested or unclosed brackets and delimiters to read the citations of this paragraph",
                    "close or escape the stray brackets (write \\[ for a literal one), or split the paragraph")));
        }
        return new Result(List.copyOf(scanner.found), List.copyOf(scanner.refusals));
    }

    /**
     * Thrown when a block needs more work than {@link #budget}: pandoc's grammar tries every '[' as a
     * citation, so thousands of unclosed brackets cost quadratic time. Real paragraphs stay far below.
     */
    private static final class TooComplex extends RuntimeException {
        TooComplex() {
            super(null, null, false, false);
        }
    }

    /** Whether an {@code @} at {@code at} looks like the start of a citation to an editor. */
    static boolean looksLikeCitation(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != '@' || !isKeyStart(text.codePointAt(at + 1))) return false;
        if (at == 0) return true;
        char before = text.charAt(at - 1);
        if (before == '-') return at == 1 || Character.isWhitespace(text.charAt(at - 2)) || text.charAt(at - 2) == '[';
        return before == '[' || Character.isWhitespace(before);
    }

    private void run() {
        int i = 0;
        while (i < n) {
            int atom = atom(i);
            if (atom > 0) {
                i = atom;
                continue;
            }
            char c = s.charAt(i);
            if (c == '[' && !afterMarker(i)) {
                Group group = normalCite(i);
                if (group != null) {
                    commit(new Found(i, group.end, group.items), group.nested);
                    i = group.end;
                    continue;
                }
            }
            if (c == ']') {
                int tail = InlineAtoms.linkTail(s, i + 1);
                if (tail > 0) {
                    i = tail;
                    continue;
                }
            }
            if (c == '@') {
                Textual t = textual(i);
                if (t.found != null) {
                    commit(t.found, t.nested);
                    i = t.found.end;
                    continue;
                }
                if (t.exemptUntil > 0) {
                    i = t.exemptUntil;
                    continue;
                }
                if (looksLikeCitation(s, i)) {
                    refusals.add(new Refusal(i, 1, "'" + word(i) + "' looks like a citation but is not read as one",
                            "write [" + word(i) + "] to cite, or \\@ for a literal @"));
                }
            }
            i++;
        }
    }

    /**
     * '[' right after '!' opens an image and right after '^' an inline note (pandoc reads those first),
     * so it does not open a citation group; a citation inside is read on its own.
     */
    private boolean afterMarker(int i) {
        return i > 0 && (s.charAt(i - 1) == '!' || s.charAt(i - 1) == '^') && !InlineAtoms.isEscaped(s, i - 1);
    }

    private void commit(Found f, List<Integer> nested) {
        found.add(f);
        for (Item item : f.items) {
            if (item.key.isEmpty()) {
                refusals.add(new Refusal(item.at, 1, "empty citation key", "write the source id after @, e.g. [@source-id]"));
            }
        }
        for (int at : nested) {
            refusals.add(new Refusal(at, 1, "citation '" + word(at) + "' inside another citation's prefix or suffix",
                    "separate the citations with ';', as in [@a; @b], or write \\@ for a literal @"));
        }
    }

    private String word(int at) {
        Key k = citeKeyUnchecked(at);
        return k == null ? s.substring(at, Math.min(n, at + 2)) : s.substring(at, k.end);
    }

    // ---- pandoc's grammar ----------------------------------------------------------------------

    private record Key(int start, int at, String text, boolean suppress, int end) {}

    /** A parsed run of items ending at {@code end}, with the citations found nested inside it. */
    private record Group(int end, List<Item> items, List<Integer> nested) {}

    /** What {@code textualCite} made of an '@': a citation, or an exempt '@' to skip up to {@code exemptUntil}. */
    private record Textual(Found found, int exemptUntil, List<Integer> nested) {}

    private static final Textual NOT_A_CITATION = new Textual(null, -1, List.of());
    private static final Group FAILED = new Group(-1, List.of(), List.of());

    // Each position is parsed at most once: brackets inside brackets would otherwise re-parse the
    // same text again and again ("[[[[[[" takes exponential time).
    private final Map<Integer, Group> normalCites = new HashMap<>();
    private final Map<Integer, Textual> textuals = new HashMap<>();
    private final Map<Integer, Integer> brackets = new HashMap<>();
    /** The end of the escape, code span, autolink, raw HTML or entity at each position tried (pandoc's grammar tries some many times). */
    private final Map<Integer, Integer> atoms = new HashMap<>();
    private final Map<Integer, Boolean> notAfterStrings = new HashMap<>();
    private static final int MAX_NESTING = 32;
    private int depth;
    private final long budget;
    private long steps;

    /** {@code citeKey}: an optional '-', '@', then a simple key or a {braced} key; not right after a word. */
    private Key citeKey(int pos) {
        Key key = citeKeyUnchecked(pos);
        return key != null && notAfterString(pos) ? key : null;
    }

    private Key citeKeyUnchecked(int pos) {
        int p = pos;
        boolean suppress = false;
        if (p < n && s.charAt(p) == '-') {
            suppress = true;
            p++;
        }
        if (p >= n || s.charAt(p) != '@') return null;
        int k = p + 1;
        if (k >= n) return null;
        int first = s.codePointAt(k);
        if (isKeyStart(first)) {
            k += Character.charCount(first);
            while (k < n) {
                int cp = s.codePointAt(k);
                if (isRegular(cp)) {
                    k += Character.charCount(cp);
                } else if (INTERNAL_PUNCTUATION.indexOf(cp) >= 0 && k + 1 < n && isRegular(s.codePointAt(k + 1))) {
                    k++;
                } else if ((cp == ':' || cp == '/') && k + 1 < n && s.charAt(k + 1) == '/') {
                    k++;
                } else {
                    break;
                }
            }
            return new Key(pos, p, s.substring(p + 1, k), suppress, k);
        }
        if (first == '{') {
            int depth = 0;
            for (int j = k; j < n; j++) {
                char c = s.charAt(j);
                if (Character.isWhitespace(c)) return null;
                if (c == '{') depth++;
                if (c == '}' && --depth == 0) return new Key(pos, p, s.substring(k + 1, j), suppress, j + 1);
            }
        }
        return null;
    }

    /**
     * {@code textualCite}: {@code @key}, optionally followed by {@code [locator; @more]} or a bracketed
     * group. pandoc 2.17 tries it only at '@' (a '-' before it is text), so it is always author-in-text.
     */
    private Textual textual(int pos) {
        Textual known = textuals.get(pos);
        if (known != null) return known;
        Textual t = parseTextual(pos);
        textuals.put(pos, t);
        return t;
    }

    private Textual parseTextual(int pos) {
        Key key = citeKey(pos);
        if (key == null) return NOT_A_CITATION;
        LinkSpan around = autolinkAround(key.at);
        if (around != null) return new Textual(null, around.getEndIndex(), List.of());
        if (key.end < n && s.charAt(key.end) == '@') {
            LinkSpan handle = autolinkAround(key.end);
            if (handle != null && handle.getType() == LinkType.EMAIL) return new Textual(null, handle.getEndIndex(), List.of());
        }
        CiteItem.Mode mode = CiteItem.Mode.AUTHOR_IN_TEXT;
        Item first = new Item(key.start, key.text, mode, key.start, key.start, key.end, key.end);
        int q = spnl(key.end);
        if (q < n && s.charAt(q) == '[') {
            Group more = normalCite(q);
            List<Item> items = new ArrayList<>();
            if (more != null) {
                items.add(first);
            } else {
                more = bareloc(q);
                if (more != null) {
                    Item locator = more.items.get(0);
                    items.add(new Item(first.at, first.key, mode, first.prefixStart, first.prefixEnd, locator.suffixStart, locator.suffixEnd));
                    more = new Group(more.end, more.items.subList(1, more.items.size()), more.nested);
                }
            }
            // pandoc: when "[...]" is a defined reference link, it stays a link after the citation
            if (more != null && !isReference.test(s.substring(q + 1, more.end - 1))) {
                items.addAll(more.items);
                return new Textual(new Found(pos, more.end, List.copyOf(items)), -1, more.nested);
            }
        }
        return new Textual(new Found(pos, key.end, List.of(first)), -1, List.of());
    }

    /**
     * {@code bareloc}: the {@code [p. 4; @more]} after an in-text key. Its first item carries only the
     * suffix range (it belongs to the in-text key); the rest are the citations after ';'.
     */
    private Group bareloc(int q) {
        if (q + 1 < n && s.charAt(q + 1) == '^') return null;
        List<Integer> nested = new ArrayList<>();
        int suffixEnd = suffix(q + 1, nested);
        List<Item> items = new ArrayList<>();
        items.add(new Item(q, "", CiteItem.Mode.AUTHOR_IN_TEXT, q + 1, q + 1, q + 1, suffixEnd));
        int r = suffixEnd;
        if (r < n && s.charAt(r) == ';') {
            List<Integer> restNested = new ArrayList<>();
            int end = citeList(spnl(r + 1), items, restNested);
            if (end > 0) {
                nested.addAll(restNested);
                r = end;
            } else {
                items.subList(1, items.size()).clear();
            }
        }
        r = spnl(r);
        if (r >= n || s.charAt(r) != ']') return null;
        r++;
        if (r < n && (s.charAt(r) == '[' || s.charAt(r) == '(')) return null;
        return new Group(r, items, nested);
    }

    /** {@code normalCite}: {@code [citeList]} not followed by '{', '(' or '[' (a span or a link). */
    private Group normalCite(int i) {
        Group known = normalCites.get(i);
        if (known == null) {
            known = parseNormalCite(i);
            normalCites.put(i, known == null ? FAILED : known);
        }
        return known == FAILED ? null : known;
    }

    private Group parseNormalCite(int i) {
        List<Item> items = new ArrayList<>();
        List<Integer> nested = new ArrayList<>();
        int end = citeList(spnl(i + 1), items, nested);
        if (end < 0) return null;
        int p = spnl(end);
        if (p >= n || s.charAt(p) != ']') return null;
        p++;
        if (p < n && "{([".indexOf(s.charAt(p)) >= 0) return null;
        return new Group(p, List.copyOf(items), List.copyOf(nested));
    }

    /**
     * {@code citeList}: citations separated by ';', added to {@code items}; returns the end, or -1 when
     * the list fails (a ';' not followed by a citation fails the whole group, as in pandoc).
     */
    private int citeList(int p, List<Item> items, List<Integer> nested) {
        int q = citation(p, items, nested);
        while (q > 0 && q < n && s.charAt(q) == ';') q = citation(spnl(q + 1), items, nested);
        return q;
    }

    /** {@code citation}: prefix, key, suffix; adds the item and returns its end, or -1. */
    private int citation(int p, List<Item> items, List<Integer> nested) {
        int q = p;
        int prefixEnd;
        int keyPos;
        while (true) {
            if (q >= n) return -1;
            if (s.charAt(q) == ']') {
                prefixEnd = q;
                keyPos = q + 1;
                break;
            }
            if (keyAhead(q)) {
                prefixEnd = q;
                keyPos = q;
                break;
            }
            if (s.charAt(q) == ';') return -1;
            q = unit(q, nested);
        }
        Key key = citeKey(keyPos);
        if (key == null) return -1;
        int suffixEnd = suffix(key.end, nested);
        CiteItem.Mode mode = key.suppress ? CiteItem.Mode.SUPPRESS_AUTHOR : CiteItem.Mode.NORMAL;
        items.add(new Item(key.start, key.text, mode, p, prefixEnd, key.end, suffixEnd));
        return suffixEnd;
    }

    /** The end condition of pandoc's {@code prefix}: a key next, possibly after "; ". */
    private boolean keyAhead(int q) {
        char c = s.charAt(q);
        if (c == ';') return citeKey(spnl(q + 1)) != null;
        return (c == '@' || c == '-') && citeKey(q) != null;
    }

    /** {@code suffix}: inlines up to the next ';' or ']' outside them. */
    private int suffix(int p, List<Integer> nested) {
        int q = spnl(p);
        while (q < n && s.charAt(q) != ';' && s.charAt(q) != ']') q = unit(q, nested);
        return q;
    }

    /** {@code spnl}: spaces, at most one line ending, spaces. */
    private int spnl(int p) {
        return InlineAtoms.whitespace(s, p);
    }

    /**
     * The end of the inline that pandoc's {@code inline} parser reads at {@code q}, inside a prefix or
     * suffix. Citations met on the way are collected in {@code nested}.
     */
    private int unit(int q, List<Integer> nested) {
        if (++steps > budget) throw new TooComplex();
        int atom = atom(q);
        if (atom > 0) return atom;
        // Brackets in brackets and emphasis in emphasis recurse; beyond this depth they are plain text.
        if (depth >= MAX_NESTING) return q + 1;
        depth++;
        try {
            return compound(q, nested);
        } finally {
            depth--;
        }
    }

    private int compound(int q, List<Integer> nested) {
        char c = s.charAt(q);
        if (c == '[') return bracketed(q, nested);
        if (c == '*' || c == '_') return emphasis(q, nested);
        if (c == '~' && q + 2 < n && s.charAt(q + 1) == '~' && !Character.isWhitespace(s.charAt(q + 2)) && s.charAt(q + 2) != '~') {
            int close = s.indexOf("~~", q + 2);
            if (close > 0) return scanInside(q + 2, close, nested) == close ? close + 2 : q + 1;
        }
        if (c == '$') return math(q);
        if (c == '@' && autolinkAround(q) == null) {
            Textual t = textual(q);
            if (t.found != null) {
                t.found.items.forEach(item -> nested.add(item.at));
                nested.addAll(t.nested);
                return t.found.end;
            }
        }
        return q + 1;
    }

    /** Escapes, code spans, autolinks, raw HTML and entities: read whole, never searched for citations. */
    private int atom(int i) {
        char c = s.charAt(i);
        if (c != '\\' && c != '`' && c != '<' && c != '&') return -1;
        return atoms.computeIfAbsent(i, this::readAtom);
    }

    private int readAtom(int i) {
        char c = s.charAt(i);
        if (c == '\\') return InlineAtoms.escape(s, i);
        if (c == '`') return InlineAtoms.backticks(s, i);
        if (c == '<') return InlineAtoms.angle(s, i);
        if (c == '&') return InlineAtoms.entity(s, i);
        return -1;
    }

    /** '[' inside a prefix or suffix: a nested citation, or balanced brackets with an optional link tail. */
    private int bracketed(int q, List<Integer> nested) {
        Group group = normalCite(q);
        if (group != null) {
            group.items.forEach(item -> nested.add(item.at));
            nested.addAll(group.nested);
            return group.end;
        }
        int close = matchingBracket(q);
        if (close < 0) return q + 1;
        scanInside(q + 1, close, nested);
        int end = close + 1;
        int tail = InlineAtoms.linkTail(s, end);
        if (tail > 0) return tail;
        if (end < n && s.charAt(end) == '[') {
            int label = matchingBracket(end);
            if (label > 0) return label + 1;
        }
        return end;
    }

    private int matchingBracket(int open) {
        return brackets.computeIfAbsent(open, this::findMatchingBracket);
    }

    /** The ']' of every '[' met reading the block from its start, in one pass (-1 when unclosed). */
    private void matchBrackets() {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int p = 0;
        while (p < n) {
            int atom = atom(p);
            if (atom > 0) {
                p = atom;
                continue;
            }
            if (s.charAt(p) == '[') open.push(p);
            if (s.charAt(p) == ']' && !open.isEmpty()) brackets.put(open.pop(), p);
            p++;
        }
        open.forEach(unclosed -> brackets.put(unclosed, -1));
    }

    private int findMatchingBracket(int open) {
        int depth = 0;
        int p = open;
        while (p < n) {
            int atom = atom(p);
            if (atom > 0) {
                p = atom;
                continue;
            }
            char c = s.charAt(p);
            if (c == '[') depth++;
            if (c == ']' && --depth == 0) return p;
            p++;
        }
        return -1;
    }

    /** Reads units from {@code from} up to {@code to}, collecting nested citations; returns where it stopped. */
    private int scanInside(int from, int to, List<Integer> nested) {
        int p = from;
        while (p < to) p = unit(p, nested);
        return p;
    }

    /**
     * pandoc's {@code enclosure}: a run of one to three '*' or '_' not followed by a space reads up to
     * its closing run; when there is none, pandoc keeps every inline it read, up to the block's end.
     */
    private int emphasis(int q, List<Integer> nested) {
        char c = s.charAt(q);
        int run = InlineAtoms.runLength(s, q, c);
        if (c == '_' && !notAfterString(q)) return q + 1;
        if (run > 3 || q + run >= n || Character.isWhitespace(s.charAt(q + run))) return q + run;
        return closeEmphasis(q + run, c, run, nested);
    }

    private int closeEmphasis(int from, char c, int needed, List<Integer> nested) {
        int p = from;
        while (p < n) {
            if (s.charAt(p) == c) {
                int run = InlineAtoms.runLength(s, p, c);
                if (needed == 1 && run == 2) {
                    p = closeEmphasis(p + 2, c, 2, nested);
                    continue;
                }
                int take = Math.min(run, needed);
                boolean closes = c == '*' || p + take >= n || !isAlphaNum(s.codePointAt(p + take));
                if (closes && take == needed) return p + take;
                if (closes && needed == 3) return closeEmphasis(p + take, c, needed - take, nested);
            }
            p = unit(p, nested);
        }
        return n;
    }

    /** pandoc's {@code $math$}: an opening '$' not followed by a space, a closing one not after a space nor before a digit. */
    private int math(int q) {
        if (q + 1 >= n || Character.isWhitespace(s.charAt(q + 1)) || s.charAt(q + 1) == '$') return q + 1;
        for (int p = q + 2; p < n; p++) {
            char c = s.charAt(p);
            if (c == '\\') {
                p++;
            } else if (c == '$' && !Character.isWhitespace(s.charAt(p - 1)) && (p + 1 >= n || !Character.isDigit(s.charAt(p + 1)))) {
                return p + 1;
            }
        }
        return q + 1;
    }

    // ---- where a key may start -----------------------------------------------------------------

    /**
     * pandoc's {@code notAfterString}: a key may not follow a word (letters, digits, a period) or an
     * emphasis that just closed, unless that word is itself a citation key ({@code @a@b} is two).
     */
    private boolean notAfterString(int pos) {
        Boolean known = notAfterStrings.get(pos);
        if (known == null) {
            known = isNotAfterString(pos);
            notAfterStrings.put(pos, known);
        }
        return known;
    }

    private boolean isNotAfterString(int pos) {
        if (pos == 0) return true;
        int before = s.codePointBefore(pos);
        if (isAlphaNum(before)) return keyEndsAt(pos);
        if (before == '.') return InlineAtoms.isEscaped(s, pos - 1);
        if (before == '*' || before == '_') return !closesEmphasis(pos);
        return true;
    }

    /**
     * Whether a citation key ends at {@code pos}. A simple key holds no '@', so only the nearest '@'
     * before can start it; a braced key ends with '}' and starts at an "@{" within the same word.
     */
    private boolean keyEndsAt(int pos) {
        boolean braced = s.charAt(pos - 1) == '}';
        for (int j = pos - 1; j >= 0 && !Character.isWhitespace(s.charAt(j)); j--) {
            if (s.charAt(j) != '@') continue;
            Key k = citeKeyUnchecked(j);
            if (k != null && k.end == pos && notAfterString(j)) return true;
            if (!braced) return false;
        }
        return false;
    }

    /** A run of '*' or '_' ending at {@code pos} closes an emphasis when it follows text and an opener came before. */
    private boolean closesEmphasis(int pos) {
        char c = s.charAt(pos - 1);
        int runStart = pos - 1;
        while (runStart > 0 && s.charAt(runStart - 1) == c) runStart--;
        if (runStart == 0 || Character.isWhitespace(s.charAt(runStart - 1))) return false;
        for (int j = runStart - 1; j >= 0; j--) {
            if (s.charAt(j) == c && (j == 0 || s.charAt(j - 1) != c) && j + 1 < n && !Character.isWhitespace(s.charAt(j + 1))) {
                return true;
            }
        }
        return false;
    }

    private LinkSpan autolinkAround(int at) {
        for (LinkSpan span : autolinks) {
            if (span.getBeginIndex() <= at && at < span.getEndIndex()) return span;
        }
        return null;
    }

    /** Haskell's {@code isAlphaNum}: letters and numbers of any script. */
    static boolean isAlphaNum(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isRegular(int cp) {
        return isAlphaNum(cp) || cp == '_';
    }

    private static boolean isKeyStart(int cp) {
        return isAlphaNum(cp) || cp == '_' || cp == '*';
    }
}
