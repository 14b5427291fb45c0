package gloss.site;

import gloss.markdown.BodyLinks;
import gloss.markdown.Headings;
import gloss.markdown.ParsedBody;

import java.util.List;
import java.util.Set;

/**
 * A note body after the resolve step: its tree, where each of its links leads and each heading's id,
 * and the sources it cites. Rendering prints what this says and looks nothing up.
 */
public record ResolvedBody(ParsedBody parsed, BodyLinks links, List<Headings.Entry> headings, Set<String> citedSources) {
    public ResolvedBody {
        headings = List.copyOf(headings);
        citedSources = Set.copyOf(citedSources);
    }
}
