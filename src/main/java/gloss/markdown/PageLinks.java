package gloss.markdown;

import gloss.content.Location;

import java.util.List;
import java.util.Optional;

/**
 * What the Markdown renderer needs from the page it renders into: numbered citation markers and
 * relative URLs for cross-references. Implementations report unknown ids as diagnostics.
 */
public interface PageLinks {

    /** HTML for the markers of one citation, numbering sources in order of first use on the page. */
    String citationMarkers(List<CiteItem> items, ParsedBody from);

    /** The page-relative URL for a {@code scheme:id#anchor} link, or empty when it is not a cross-reference. */
    Optional<String> crossReference(String destination, Location at);
}
