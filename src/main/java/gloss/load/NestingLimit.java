package gloss.load;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML event stream that stops with a located error when collections nest deeper than a limit.
 * snakeyaml-engine's composer builds nested collections by recursion, so 100,000 nested {@code [}
 * ended in a StackOverflowError; its parser is not recursive, so counting here, one event ahead of the
 * composer, keeps the composer's depth bounded. No front matter or registry of Gloss nests more than a
 * few levels.
 */
final class NestingLimit implements Parser {
    /** The deepest nesting of lists and mappings Gloss reads. */
    static final int MAX_DEPTH = 50;

    private final Parser events;
    private int depth;

    NestingLimit(Parser events) {
        this.events = events;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return events.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    @Override
    public Event next() {
        Event event = events.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > MAX_DEPTH) {
                    throw new ComposerException("lists and mappings nest more than " + MAX_DEPTH + " levels deep",
                            event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> { }
        }
        return event;
    }
}
