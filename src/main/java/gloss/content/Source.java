package gloss.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An entry of {@code content/sources.yaml}. {@code publisher} is the original outlet and {@code title} its
 * own headline, as published ({@code titleEn} renders it in English when {@code lang} is another language).
 * {@code url} is the copy actually consulted; {@code via} names the site it is on when that is not the
 * publisher's own, and {@code originalUrl} is the publisher's own address when known. {@code archiveUrl}
 * is an archived copy and {@code accessed} the day the url was read.
 */
public record Source(String id, String publisher, String title, Optional<String> titleEn, Optional<String> lang,
                     Optional<String> author, LocalDate date, Optional<WebAddress> url,
                     Optional<WebAddress> originalUrl, Optional<WebAddress> archiveUrl, Optional<LocalDate> accessed,
                     SourceKind kind, Optional<String> via, boolean lowReliability, Optional<String> note,
                     Location at) {

    /** True when the url is a copy on someone else's site ("read via ..."). */
    public boolean isCopy() {
        return via.isPresent();
    }

    /** Where the headline leads: the publisher's own page when known, otherwise the copy consulted. */
    public Optional<WebAddress> headlineLink() {
        return originalUrl.or(() -> url);
    }

    /** Every address the entry gives, in the order of the fields. */
    public java.util.List<WebAddress> addresses() {
        return java.util.stream.Stream.of(url, originalUrl, archiveUrl).flatMap(Optional::stream).toList();
    }
}
