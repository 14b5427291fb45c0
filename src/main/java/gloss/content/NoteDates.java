package gloss.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a note entered the explainer ({@code added:}) and when its text last changed in substance
 * ({@code updated:}), from its front matter. {@code gloss new} writes {@code added:}; the site uses both
 * to date each page by what it shows and the feed to date each entry by when it was new (see
 * {@link gloss.content.NoteDates} users in gloss.site).
 */
public record NoteDates(Optional<LocalDate> added, Optional<LocalDate> updated) {
    public static final NoteDates NONE = new NoteDates(Optional.empty(), Optional.empty());
}
