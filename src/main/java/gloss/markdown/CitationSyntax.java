package gloss.markdown;

import gloss.content.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the inside of a bracketed citation, Pandoc style: {@code @a; @b, p. 4}. Returns empty when
 * the text is not a citation at all (so {@code [@ mention]} stays ordinary text).
 */
public final class CitationSyntax {
    private static final Pattern KEY = Pattern.compile("\\s*@([A-Za-z0-9][A-Za-z0-9_.:-]*)\\s*(?:,\\s*(.*?))?\\s*");

    private CitationSyntax() {}

    public static Optional<List<CiteItem>> parse(String inside, Location at) {
        if (!inside.stripLeading().startsWith("@")) return Optional.empty();
        List<CiteItem> keys = new ArrayList<>();
        for (String part : inside.split(";", -1)) {
            Matcher m = KEY.matcher(part);
            if (!m.matches()) return Optional.empty();
            String locator = m.group(2);
            keys.add(new CiteItem(m.group(1), CiteItem.Mode.NORMAL, "", Optional.ofNullable(locator).filter(l -> !l.isBlank()), "", at));
        }
        return Optional.of(List.copyOf(keys));
    }
}
