package gloss.html;

import gloss.content.Location;

import java.util.function.IntFunction;

/**
 * One piece of raw HTML a note body carries (an HTML block or inline HTML of its Markdown), as it sits
 * in the body's rendered HTML: characters {@code [start, end)}. {@code at} gives the place in the note
 * of its character {@code i} (0 is the first), so a problem inside it is reported where the editor
 * wrote it.
 */
public record RawFragment(int start, int end, IntFunction<Location> at) {}
