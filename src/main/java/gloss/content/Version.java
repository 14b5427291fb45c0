package gloss.content;

import java.util.List;
import java.util.Optional;

/** What one later document did with a provision, from the provision's {@code versions:} list. */
public record Version(Ref document, VersionStatus status, Optional<Integer> number, Optional<String> text,
                      Optional<Integer> into, List<Ref> sources, Location at) {}
