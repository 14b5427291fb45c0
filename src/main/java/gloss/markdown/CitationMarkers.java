package gloss.markdown;

/**
 * The page a body is rendered into: it numbers the sources of each citation as the renderer meets
 * them, so numbers follow the reading order of the page, and returns the markers' HTML.
 */
@FunctionalInterface
public interface CitationMarkers {
    String html(Citation citation, ParsedBody from);

    /** For bodies rendered outside a page (tests, the conformance suite): citations print nothing. */
    CitationMarkers NONE = (citation, from) -> "";
}
