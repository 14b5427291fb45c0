package gloss.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gloss build|check|serve|new|rename|find}. Exit 0 on success, 1 on content errors, 2 on usage errors. */
@Command(name = "gloss", mixinStandardHelpOptions = true, version = "gloss 0.1.0",
        description = "Builds annotated explainers from Markdown notes and YAML registries.",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {
    /**
     * The commands, added to picocli in {@link #run(java.io.PrintWriter, java.io.PrintWriter, String...)}
     * rather than declared on this class: picocli builds a command's model by reflection over its
     * annotations, tens of milliseconds per command in a fresh JVM, so a run builds only the command it
     * runs, and all of them only when the arguments name none (help, a typo).
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("rename", RenameCommand::new);
        COMMANDS.put("find", FindCommand::new);
        COMMANDS.put("render", RenderCommand::new);
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: init, build, check, serve, new, rename, find or render");
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
        var only = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (only != null) cli.addSubcommand(args[0], only.get());
        else COMMANDS.forEach((name, make) -> cli.addSubcommand(name, make.get()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Content problems never get here (they are diagnostics), nor do problems of the output folder
            // (the build command reports them with exit 1): this is a Gloss bug.
            commandLine.getErr().println("gloss: internal error: " + e);
            // GLOSS_DEBUG=1 adds the stack trace for whoever reports or fixes the bug; readers of the desk never see it
            if (System.getenv("GLOSS_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return 3;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Gloss bounds what it reads (file size, nesting, table size) so that no input gets here.
            err.println("gloss: internal error: " + e + " (please report it with the input that caused it)");
            err.flush();
            return 3;
        }
    }
}
