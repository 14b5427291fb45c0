package gloss.markdown;

import gloss.content.Location;

import java.util.Optional;

/**
 * One item of a citation, Pandoc style: {@code [see @key, p. 33 and passim]} has prefix "see", key
 * "key", locator "p. 33" and suffix "and passim".
 *
 * @param key     the source id, exactly as written ({@code @{a.b}} gives "a.b"); may be empty for
 *                {@code @{}}, which {@link CitationProblems} reports
 * @param mode    pandoc's citation mode
 * @param prefix  the text before the key inside the brackets, as plain text: inline Markdown is reduced
 *                to its text (emphasis, links and code spans keep their text, raw HTML tags are dropped,
 *                entities and escapes are decoded, line breaks become spaces), runs of white space
 *                become one space, and it is trimmed; empty when there is none
 * @param locator where in the source, as written with its term and without the braces of a braced
 *                locator: "p. 33", "pp. 33-35", "chap. 2", "§ 4", "33" (a bare number means a page),
 *                "iv, 3" from {@code {iv, 3}}; split from the suffix as pandoc's citeproc does
 *                (see {@link Locators}); empty when there is none
 * @param suffix  the text after the locator (or after the key when there is no locator), as plain text
 *                like the prefix; it keeps a leading comma the editor wrote after the locator
 *                ({@code [@a, p. 4, and passim]} gives ", and passim"), and a comma written before a
 *                suffix with no locator ({@code [@a, passim]} gives ", passim")
 * @param at      where the item's {@code @} (or {@code -@}) is, relative to the body: 0-based line
 *                within the body and 0-based column; {@link ParsedBody#locate(CiteItem)} gives the
 *                file location
 */
public record CiteItem(String key, Mode mode, String prefix, Optional<String> locator, String suffix, Location at) {

    /** Pandoc's three citation modes. */
    public enum Mode {
        /** {@code [@a]}: a normal citation. */
        NORMAL,
        /** {@code [-@a]} or {@code -@a}: the author is already named in the sentence. */
        SUPPRESS_AUTHOR,
        /** {@code @a} or {@code @a [p. 4]}: the citation is part of the sentence. */
        AUTHOR_IN_TEXT
    }
}
