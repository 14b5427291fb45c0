package gloss.markdown;

import gloss.content.Location;

import java.util.Optional;

/** One key of a Pandoc-style citation: {@code @id} with an optional locator ({@code [@id, p. 4]}). */
public record CiteKey(String id, Optional<String> locator, Location at) {}
