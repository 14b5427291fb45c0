package gloss.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one actor said, when and where. {@code allProvisions} is set for {@code provisions: all};
 * otherwise {@code provisions} lists the numbers, each located to report unknown ones where written.
 * A quote in another language names it in {@code quoteLang} (a BCP 47 tag such as {@code de}) and gives an
 * English {@code quoteTranslation}, taken from {@code quoteTranslationSources} (none: the editors' own).
 * {@code aliases} are the site paths the note had before it was renamed; each becomes a redirect page.
 */
public record Reaction(String slug, Ref actor, LocalDate date, String medium, Stance stance,
                       boolean allProvisions, List<ProvisionNumber> provisions, Optional<String> title,
                       Optional<String> summary, Optional<String> quote, List<Ref> quoteSources,
                       List<Ref> sources, boolean draft, Body body, Optional<String> quoteLang,
                       Optional<String> quoteTranslation, List<Ref> quoteTranslationSources,
                       List<Correction> corrections, Location at, List<Ref> aliases,
                       NoteDates dates) {}
