package gloss.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated entry of the timeline; {@code corrections} are those made to this entry after publication.
 * {@code provisions}, {@code reactions} (file stems) and {@code actors} (ids) are what the entry is
 * about, each optional: the timeline links them, and an actor an event names is one the explainer uses.
 */
public record Event(LocalDate date, String title, String summary, List<Ref> sources, List<Correction> corrections,
                    List<ProvisionNumber> provisions, List<Ref> reactions, List<Ref> actors, Location at) {}
