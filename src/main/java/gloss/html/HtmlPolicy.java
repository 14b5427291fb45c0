package gloss.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the HTML of a note body may contain: an allowlist of elements and attributes, and of URL schemes
 * for the attributes that hold URLs. Everything else is refused: script and event handlers, page-level
 * tags ({@code meta}, {@code base}, {@code link}, {@code style}, {@code title}), embedded pages and
 * forms, elements whose content the browser reads as raw text (they could swallow the rest of the page),
 * SVG and MathML. The same {@link Safelist} serves the located check of raw HTML ({@link RawHtmlCheck})
 * and the sanitizer of rendered bodies ({@link BodySanitizer}), so the two cannot disagree on a rule.
 */
public final class HtmlPolicy {
    /** Attributes every allowed element may carry. */
    static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "id", "title", "lang", "dir");

    /**
     * Allowed elements with the attributes each may carry besides {@link #GLOBAL_ATTRIBUTES}. Besides
     * what editors write by hand, this covers what Gloss's own Markdown renders (tables with
     * {@code align}, footnotes with their {@code data-footnote*} markers, citation markers with
     * {@code data-source}, {@code data-last} (a range of sources) and {@code aria-label}, {@code rel} on external links).
     */
    static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("a", Set.of("href", "rel", "hreflang", "aria-label", "data-source", "data-last", "data-footnote-ref",
                    "data-footnote-backref", "data-footnote-backref-idx")),
            Map.entry("abbr", Set.of()), Map.entry("b", Set.of()), Map.entry("bdi", Set.of()), Map.entry("bdo", Set.of()),
            Map.entry("blockquote", Set.of("cite")), Map.entry("br", Set.of()), Map.entry("caption", Set.of()),
            Map.entry("cite", Set.of()), Map.entry("code", Set.of()), Map.entry("col", Set.of("span")),
            Map.entry("colgroup", Set.of("span")), Map.entry("data", Set.of("value")), Map.entry("dd", Set.of()),
            Map.entry("del", Set.of("cite", "datetime")), Map.entry("details", Set.of("open")), Map.entry("dfn", Set.of()),
            Map.entry("div", Set.of()), Map.entry("dl", Set.of()), Map.entry("dt", Set.of()), Map.entry("em", Set.of()),
            Map.entry("figcaption", Set.of()), Map.entry("figure", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()), Map.entry("h4", Set.of()),
            Map.entry("h5", Set.of()), Map.entry("h6", Set.of()), Map.entry("hr", Set.of()), Map.entry("i", Set.of()),
            Map.entry("img", Set.of("src", "alt", "width", "height")), Map.entry("ins", Set.of("cite", "datetime")),
            Map.entry("kbd", Set.of()), Map.entry("li", Set.of("value")), Map.entry("mark", Set.of()),
            Map.entry("ol", Set.of("start", "reversed", "type")), Map.entry("p", Set.of()), Map.entry("pre", Set.of()),
            Map.entry("q", Set.of("cite")), Map.entry("rp", Set.of()), Map.entry("rt", Set.of()), Map.entry("ruby", Set.of()),
            Map.entry("s", Set.of()), Map.entry("samp", Set.of()), Map.entry("section", Set.of("data-footnotes")),
            Map.entry("small", Set.of()), Map.entry("span", Set.of()), Map.entry("strong", Set.of()), Map.entry("sub", Set.of()),
            Map.entry("summary", Set.of()), Map.entry("sup", Set.of()),
            Map.entry("table", Set.of()), Map.entry("tbody", Set.of()), Map.entry("td", Set.of("align", "colspan", "rowspan")),
            Map.entry("tfoot", Set.of()), Map.entry("th", Set.of("align", "colspan", "rowspan", "scope")),
            Map.entry("thead", Set.of()), Map.entry("time", Set.of("datetime")), Map.entry("tr", Set.of()),
            Map.entry("u", Set.of()), Map.entry("ul", Set.of()), Map.entry("var", Set.of()), Map.entry("wbr", Set.of()));

    /** The URL-bearing attributes among the allowed ones, with the schemes each accepts (besides links inside the site). */
    static final Map<String, Set<String>> URL_SCHEMES = Map.of(
            "a href", Set.of("http", "https", "mailto"),
            "img src", Set.of("http", "https"),
            "blockquote cite", Set.of("http", "https"),
            "q cite", Set.of("http", "https"),
            "del cite", Set.of("http", "https"),
            "ins cite", Set.of("http", "https"));

    /**
     * Relative URLs (links inside the site) are resolved against this made-up address to be checked, so
     * that {@code ../x/} passes as the http link it will be, and are kept as written.
     */
    static final String BASE_URI = "https://gloss.invalid/page/of/the/site/";

    static final Safelist SAFELIST = safelist();

    private HtmlPolicy() {}

    private static Safelist safelist() {
        Safelist s = new Safelist().preserveRelativeLinks(true);
        s.addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
        ELEMENTS.forEach((tag, attributes) -> {
            s.addTags(tag);
            if (!attributes.isEmpty()) s.addAttributes(tag, attributes.toArray(String[]::new));
        });
        URL_SCHEMES.forEach((place, schemes) -> {
            String[] tagAndAttribute = place.split(" ");
            s.addProtocols(tagAndAttribute[0], tagAndAttribute[1], schemes.toArray(String[]::new));
        });
        return s;
    }

    /** Why an element may not appear in a note, as a diagnostic's message and hint; null when it may. */
    static Refusal refusal(Element element) {
        String name = element.normalName();
        if (SAFELIST.isSafeTag(name)) return null;
        return new Refusal("raw HTML <" + name + "> is not allowed in notes", hintFor(name));
    }

    /** Why an attribute may not appear on its element; null when it may. */
    static Refusal refusal(Element element, Attribute attribute) {
        String tag = element.normalName();
        if (SAFELIST.isSafeAttribute(tag, element, attribute)) return null;
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
            return new Refusal("raw HTML attribute '" + attribute.getKey() + "' runs script",
                    "remove the " + attribute.getKey() + " attribute");
        }
        Set<String> schemes = URL_SCHEMES.get(tag + " " + name);
        if (schemes != null) {
            return new Refusal("raw HTML " + name + " uses " + describe(attribute.getValue()),
                    "use " + String.join(", ", new TreeSet<>(schemes)) + " or a link inside the site");
        }
        return new Refusal("raw HTML attribute '" + attribute.getKey() + "' is not allowed on <" + tag + ">",
                "remove it; allowed on every tag: " + String.join(", ", new TreeSet<>(GLOBAL_ATTRIBUTES))
                        + allowedOn(tag));
    }

    /** A message and a hint, for a diagnostic. */
    public record Refusal(String message, String hint) {}

    private static String allowedOn(String tag) {
        Set<String> own = ELEMENTS.getOrDefault(tag, Set.of());
        return own.isEmpty() ? "" : "; on <" + tag + ">: " + String.join(", ", new TreeSet<>(own));
    }

    /**
     * Why a URL that Markdown put in {@code attribute} of {@code tag} (a link's {@code a href}, an image's
     * {@code img src}) may not be published; null when it may. The same rule as for raw HTML, so the
     * sanitizer never has to drop a link the check let through.
     */
    public static Refusal urlRefusal(String tag, String attribute, String url) {
        Element element = new Element(org.jsoup.parser.Tag.valueOf(tag), BASE_URI);
        Attribute a = new Attribute(attribute, url);
        element.attributes().put(a);
        if (SAFELIST.isSafeAttribute(tag, element, a)) return null;
        String scheme = scheme(url);
        String what = tag.equals("img") ? "image" : "link";
        if (scheme != null && (scheme.equals("javascript") || scheme.equals("vbscript"))) {
            return new Refusal(what + " runs script (" + scheme + ": URL)", "link to a web page or a cross-reference instead");
        }
        return new Refusal(what + " uses " + describe(url), "use " + String.join(", ",
                new TreeSet<>(URL_SCHEMES.get(tag + " " + attribute))) + ", or a cross-reference to a page of the explainer");
    }

    /** "a javascript: URL", "an irc: URL". */
    static String describe(String url) {
        String scheme = scheme(url);
        if (scheme == null) return "a URL that is not a valid link";
        return ("aeiou".indexOf(scheme.charAt(0)) >= 0 ? "an " : "a ") + scheme + ": URL";
    }

    /**
     * The scheme of a URL as a browser reads it, lowercase, or null for a relative URL: leading and
     * trailing spaces and control characters do not count, nor do tabs and line breaks anywhere
     * ({@code java&#9;script:} is a javascript: URL).
     */
    static String scheme(String url) {
        String compact = url.replaceAll("^[\\u0000-\\u0020]+|[\\u0000-\\u0020]+$", "").replaceAll("[\\t\\n\\r]", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):").matcher(compact);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static final Set<String> SCRIPT = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "noscript", "template", "portal", "fencedframe", "param");
    private static final Set<String> PAGE = Set.of("html", "head", "body", "meta", "base", "link", "style", "title");
    private static final Set<String> RAW_TEXT = Set.of("textarea", "xmp", "noembed", "noframes", "plaintext", "listing");
    private static final Set<String> FORMS = Set.of("form", "input", "button", "select", "option", "optgroup",
            "datalist", "output", "fieldset", "legend", "label", "keygen", "selectedcontent");

    private static String hintFor(String tag) {
        if (SCRIPT.contains(tag)) return "remove it; notes may not run script or embed other pages";
        if (PAGE.contains(tag)) return "remove it; it would change the whole page, not this note";
        if (RAW_TEXT.contains(tag)) return "remove it; the browser would read the rest of the page as its text";
        if (FORMS.contains(tag)) return "remove it; notes may not contain forms";
        if (tag.equals("svg") || tag.equals("math")) return "put the drawing in an image file and use <img src=...>";
        return "remove it, or use an allowed tag (see 'Raw HTML' in docs/editors-guide.md)";
    }
}
