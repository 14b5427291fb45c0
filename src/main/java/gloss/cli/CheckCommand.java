package gloss.cli;

import gloss.pipeline.Pipeline;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run every validation of build without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--drafts", description = "Also check notes marked draft: true.")
    boolean drafts;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--errors-only", description = "Leave the editor's warnings out.")
    boolean errorsOnly;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Only report problems in these files or folders (the whole project is still read, "
                    + "so references to other files are checked); the exit code is theirs.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (strict && errorsOnly) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--strict and --errors-only cannot go together");
        }
        Path rootDir = root.toAbsolutePath().normalize();
        List<Path> only = new ArrayList<>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
            if (!abs.startsWith(rootDir)) {
                throw new CommandLine.ParameterException(spec.commandLine(), p + " is outside the project " + rootDir);
            }
            only.add(abs);
        }
        Diagnostics diagnostics = new Diagnostics();
        // load, resolve and the rules only: check renders no page
        boolean built = new Pipeline().prepare(new Pipeline.Options(rootDir, drafts, !errorsOnly), diagnostics).isPresent();
        List<Diagnostic> all = diagnostics.sorted();
        List<Diagnostic> shown = all.stream()
                .filter(d -> d.isError() || !errorsOnly)
                .filter(d -> only.isEmpty() || only.stream().anyMatch(rootDir.resolve(d.location().file()).normalize()::startsWith))
                .toList();
        Reporter.print(shown, only.isEmpty() ? diagnostics.suppressed() : java.util.Map.of(), err, !errorsOnly);
        boolean errors = shown.stream().anyMatch(Diagnostic::isError);
        boolean warned = shown.stream().anyMatch(d -> !d.isError());
        long elsewhere = all.stream().filter(Diagnostic::isError).count() - shown.stream().filter(Diagnostic::isError).count();
        if (elsewhere > 0) {
            err.println("gloss: and " + Reporter.plural(elsewhere, "error") + " in other files (not shown; run gloss check "
                    + "without a PATH to see them); the site will not build until they are fixed");
        }
        boolean ok = !errors && (built || !only.isEmpty()) && !(strict && warned);
        if (ok) {
            spec.commandLine().getOut().println("gloss: no errors" + (warned ? " (see the warnings above)" : "")
                    + (only.isEmpty() ? "" : " in " + (only.size() == 1 ? paths.get(0) : Reporter.plural(only.size(), "path"))));
        } else if (!errors && strict && warned) {
            err.println("gloss: --strict: warnings count as errors");
        }
        return ok ? Main.OK : Main.CONTENT_ERRORS;
    }
}
