package gloss.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A correction made to a note after it was published, from the note's {@code corrections:} front matter:
 * when, what the note said before ({@code was}) and what it says now ({@code now}), with the sources
 * that support the corrected text, if any. Corrections are the publisher's own statements, so they are
 * exempt from the citation rule; citing sources is optional.
 */
public record Correction(LocalDate date, String was, String now, List<Ref> sources, Location at) {}
