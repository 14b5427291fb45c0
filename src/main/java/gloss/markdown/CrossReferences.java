package gloss.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-reference link syntax: {@code scheme:id} with an optional {@code #anchor}, for example
 * {@code provision:7}, {@code reaction:2025-11-21-zelenskyy-address#context}. Schemes are matched
 * without regard to case ({@code Provision:7} is {@code provision:7}); what follows the scheme must not
 * contain spaces.
 */
public final class CrossReferences {
    public static final Set<String> SCHEMES = Set.of("provision", "reaction", "actor", "topic", "source", "page");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** A link written with a space after the scheme, which CommonMark leaves as plain text: {@code [x](provision: 7)}. */
    private static final Pattern SPACED = Pattern.compile("\\]\\(\\s*<?\\s*(?i:(provision|reaction|actor|topic|source|page)):\\s");

    private CrossReferences() {}

    /** A parsed cross-reference; {@code scheme} is lower case. */
    public record Target(String scheme, String id, Optional<String> anchor) {}

    public static boolean isCrossReference(String destination) {
        return scheme(destination).isPresent();
    }

    /** The cross-reference scheme of a link destination, lower case, or empty for any other link. */
    public static Optional<String> scheme(String destination) {
        if (destination == null) return Optional.empty();
        Matcher m = SCHEME.matcher(destination);
        if (!m.find()) return Optional.empty();
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return SCHEMES.contains(scheme) ? Optional.of(scheme) : Optional.empty();
    }

    /** The target of a cross-reference, or empty when the destination is not one (or is malformed: see {@link #problem}). */
    public static Optional<Target> parse(String destination) {
        Optional<String> scheme = scheme(destination);
        if (scheme.isEmpty() || problem(destination).isPresent()) return Optional.empty();
        String rest = destination.substring(scheme.get().length() + 1);
        int hash = rest.indexOf('#');
        String id = hash < 0 ? rest : rest.substring(0, hash);
        Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(rest.substring(hash + 1));
        return Optional.of(new Target(scheme.get(), id, anchor));
    }

    /** What is wrong with a destination that uses a cross-reference scheme, if anything. */
    public static Optional<String> problem(String destination) {
        Optional<String> scheme = scheme(destination);
        if (scheme.isEmpty()) return Optional.empty();
        String rest = destination.substring(scheme.get().length() + 1);
        if (rest.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("a cross-reference must not contain spaces: write " + scheme.get() + ":" + rest.strip().replaceAll("\\s+", "-"));
        }
        if (rest.isEmpty() || rest.startsWith("#")) return Optional.of("a cross-reference needs an id after '" + scheme.get() + ":'");
        return Optional.empty();
    }

    /** Where a text holds a cross-reference that CommonMark could not read as a link (a space after the scheme). */
    public static Optional<Integer> spacedLink(String text) {
        Matcher m = SPACED.matcher(text);
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }
}
