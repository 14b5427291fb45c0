package gloss.sourcing;

import gloss.content.Source;
import gloss.content.SourceKind;

import java.util.Collection;

/**
 * How far a reader can follow the registry to its origins, as the sources page states at the top:
 * sources on the publisher's own site, official primary sources (on the official body's own site),
 * copies read on another site, and, among the originals, the aggregators that only pass reports on.
 */
public record SourceCounts(int originals, int official, int copies, int aggregators, int unlinked) {

    public static SourceCounts of(Collection<Source> sources) {
        int originals = 0, official = 0, copies = 0, aggregators = 0, unlinked = 0;
        for (Source s : sources) {
            if (s.headlineLink().isEmpty()) unlinked++;
            else if (s.isCopy()) copies++;
            else if (s.kind().isOfficial()) official++;
            else {
                originals++;
                if (s.kind() == SourceKind.AGGREGATOR) aggregators++;
            }
        }
        return new SourceCounts(originals, official, copies, aggregators, unlinked);
    }
}
