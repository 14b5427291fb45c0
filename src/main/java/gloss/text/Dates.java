package gloss.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date wording used across the site: "21 Nov 2025" in lists, "21 November 2025" in text. */
public final class Dates {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String shortForm(LocalDate d) { return SHORT.format(d); }

    public static String longForm(LocalDate d) { return LONG.format(d); }
}
