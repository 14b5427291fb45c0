package gloss.load;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import java.util.Optional;

/**
 * A YAML syntax error in plain words, at the line where the slip is rather than where the parser gave
 * up. The parser's own text ("mapping values are not allowed here", "expected &lt;block end&gt;, but
 * found '&lt;scalar&gt;'") names its state, not the editor's mistake, and often points a line late: an
 * unclosed quote swallows the next line and the error lands there. So the most common slips are
 * recognised from the parser's problem and the text around it; anything else keeps the parser's words.
 *
 * <p>{@code line} and {@code column} are 1-based within the parsed text (the caller adds the offset of
 * front matter).
 */
record YamlProblem(int line, int column, String message, String hint) {
    static final String PREFIX = "malformed YAML: ";

    static YamlProblem of(MarkedYamlEngineException e, String text) {
        String[] lines = text.split("\n", -1);
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> contextMark = e.getContextMark();
        int line = problemMark.or(() -> contextMark).map(m -> m.getLine() + 1).orElse(1);
        int column = problemMark.or(() -> contextMark).map(m -> m.getColumn() + 1).orElse(1);

        if (context.contains("scanning a quoted scalar") && contextMark.isPresent()) {
            Mark m = contextMark.get();
            return unclosedQuote(m.getLine() + 1, m.getColumn() + 1, charAt(lines, m));
        }
        // An unclosed quote further up is the cause of whatever the parser then tripped over.
        Optional<YamlProblem> quote = unclosedQuoteUpTo(lines, line);
        if (quote.isPresent()) return quote.get();

        if (problem.startsWith("mapping values are not allowed")) return colon(lines, line, column);
        if (problem.contains("(TAB)") || problem.contains("\\t")) {
            return new YamlProblem(line, column, "a tab character where YAML expects spaces", "indent with spaces, not tabs");
        }
        if (problem.contains("that cannot start any token")) {
            char c = charAt(lines, line, column);
            return new YamlProblem(line, column, "a value cannot start with '" + c + "'", quoteHint(lines, line));
        }
        if (context.contains("scanning an alias") || context.contains("scanning an anchor")) {
            Mark m = contextMark.orElseThrow();
            return new YamlProblem(m.getLine() + 1, m.getColumn() + 1, "a value cannot start with '" + charAt(lines, m) + "'",
                    quoteHint(lines, m.getLine() + 1));
        }
        if (context.contains("scanning a block scalar")) {
            Mark m = contextMark.orElseThrow();
            return new YamlProblem(m.getLine() + 1, m.getColumn() + 1, "a value cannot start with '" + charAt(lines, m) + "'",
                    quoteHint(lines, m.getLine() + 1));
        }
        if (problem.startsWith("found unknown escape character")) {
            return new YamlProblem(line, column - 1, "'\\" + charAt(lines, line, column) + "' is not an escape YAML knows inside double quotes",
                    "write a backslash as \\\\, or put the value in single quotes");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            Mark m = contextMark.orElseThrow();
            boolean list = context.contains("sequence");
            return new YamlProblem(m.getLine() + 1, m.getColumn() + 1,
                    "the " + (list ? "list" : "mapping") + " that opens here with '" + (list ? "[" : "{") + "' is not closed",
                    "close it with '" + (list ? "]" : "}") + "' on the same line; put an item containing ',' ':' '[' or ']' in double quotes");
        }
        if (problem.startsWith("could not find expected ':'") && contextMark.isPresent()) {
            Mark m = contextMark.get();
            return new YamlProblem(m.getLine() + 1, m.getColumn() + 1, "this line has no ':' after a field name",
                    "write 'field: value'; a list item starts with '- '");
        }
        if (problem.startsWith("expected <block end>")) {
            if (problem.endsWith("'-'")) {
                return new YamlProblem(line, column, "a list item where a field was expected",
                        "indent the list's items under their field, e.g. 'sources:' then '  - id'");
            }
            return new YamlProblem(line, column, "this line does not line up with the fields above it",
                    "start each field at the same column as the others; text after a closing quote must go inside the quotes");
        }
        return new YamlProblem(line, column, problem.isEmpty() ? "the file does not parse" : problem, null);
    }

    /**
     * "mapping values are not allowed here": a second {@code ': '} on a line that already has its field
     * name (a value with a colon), or a line whose field is indented under a plain value, or a line
     * after one that lost its colon.
     */
    private static YamlProblem colon(String[] lines, int line, int column) {
        String text = lineText(lines, line);
        int first = text.indexOf(": ");
        if (first < 0 && text.endsWith(":")) first = text.length() - 1;
        if (first >= 0 && first + 1 < column - 1) {
            return new YamlProblem(line, column, "a colon inside a value needs quotes", quoteHint(lines, line));
        }
        int before = previousContentLine(lines, line);
        if (before > 0 && !lineText(lines, before).contains(":") && !lineText(lines, before).stripLeading().startsWith("- ")) {
            return new YamlProblem(before, 1, "this line has no ':' after a field name", "write 'field: value'");
        }
        return new YamlProblem(line, column, "this line is indented under a value",
                "start each field at the same column as the others; a value that goes on over several lines needs quotes");
    }

    private static YamlProblem unclosedQuote(int line, int column, char quote) {
        String hint = quote == '\''
                ? "end the value with ' on the same line; a ' inside single quotes is written ''"
                : "end the value with \" on the same line; a \" inside the value is written \\\"";
        return new YamlProblem(line, column, "the quote that opens here is not closed", hint);
    }

    /** The last line up to {@code last} whose value opens a quote that the line does not close. */
    private static Optional<YamlProblem> unclosedQuoteUpTo(String[] lines, int last) {
        YamlProblem found = null;
        for (int i = 1; i <= Math.min(last, lines.length); i++) {
            String l = lineText(lines, i);
            int start = valueStart(l);
            if (start < 0 || start >= l.length()) continue;
            char q = l.charAt(start);
            if ((q == '"' || q == '\'') && closingQuote(l, start) < 0) found = unclosedQuote(i, start + 1, q);
        }
        return Optional.ofNullable(found);
    }

    /** Where the value of a {@code field: value} or {@code - value} line starts, or -1. */
    private static int valueStart(String l) {
        int i = 0;
        while (i < l.length() && l.charAt(i) == ' ') i++;
        if (i < l.length() && l.charAt(i) == '#') return -1;
        while (l.startsWith("- ", i)) {
            i += 2;
            while (i < l.length() && l.charAt(i) == ' ') i++;
        }
        int colon = l.indexOf(": ", i);
        if (colon > i && l.substring(i, colon).matches("[A-Za-z0-9_-]+")) {
            i = colon + 2;
            while (i < l.length() && l.charAt(i) == ' ') i++;
        }
        return i;
    }

    /** The index of the quote closing the one at {@code open}, or -1. */
    private static int closingQuote(String l, int open) {
        char q = l.charAt(open);
        for (int i = open + 1; i < l.length(); i++) {
            char c = l.charAt(i);
            if (q == '"' && c == '\\') i++;
            else if (c == q) {
                if (q == '\'' && i + 1 < l.length() && l.charAt(i + 1) == '\'') i++;
                else return i;
            }
        }
        return -1;
    }

    /** "write it as title: "..."": the line's value in double quotes, the fix itself. */
    private static String quoteHint(String[] lines, int line) {
        String l = lineText(lines, line);
        int start = valueStart(l);
        if (start <= 0 || start >= l.length()) return "put the whole value in double quotes";
        String value = l.substring(start).strip();
        int comment = value.indexOf(" #");
        if (comment >= 0) value = value.substring(0, comment).strip();
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "put the whole value in double quotes: " + l.substring(0, start).strip() + " " + quoted;
    }

    private static int previousContentLine(String[] lines, int line) {
        for (int i = line - 1; i >= 1; i--) {
            String l = lineText(lines, i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) return i;
        }
        return 0;
    }

    private static String lineText(String[] lines, int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }

    private static char charAt(String[] lines, Mark m) {
        return charAt(lines, m.getLine() + 1, m.getColumn() + 1);
    }

    private static char charAt(String[] lines, int line, int column) {
        String l = lineText(lines, line);
        return column >= 1 && column <= l.length() ? l.charAt(column - 1) : ' ';
    }
}
