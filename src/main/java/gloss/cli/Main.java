package gloss.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gloss build|check|serve}. Exit 0 on success, 1 on content errors, 2 on usage errors. */
@Command(name = "gloss", mixinStandardHelpOptions = true, version = "gloss 0.1.0",
        description = "Builds annotated explainers from Markdown notes and YAML registries.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check or serve");
    }

    /** The real entry point; the jar starts {@link Launcher}, which may run this in a second JVM. */
    public static void main(String[] args) {
        if (System.getProperty(Launcher.LAUNCHED) != null) Launcher.exitWithParent();
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command with the given streams: tests use this to read diagnostics. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Content problems never get here (they are diagnostics); this is a Gloss bug or an I/O failure.
            commandLine.getErr().println("gloss: internal error: " + e);
            return 3;
        });
        return cli.execute(args);
    }
}
