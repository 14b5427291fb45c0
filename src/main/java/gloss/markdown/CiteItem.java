package gloss.markdown;

import gloss.content.Location;

import java.util.Optional;

/**
 * One cited source of a citation, Pandoc style: {@code [see @id, p. 4 and passim]} has prefix "see",
 * key "id", locator "p. 4" and suffix "and passim". {@code at} is relative to the body (see
 * {@link ParsedBody#locate(CiteItem)}).
 */
public record CiteItem(String key, Mode mode, String prefix, Optional<String> locator, String suffix, Location at) {
    /** Pandoc's citation modes: {@code [@a]}, {@code [-@a]} and in-text {@code @a}. */
    public enum Mode { NORMAL, SUPPRESS_AUTHOR, AUTHOR_IN_TEXT }
}
