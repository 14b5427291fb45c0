package gloss.markdown;

import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CommonMark spec test runner's HTML normalisation ({@code test/normalize.py} of commonmark-spec
 * 0.31.2), ported with the parts of Python 3.11's {@code html.parser} it relies on, so that expected
 * and actual HTML are compared as the spec's own runner compares them: white space collapsed outside
 * {@code <pre>} and dropped around block tags, attributes sorted, character references decoded except
 * {@code < > & "}, {@code <br />} written {@code <br>}. The input is fed in the runner's chunks (CDATA
 * sections verbatim) to a tolerant tokenizer with the same regular expressions as Python's.
 * {@code CommonMarkSpecTest} checks this port against normalize.py's own output for every example.
 */
final class SpecHtml {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern CHUNK = Pattern.compile("(<!\\[CDATA\\[.*?]]>|<[^>]*>|[^<]+)", FLAGS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", FLAGS);
    private static final Pattern INTERESTING = Pattern.compile("[&<]");
    private static final Pattern INCOMPLETE = Pattern.compile("&[a-zA-Z#]");
    private static final Pattern ENTITYREF = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]");
    private static final Pattern CHARREF = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]");
    private static final Pattern STARTTAGOPEN = Pattern.compile("<[a-zA-Z]");
    private static final Pattern COMMENTCLOSE = Pattern.compile("--\\s*>", FLAGS);
    private static final Pattern MARKEDSECTIONCLOSE = Pattern.compile("]\\s*]\\s*>", FLAGS);
    private static final Pattern MSMARKEDSECTIONCLOSE = Pattern.compile("]\\s*>", FLAGS);
    private static final Pattern DECLNAME = Pattern.compile("[a-zA-Z][-_.a-zA-Z0-9]*\\s*", FLAGS);
    private static final Pattern TAGFIND = Pattern.compile("([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:\\s|/(?!>))*", FLAGS);
    private static final Pattern ATTRFIND = Pattern.compile(
            "((?<=['\"\\s/])[^\\s/>][^\\s/=>]*)(\\s*=+\\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\\s]*))?(?:\\s|/(?!>))*", FLAGS);
    private static final Pattern LOCATESTARTTAGEND = Pattern.compile(
            "<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*(?:[\\s/]*(?:(?<=['\"\\s/])[^\\s/>][^\\s/=>]*"
                    + "(?:\\s*=+\\s*(?:'[^']*'|\"[^\"]*\"|(?!['\"])[^>\\s]*)\\s*)?(?:\\s|/(?!>))*)*)?\\s*", FLAGS);
    private static final Pattern ENDTAGFIND = Pattern.compile("</\\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\\s*>", FLAGS);
    private static final Set<String> CDATA_CONTENT = Set.of("script", "style");
    private static final Set<String> BLOCK_TAGS = Set.of("article", "header", "aside", "hgroup", "blockquote",
            "hr", "iframe", "body", "li", "map", "button", "object", "canvas",
            "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd",
            "progress", "div", "section", "dl", "table", "td", "dt",
            "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
            "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    /** Python's html.entities.name2codepoint: the HTML 4 named references normalize.py decodes. */
    private static final Set<String> HTML4 = Set.of((
            "AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH Eacute Ecirc "
            + "Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute "
            + "Ocirc Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau Theta "
            + "Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig agrave alefsym alpha "
            + "amp and ang aring asymp atilde auml bdquo beta brvbar bull cap ccedil cedil cent chi circ clubs "
            + "cong copy crarr cup curren dArr dagger darr deg delta diams divide eacute ecirc egrave empty emsp "
            + "ensp epsilon equiv eta eth euml euro exist fnof forall frac12 frac14 frac34 frasl gamma ge gt hArr "
            + "harr hearts hellip iacute icirc iexcl igrave image infin int iota iquest isin iuml kappa lArr "
            + "lambda lang laquo larr lceil ldquo le lfloor lowast loz lrm lsaquo lsquo lt macr mdash micro middot "
            + "minus mu nabla nbsp ndash ne ni not notin nsub ntilde nu oacute ocirc oelig ograve oline omega "
            + "omicron oplus or ordf ordm oslash otilde otimes ouml para part permil perp phi pi piv plusmn pound "
            + "prime prod prop psi quot rArr radic rang raquo rarr rceil rdquo real reg rfloor rho rlm rsaquo "
            + "rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades sub sube sum sup sup1 sup2 sup3 supe szlig "
            + "tau there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc ugrave uml upsih "
            + "upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj").split(" "));

    private String rawdata = "";
    private final StringBuilder output = new StringBuilder();
    private String last = "starttag";
    private String lastTag = "";
    private boolean inPre;
    private String cdataElem;
    private Pattern interesting = INTERESTING;

    private SpecHtml() {}

    static String normalize(String html) {
        SpecHtml parser = new SpecHtml();
        Matcher chunks = CHUNK.matcher(html);
        while (chunks.find()) {
            String chunk = chunks.group();
            if (chunk.startsWith("<![CDATA")) parser.output.append(chunk);
            else parser.feed(chunk);
        }
        parser.goahead(true);
        return parser.output.toString();
    }

    private void feed(String data) {
        rawdata = rawdata + data;
        goahead(false);
    }

    // ---- normalize.py's handlers ---------------------------------------------------------------

    private void handleData(String text) {
        String data = text;
        boolean afterTag = last.equals("endtag") || last.equals("starttag");
        boolean afterBlockTag = afterTag && BLOCK_TAGS.contains(lastTag);
        if (afterTag && lastTag.equals("br")) data = data.replaceFirst("^\\n+", "");
        if (!inPre) data = WHITESPACE.matcher(data).replaceAll(" ");
        if (afterBlockTag && !inPre) {
            if (last.equals("starttag")) data = lstrip(data);
            else if (last.equals("endtag")) data = strip(data);
        }
        output.append(data);
        last = "data";
    }

    private void handleEndtag(String tag) {
        if (tag.equals("pre")) inPre = false;
        else if (BLOCK_TAGS.contains(tag)) rstripOutput();
        output.append("</").append(tag).append('>');
        lastTag = tag;
        last = "endtag";
    }

    private void handleStarttag(String tag, List<String[]> attrs) {
        if (tag.equals("pre")) inPre = true;
        if (BLOCK_TAGS.contains(tag)) rstripOutput();
        output.append('<').append(tag);
        List<String[]> sorted = new ArrayList<>(attrs);
        sorted.sort(Comparator.<String[], String>comparing(a -> a[0])
                .thenComparing(a -> a[1], Comparator.nullsFirst(Comparator.naturalOrder())));
        for (String[] a : sorted) {
            output.append(' ').append(a[0]);
            if (a[1] != null) output.append("=\"").append(escape(a[1])).append('"');
        }
        output.append('>');
        lastTag = tag;
        last = "starttag";
    }

    private void handleStartendtag(String tag, List<String[]> attrs) {
        handleStarttag(tag, attrs);
        lastTag = tag;
        last = "endtag";
    }

    private void handleComment(String data) {
        output.append("<!--").append(data).append("-->");
        last = "comment";
    }

    private void handleDecl(String data) {
        output.append("<!").append(data).append('>');
        last = "decl";
    }

    private void handlePi(String data) {
        output.append("<?").append(data).append('>');
        last = "pi";
    }

    private void handleEntityref(String name) {
        String c = HTML4.contains(name) ? Entities.getByName(name) : null;
        outputChar(c == null || c.isEmpty() ? null : c, "&" + name + ";");
        last = "ref";
    }

    private void handleCharref(String name) {
        String c;
        try {
            int cp = name.startsWith("x") ? Integer.parseInt(name.substring(1), 16) : Integer.parseInt(name);
            c = new String(Character.toChars(cp));
        } catch (IllegalArgumentException e) {
            c = null;
        }
        outputChar(c, "&" + name + ";");
        last = "ref";
    }

    private void outputChar(String c, String fallback) {
        if (c == null) output.append(fallback);
        else if (c.equals("<")) output.append("&lt;");
        else if (c.equals(">")) output.append("&gt;");
        else if (c.equals("&")) output.append("&amp;");
        else if (c.equals("\"")) output.append("&quot;");
        else output.append(c);
    }

    /** Python's html.escape(v, quote=True). */
    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#x27;");
    }

    // ---- Python's html.parser.HTMLParser.goahead and its helpers ---------------------------------

    private void goahead(boolean end) {
        String raw = rawdata;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            Matcher m = interesting.matcher(raw);
            int j;
            if (m.find(i)) {
                j = m.start();
            } else {
                if (cdataElem != null) break;
                j = n;
            }
            if (i < j) handleData(raw.substring(i, j));
            i = j;
            if (i == n) break;
            if (raw.startsWith("<", i)) {
                int k;
                if (STARTTAGOPEN.matcher(raw).region(i, n).lookingAt()) k = parseStarttag(raw, i);
                else if (raw.startsWith("</", i)) k = parseEndtag(raw, i);
                else if (raw.startsWith("<!--", i)) k = parseComment(raw, i);
                else if (raw.startsWith("<?", i)) k = parsePi(raw, i);
                else if (raw.startsWith("<!", i)) k = parseHtmlDeclaration(raw, i);
                else if (i + 1 < n) {
                    handleData("<");
                    k = i + 1;
                } else {
                    break;
                }
                if (k < 0) {
                    if (!end) break;
                    k = raw.indexOf('>', i + 1);
                    if (k < 0) {
                        k = raw.indexOf('<', i + 1);
                        if (k < 0) k = i + 1;
                    } else {
                        k += 1;
                    }
                    handleData(raw.substring(i, k));
                }
                i = k;
            } else if (raw.startsWith("&#", i)) {
                Matcher c = CHARREF.matcher(raw).region(i, n);
                if (c.lookingAt()) {
                    handleCharref(c.group().substring(2, c.group().length() - 1));
                    int k = c.end();
                    if (raw.charAt(k - 1) != ';') k--;
                    i = k;
                    continue;
                }
                if (raw.indexOf(';', i) >= 0) {
                    handleData(raw.substring(i, i + 2));
                    i += 2;
                }
                break;
            } else if (raw.startsWith("&", i)) {
                Matcher e = ENTITYREF.matcher(raw).region(i, n);
                if (e.lookingAt()) {
                    handleEntityref(e.group(1));
                    int k = e.end();
                    if (raw.charAt(k - 1) != ';') k--;
                    i = k;
                    continue;
                }
                Matcher inc = INCOMPLETE.matcher(raw).region(i, n);
                if (inc.lookingAt()) {
                    if (end && inc.group().equals(raw.substring(i))) i = i + 1;
                    break;
                } else if (i + 1 < n) {
                    handleData("&");
                    i += 1;
                } else {
                    break;
                }
            }
        }
        if (end && i < n && cdataElem == null) {
            handleData(raw.substring(i, n));
            i = n;
        }
        rawdata = raw.substring(i);
    }

    private int parseStarttag(String raw, int i) {
        int endpos = checkForWholeStartTag(raw, i);
        if (endpos < 0) return endpos;
        List<String[]> attrs = new ArrayList<>();
        Matcher tagMatch = TAGFIND.matcher(raw).region(i + 1, raw.length());
        tagMatch.lookingAt();
        int k = tagMatch.end();
        String tag = tagMatch.group(1).toLowerCase(java.util.Locale.ROOT);
        while (k < endpos) {
            Matcher m = ATTRFIND.matcher(raw).region(k, raw.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.lookingAt()) break;
            String name = m.group(1);
            String rest = m.group(2);
            String value = m.group(3);
            if (rest == null || rest.isEmpty()) {
                value = null;
            } else if (value.length() >= 1 && (value.charAt(0) == '\'' && value.endsWith("'")
                    || value.charAt(0) == '"' && value.endsWith("\""))) {
                value = value.length() >= 2 ? value.substring(1, value.length() - 1) : "";
            }
            if (value != null && !value.isEmpty()) value = Parser.unescapeEntities(value, true);
            attrs.add(new String[] {name.toLowerCase(java.util.Locale.ROOT), value});
            k = m.end();
        }
        String endText = strip(raw.substring(k, endpos));
        if (!endText.equals(">") && !endText.equals("/>")) {
            handleData(raw.substring(i, endpos));
            return endpos;
        }
        if (endText.endsWith("/>")) {
            handleStartendtag(tag, attrs);
        } else {
            handleStarttag(tag, attrs);
            if (CDATA_CONTENT.contains(tag)) {
                cdataElem = tag;
                interesting = Pattern.compile("</\\s*" + tag + "\\s*>", Pattern.CASE_INSENSITIVE | FLAGS);
            }
        }
        return endpos;
    }

    private static int checkForWholeStartTag(String raw, int i) {
        Matcher m = LOCATESTARTTAGEND.matcher(raw).region(i, raw.length()).useTransparentBounds(true);
        if (!m.lookingAt()) throw new AssertionError("we should not get here!");
        int j = m.end();
        if (j >= raw.length()) return -1;
        char next = raw.charAt(j);
        if (next == '>') return j + 1;
        if (next == '/') {
            if (raw.startsWith("/>", j)) return j + 2;
            return -1;
        }
        if (Character.isLetter(next) && next < 128 || next == '=' || next == '/') return -1;
        return j > i ? j : i + 1;
    }

    private int parseEndtag(String raw, int i) {
        int gt = raw.indexOf('>', i + 1);
        if (gt < 0) return -1;
        int gtpos = gt + 1;
        Matcher m = ENDTAGFIND.matcher(raw).region(i, raw.length());
        if (!m.lookingAt()) {
            if (cdataElem != null) {
                handleData(raw.substring(i, gtpos));
                return gtpos;
            }
            Matcher name = TAGFIND.matcher(raw).region(i + 2, raw.length());
            if (!name.lookingAt()) {
                if (raw.startsWith("</>", i)) return i + 3;
                return parseBogusComment(raw, i);
            }
            String tag = name.group(1).toLowerCase(java.util.Locale.ROOT);
            int close = raw.indexOf('>', name.end());
            handleEndtag(tag);
            return close + 1;
        }
        String elem = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (cdataElem != null && !elem.equals(cdataElem)) {
            handleData(raw.substring(i, gtpos));
            return gtpos;
        }
        handleEndtag(elem);
        cdataElem = null;
        interesting = INTERESTING;
        return m.end();
    }

    private int parseComment(String raw, int i) {
        Matcher m = COMMENTCLOSE.matcher(raw);
        if (!m.find(i + 4)) return -1;
        handleComment(raw.substring(i + 4, m.start()));
        return m.end();
    }

    private int parsePi(String raw, int i) {
        int gt = raw.indexOf('>', i + 2);
        if (gt < 0) return -1;
        handlePi(raw.substring(i + 2, gt));
        return gt + 1;
    }

    private int parseHtmlDeclaration(String raw, int i) {
        if (raw.startsWith("<!--", i)) return parseComment(raw, i);
        if (raw.startsWith("<![", i)) return parseMarkedSection(raw, i);
        if (raw.regionMatches(true, i, "<!doctype", 0, 9)) {
            int gt = raw.indexOf('>', i + 9);
            if (gt < 0) return -1;
            handleDecl(raw.substring(i + 2, gt));
            return gt + 1;
        }
        return parseBogusComment(raw, i);
    }

    private int parseBogusComment(String raw, int i) {
        int pos = raw.indexOf('>', i + 2);
        if (pos < 0) return -1;
        handleComment(raw.substring(i + 2, pos));
        return pos + 1;
    }

    private int parseMarkedSection(String raw, int i) {
        if (i + 3 >= raw.length()) return -1;
        Matcher name = DECLNAME.matcher(raw).region(i + 3, raw.length());
        if (!name.lookingAt()) throw new AssertionError("expected name token");
        if (name.end() == raw.length()) return -1;
        String section = strip(name.group()).toLowerCase(java.util.Locale.ROOT);
        Matcher close;
        if (Set.of("temp", "cdata", "ignore", "include", "rcdata").contains(section)) close = MARKEDSECTIONCLOSE.matcher(raw);
        else if (Set.of("if", "else", "endif").contains(section)) close = MSMARKEDSECTIONCLOSE.matcher(raw);
        else throw new AssertionError("unknown status keyword in marked section");
        if (!close.find(i + 3)) return -1;
        handleDecl(raw.substring(i + 3, close.start()));
        return close.end();
    }

    // ---- Python's str.strip family (white space as str.isspace) -----------------------------------

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String strip(String s) {
        return rstrip(lstrip(s));
    }

    private static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return s.substring(i);
    }

    private static String rstrip(String s) {
        int j = s.length();
        while (j > 0 && isSpace(s.charAt(j - 1))) j--;
        return s.substring(0, j);
    }

    private void rstripOutput() {
        int j = output.length();
        while (j > 0 && isSpace(output.charAt(j - 1))) j--;
        output.setLength(j);
    }

    @SuppressWarnings("unused")
    private static String show(Object... parts) {
        return Arrays.toString(parts);
    }
}
