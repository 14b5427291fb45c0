package gloss.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Splits what follows a citation key ({@code , pp. 33-35 and passim}) into a locator and a suffix the
 * way pandoc's citeproc does (module {@code Text.Pandoc.Citeproc.Locator} of pandoc 2.17, with the
 * en-US locator terms of its bundled CSL locale, plus "point", which plans and treaties are cited by):
 * <ul>
 *   <li>a leading comma and space are dropped;</li>
 *   <li>a locator in braces is taken whole, with an optional term inside:
 *       {@code {iv, 3}}, {@code {pp. iv, vi-xi}}; {@code {}} means "no locator, the rest is suffix";</li>
 *   <li>otherwise a locator term ({@code p.}, {@code pp.}, {@code chap.}, {@code sec.}, {@code §},
 *       {@code volume} ..., in any case) is followed by one or more locator words containing digits or
 *       roman numerals ({@code 33}, {@code 35-37}, {@code xiv}, {@code 12(3)(a)}, {@code [89]}), joined
 *       by ',' or ';'; without a term, words with digits mean pages;</li>
 *   <li>everything after the locator is the suffix; when no locator is found, all of it is.</li>
 * </ul>
 */
final class Locators {
    /** The locator as written (term included, braces of a braced locator removed) and the rest. */
    record Split(Optional<String> locator, String suffix) {}

    /**
     * en-US terms of citeproc's locator types, singular and plural, long, short and symbol forms; and
     * Gloss's own "point" ({@code [@plan, point 21(d)]}), which citeproc would leave in the suffix.
     */
    private static final Map<String, String> TERMS = terms(
            "book", "book books bk. bks.",
            "chapter", "chapter chapters chap. chaps.",
            "column", "column columns col. cols.",
            "figure", "figure figures fig. figs.",
            "folio", "folio folios fol. fols.",
            "issue", "number numbers no. nos.",
            "line", "line lines l. ll.",
            "note", "note notes n. nn.",
            "opus", "opus opera op. opp.",
            "page", "page pages p. pp.",
            "paragraph", "paragraph paragraphs para. paras. ¶ ¶¶",
            "part", "part parts pt. pts.",
            "point", "point points",
            "section", "section sections sec. secs. § §§",
            "sub verbo", "sub_verbo sub_verbis s.v. s.vv.",
            "verse", "verse verses v. vv.",
            "volume", "volume volumes vol. vols.");

    private static final Pattern ROMAN = Pattern.compile("M*(?:CM)?D?(?:CD)?C*(?:XC)?L?(?:XL)?X*(?:IX)?V?(?:IV)?I*");

    private Locators() {}

    static Split split(String suffix) {
        List<String> tokens = tokens(suffix);
        int p = 0;
        if (p < tokens.size() && tokens.get(p).equals(",")) p++;
        if (p < tokens.size() && isSpace(tokens.get(p))) p++;
        Found found = delimited(tokens, p);
        if (found == null) found = integrated(tokens, p);
        if (found == null) return new Split(Optional.empty(), suffix.strip());
        String locator = found.written.strip();
        String rest = String.join("", tokens.subList(found.end, tokens.size())).strip();
        return new Split(locator.isEmpty() ? Optional.empty() : Optional.of(locator), rest);
    }

    private record Found(String written, int end) {}

    private record Word(boolean digitLike, String text, int end) {}

    /** citeproc's {@code pLocatorDelimited}: {@code {term content}} with {} and [] balanced inside. */
    private static Found delimited(List<String> t, int start) {
        if (start >= t.size() || !t.get(start).equals("{")) return null;
        int p = start + 1;
        while (p < t.size() && isSpace(t.get(p))) p++;
        int afterLabel = longestTerm(t, p, end -> true);
        if (afterLabel < 0) afterLabel = p;
        StringBuilder content = new StringBuilder(String.join("", t.subList(p, afterLabel)));
        int q = afterLabel;
        Word body = balanced(t, q, "{}[]", (tokens, at) -> new Word(true, tokens.get(at), at + 1));
        if (body != null) {
            content.append(body.text);
            q = body.end;
        }
        if (q >= t.size() || !t.get(q).equals("}")) return null;
        return new Found(content.toString(), q + 1);
    }

    /** citeproc's {@code pLocatorIntegrated}: an optional term, then locator words. */
    private static Found integrated(List<String> t, int start) {
        int afterLabel = longestTerm(t, start, end -> {
            Word w = word(t, end, true);
            return w != null && w.digitLike;
        });
        boolean implicit = afterLabel < 0;
        if (implicit) {
            Word first = word(t, start, true);
            if (first == null || !hasDigit(first.text)) return null;
            afterLabel = start;
        }
        StringBuilder written = new StringBuilder(String.join("", t.subList(start, afterLabel)));
        int q = afterLabel;
        boolean first = !implicit;
        while (true) {
            Word w = word(t, q, first);
            // without a term a word needs digits; after one, roman numerals do too
            if (w == null || !(implicit ? hasDigit(w.text) : w.digitLike)) break;
            written.append(w.text);
            q = w.end;
            first = false;
        }
        return q == afterLabel ? null : new Found(written.toString(), q);
    }

    /**
     * citeproc's {@code pLocatorLabel'}: the longest run of tokens from {@code start} that is a locator
     * term and ends where {@code boundary} holds (where a locator word may start), at least one token
     * before the end. Returns the token index after the term, or -1.
     */
    private static int longestTerm(List<String> t, int start, IntPredicate boundary) {
        int best = -1;
        for (int end = start + 1; end < t.size(); end++) {
            if (!boundary.test(end)) continue;
            String label = String.join("", t.subList(start, end)).strip().toLowerCase(Locale.ROOT);
            if (TERMS.containsKey(label)) best = end;
        }
        return best;
    }

    /** citeproc's {@code pLocatorWordIntegrated}: [',' or ';'] [space] a page sequence in balanced brackets. */
    private static Word word(List<String> t, int start, boolean first) {
        int p = start;
        StringBuilder text = new StringBuilder();
        if (!first && p < t.size() && (t.get(p).equals(",") || t.get(p).equals(";"))) text.append(t.get(p++));
        if (p < t.size() && isSpace(t.get(p))) {
            text.append(' ');
            p++;
        }
        Word body = balanced(t, p, "()[]{}", Locators::pageSequence);
        return body == null ? null : new Word(body.digitLike, text + body.text, body.end);
    }

    private interface Inner {
        Word parse(List<String> tokens, int at);
    }

    /**
     * citeproc's {@code pBalancedBraces}: one or more of either an inner item or a bracket pair
     * around at most one inner item; digit-like when any inner item is.
     */
    private static Word balanced(List<String> t, int start, String pairs, Inner inner) {
        int p = start;
        boolean digitLike = false;
        StringBuilder text = new StringBuilder();
        while (p < t.size()) {
            String tok = t.get(p);
            if (isBracketToken(tok, pairs)) {
                int open = pairs.indexOf(tok.charAt(0));
                if (open % 2 != 0) break;
                String close = String.valueOf(pairs.charAt(open + 1));
                int q = p + 1;
                Word mid = q < t.size() && !isBracketToken(t.get(q), pairs) ? inner.parse(t, q) : null;
                if (mid != null) q = mid.end;
                if (q >= t.size() || !t.get(q).equals(close)) break;
                text.append(tok).append(mid == null ? "" : mid.text).append(close);
                digitLike |= mid != null && mid.digitLike;
                p = q + 1;
            } else {
                Word w = inner.parse(t, p);
                if (w == null) break;
                text.append(w.text);
                digitLike |= w.digitLike;
                p = w.end;
            }
        }
        return p == start ? null : new Word(digitLike, text.toString(), p);
    }

    /** citeproc's {@code pPageSeq}: page units joined by '.' ({@code 1.2.3}), or one starting with '.'. */
    private static Word pageSequence(List<String> t, int start) {
        Word unit = pageUnit(t, start);
        boolean digitLike;
        StringBuilder text = new StringBuilder();
        int p;
        if (unit != null) {
            digitLike = unit.digitLike;
            text.append(unit.text);
            p = unit.end;
        } else {
            digitLike = false;
            p = start;
        }
        boolean any = unit != null;
        while (p + 1 < t.size() && t.get(p).equals(".")) {
            Word next = pageUnit(t, p + 1);
            if (next == null) break;
            text.append('.').append(next.text);
            digitLike |= next.digitLike;
            p = next.end;
            any = true;
        }
        return any ? new Word(digitLike, text.toString(), p) : null;
    }

    /** citeproc's {@code pPageUnit}: a roman numeral, or tokens up to a space or punctuation other than '-', '–', ':'. */
    private static Word pageUnit(List<String> t, int start) {
        if (start >= t.size()) return null;
        if (isRoman(t.get(start))) return new Word(true, t.get(start), start + 1);
        // citeproc's plainUnit: tokens up to a space, punctuation or math
        int p = start;
        StringBuilder text = new StringBuilder();
        while (p < t.size() && !isSpace(t.get(p)) && !isLocatorPunctuation(t.get(p)) && !isMath(t.get(p))) text.append(t.get(p++));
        if (p == start) return null;
        return new Word(hasDigit(text), text.toString(), p);
    }

    /**
     * citeproc's {@code splitInp}: spaces and punctuation (except ':') are tokens of their own. Pandoc
     * reads {@code $...$} as one math inline, which is never part of a locator; it stays one token.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int math = cp == '$' ? mathEnd(text, i) : -1;
            boolean space = Character.isWhitespace(cp) || cp == '\u00a0';
            if (math > 0 || space || isPunctuation(cp) && cp != ':') {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (math > 0) {
                    out.add(text.substring(i, math));
                    i = math;
                    continue;
                }
                if (space) {
                    if (out.isEmpty() || !isSpace(out.get(out.size() - 1))) out.add(" ");
                } else {
                    out.add(new String(Character.toChars(cp)));
                }
            } else {
                word.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) out.add(word.toString());
        return out;
    }

    /** The end of pandoc's inline math at {@code i}: '$' not followed by a space, to a '$' not after one. */
    private static int mathEnd(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '$') return -1;
        for (int j = i + 2; j < text.length(); j++) {
            if (text.charAt(j) == '$' && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 >= text.length() || !Character.isDigit(text.charAt(j + 1)))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isMath(String token) {
        return token.length() >= 3 && token.startsWith("$") && token.endsWith("$");
    }

    private static boolean isSpace(String token) {
        return token.equals(" ");
    }

    private static boolean isBracketToken(String token, String pairs) {
        return token.length() == 1 && pairs.indexOf(token.charAt(0)) >= 0;
    }

    private static boolean isLocatorPunctuation(String token) {
        if (token.codePointCount(0, token.length()) != 1) return false;
        int cp = token.codePointAt(0);
        return cp != '-' && cp != '–' && cp != ':' && isPunctuation(cp);
    }

    /** Haskell's {@code isPunctuation}: the Unicode punctuation categories. */
    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isRoman(String token) {
        return !token.isEmpty() && ROMAN.matcher(token.toUpperCase(Locale.ROOT)).matches();
    }

    /** Haskell's {@code isDigit}: ASCII digits only. */
    private static boolean hasDigit(CharSequence text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    private static Map<String, String> terms(String... typeAndForms) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < typeAndForms.length; i += 2) {
            for (String form : typeAndForms[i + 1].split(" ")) map.put(form.replace('_', ' '), typeAndForms[i]);
        }
        return Map.copyOf(map);
    }
}
