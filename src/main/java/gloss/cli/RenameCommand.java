package gloss.cli;

import gloss.scaffold.Renamer;
import gloss.scaffold.ScaffoldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gloss rename source|actor|reaction OLD NEW}: renames an id and rewrites every reference to it
 * (see {@link Renamer}). Exit 0 when done, 1 when NEW exists or a file must be fixed first (nothing
 * written), 2 on usage errors (unknown kind, unknown OLD, malformed NEW).
 */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Rename a source, actor or reaction and rewrite every reference to it; a renamed reaction's old "
                + "address keeps working (it redirects).")
final class RenameCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Parameters(index = "0", paramLabel = "KIND", description = "source, actor or reaction.")
    String kind;

    @Parameters(index = "1", paramLabel = "OLD", description = "The id now (for a reaction: its file name without .md).")
    String old;

    @Parameters(index = "2", paramLabel = "NEW", description = "The new id.")
    String now;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Renamer.Kind k = Renamer.Kind.parse(kind).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown kind '" + kind + "': use source, actor or reaction"));
        try {
            Renamer.Renamed r = new Renamer(root).rename(k, old, now);
            var out = spec.commandLine().getOut();
            int total = r.references().values().stream().mapToInt(Integer::intValue).sum();
            out.println("gloss: renamed " + k.word() + " '" + old + "' to '" + now + "': " + (total == 0 ? "nothing else referred to it"
                    : Reporter.plural(total, "reference") + " rewritten in " + Reporter.plural(r.references().size(), "file")));
            for (Map.Entry<Path, Integer> e : r.references().entrySet()) {
                out.println("  " + e.getKey().toString().replace('\\', '/') + " (" + e.getValue() + ")");
            }
            r.movedTo().ifPresent(to -> out.println("gloss: the note is now " + to.toString().replace('\\', '/')));
            r.alias().ifPresent(a -> out.println("gloss: its old address " + a + " redirects to the new one (aliases: in the note)"));
            return Main.OK;
        } catch (ScaffoldException e) {
            return NewCommand.report(spec, e);
        }
    }
}
