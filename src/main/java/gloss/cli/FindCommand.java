package gloss.cli;

import gloss.scaffold.Finder;
import gloss.scaffold.ScaffoldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gloss find TEXT}: lists the sources, actors and topics matching TEXT (see {@link Finder}), one
 * per line as {@code kind  id  description}. Exit 0 when something matched, 1 when nothing did (as grep
 * does), 2 on usage errors.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "List the source, actor and topic ids whose id, title, name or publisher contains every word of "
                + "TEXT (case and accents ignored).")
final class FindCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to look for, e.g. reuters umerov.")
    List<String> words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            String text = String.join(" ", words);
            List<Finder.Match> matches = new Finder(root).find(text);
            var out = spec.commandLine().getOut();
            int width = matches.stream().mapToInt(m -> m.id().length()).max().orElse(0);
            for (Finder.Match m : matches) {
                out.println(String.format("%-6s  %-" + width + "s  %s", m.kind(), m.id(), m.description()));
            }
            if (matches.isEmpty()) {
                spec.commandLine().getErr().println("gloss: no source, actor or topic matches '" + text + "'");
                return Main.CONTENT_ERRORS;
            }
            return Main.OK;
        } catch (ScaffoldException e) {
            return NewCommand.report(spec, e);
        }
    }
}
