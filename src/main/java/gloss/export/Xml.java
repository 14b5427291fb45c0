package gloss.export;

/** XML text escaping for the feed and sitemap. */
final class Xml {
    private Xml() {}

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
