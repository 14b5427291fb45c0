package gloss.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of {@code content/sources.yaml}. {@code publisher} is the original outlet; {@code via} names
 * the site whose copy {@code url} points to when that differs ("as republished by ...").
 */
public record Source(String id, String publisher, String title, Optional<String> author, LocalDate date,
                     Optional<String> url, SourceKind kind, Optional<String> via, boolean lowReliability,
                     Optional<String> note, Location at) {}
