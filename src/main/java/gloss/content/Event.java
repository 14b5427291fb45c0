package gloss.content;

import java.time.LocalDate;
import java.util.List;

/** A dated entry of the timeline. */
public record Event(LocalDate date, String title, String summary, List<Ref> sources, Location at) {}
