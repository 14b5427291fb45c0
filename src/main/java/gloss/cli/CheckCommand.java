package gloss.cli;

import gloss.pipeline.Pipeline;
import gloss.content.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        // load, resolve and the rules only: check renders no page
        boolean built = new Pipeline().prepare(new Pipeline.Options(root.toAbsolutePath().normalize(), drafts, true),
                diagnostics).isPresent();
        Reporter.print(diagnostics, spec.commandLine().getErr());
        boolean warned = diagnostics.sorted().stream().anyMatch(d -> !d.isError());
        boolean ok = built && !(strict && warned);
        if (ok) spec.commandLine().getOut().println("gloss: no errors" + (warned ? " (see the warnings above)" : ""));
        else if (built) spec.commandLine().getErr().println("gloss: --strict: warnings count as errors");
        return ok ? Main.OK : Main.CONTENT_ERRORS;
    }
}
