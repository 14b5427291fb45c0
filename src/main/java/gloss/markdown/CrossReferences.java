package gloss.markdown;

import java.util.Optional;
import java.util.Set;

/** The cross-reference link syntax: {@code scheme:id} with an optional {@code #anchor}. */
public final class CrossReferences {
    public static final Set<String> SCHEMES = Set.of("provision", "reaction", "actor", "topic", "source", "page");

    private CrossReferences() {}

    public record Target(String scheme, String id, Optional<String> anchor) {}

    public static boolean isCrossReference(String destination) {
        return parse(destination).isPresent();
    }

    public static Optional<Target> parse(String destination) {
        if (destination == null) return Optional.empty();
        int colon = destination.indexOf(':');
        if (colon <= 0) return Optional.empty();
        String scheme = destination.substring(0, colon);
        if (!SCHEMES.contains(scheme)) return Optional.empty();
        String rest = destination.substring(colon + 1);
        int hash = rest.indexOf('#');
        String id = hash < 0 ? rest : rest.substring(0, hash);
        Optional<String> anchor = hash < 0 ? Optional.empty() : Optional.of(rest.substring(hash + 1));
        return Optional.of(new Target(scheme, id, anchor));
    }
}
