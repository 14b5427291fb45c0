package gloss.content;

import java.time.LocalDate;
import java.util.List;

/** A dated entry of the timeline; {@code corrections} are those made to this entry after publication. */
public record Event(LocalDate date, String title, String summary, List<Ref> sources, List<Correction> corrections,
                    Location at) {}
