package gloss.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point. {@code build} and {@code check} are short-lived, so for them it starts a second
 * JVM with start-up flags (C1 only, serial GC, a cache of loaded classes), which a jar manifest cannot set,
 * and runs {@link Main} there; every other command runs {@link Main} in this JVM. The second JVM runs on a
 * Java 25 or later when one is installed ({@link JavaRuntime}), for its AOT cache, else on this JVM's
 * runtime with AppCDS ({@link StartupCache}). It falls back to running in this JVM whenever relaunching is
 * not possible, and never fails a command by itself.
 *
 * <p>JVM options given to this JVM (before {@code -jar}, or in {@code JAVA_TOOL_OPTIONS},
 * {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}) mean: run in this JVM. They already apply to it, and
 * cannot be taken back; given to a second JVM too, a debugger agent would find its port taken and a flight
 * recording would be written by two JVMs into one file. In this JVM they work as with any Java program.
 *
 * <p>This class must stay cheap to load: only {@code java.base}, no picocli, no lambdas or string
 * concatenation (both bootstrap invokedynamic, tens of milliseconds in a fresh JVM).
 *
 * <p>Environment: {@code GLOSS_NO_RELAUNCH=1} never relaunches; {@code GLOSS_AOT=0} relaunches on this JVM's
 * runtime even when a Java 25 is installed; {@code GLOSS_CDS=0} relaunches without a class cache;
 * {@code GLOSS_LAUNCH_DEBUG=1} prints the decision (and the commands started) to standard error.
 */
public final class Launcher {
    /** System property set in the child, to the launcher's pid (internal). */
    static final String LAUNCHED = "gloss.launched";
    /**
     * From this many Markdown files under {@code content/} on, the child keeps the JVM's tiered JIT: C1
     * alone starts faster but its code is slower, which a long build pays for. Measured on 2 cores (bench
     * corpora, paired runs, medians): C1 + serial GC 7% faster than the defaults at 5,000 notes (11.3 s
     * against 12.2 s), 8% slower at 7,000 (16.5 s against 15.3 s), 25% slower at 10,000. It still gets the
     * serial collector and the cache: at 10,000 notes G1 peaked at 3.6 GB of memory and the serial collector
     * at 1.0 GB, in the same time.
     */
    static final int LARGE_SITE_NOTES = 6000;
    /** Exit code of a child that stops because its launcher is gone (nobody reads it). */
    private static final int ORPHANED = 143;
    /** Environment variables whose JVM options the java launcher or the JVM itself applies. */
    private static final String[] OPTION_VARIABLES = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"};

    private Launcher() {}

    public static void main(String[] args) {
        String reason;
        try {
            reason = whyNotRelaunch(args);
        } catch (RuntimeException e) {
            reason = str("error: ", e);
        }
        JavaRuntime runtime = null;
        StartupCache cache = null;
        List<String> flags = null;
        List<String> command = null;
        if (reason == null) {
            try {
                boolean largeSite = isLargeSite(args);
                runtime = runtimeForChild(largeSite);
                if (!Files.isExecutable(runtime.java)) {
                    reason = str("no executable ", runtime.java);
                } else {
                    cache = StartupCache.forThisJar(runtime);
                    flags = jvmFlags(runtime, largeSite);
                    command = childCommand(runtime, flags, cache, args);
                }
            } catch (RuntimeException e) {
                reason = str("error: ", e);
            }
        }
        if (command == null) {
            debug(str("in process (", reason, ")"));
            Main.main(args);
            return;
        }
        debug(String.join(" ", command));
        StopChild stop = new StopChild();
        Thread hook = new Thread(stop, "gloss-stop-child");
        Runtime.getRuntime().addShutdownHook(hook);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            debug(str("in process (cannot start ", command.get(0), ": ", e, ")"));
            Main.main(args);
            return;
        }
        stop.child = child;
        stop.kill = cache != null && cache.recordsAotConfiguration();
        int exit = waitFor(child);
        if (cache != null) cache.finish(exit == Main.OK, flags, stop);
        System.exit(exit);
    }

    /**
     * In the child: stop at once when the launcher is gone (killed with SIGKILL, it cannot stop us itself;
     * an orphan would go on writing and hold the output lock). The launcher is watched by the pid it
     * passed rather than as {@code parent()}: if it died before this runs, our parent is already init.
     * SIGKILL to itself rather than {@code halt}: a JVM recording an AOT configuration writes it out on
     * {@code halt} too, which took 2–15 s here; {@code halt} only where {@code kill} cannot be run.
     */
    static void exitWithParent() {
        long launcher;
        try {
            launcher = Long.parseLong(System.getProperty(LAUNCHED, ""));
        } catch (NumberFormatException e) {
            return; // set by hand, no launcher to watch
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(launcher);
        Runnable stop = new Runnable() {
            @Override
            public void run() {
                System.err.println(str("gloss: the launcher (pid ", launcher, ") has ended; stopping"));
                try {
                    new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // no kill command: halt below
                }
                Runtime.getRuntime().halt(ORPHANED);
            }
        };
        if (handle.isEmpty()) stop.run();
        else handle.get().onExit().thenRun(stop);
    }

    /** Null if this command should run in a child JVM, else why not. */
    private static String whyNotRelaunch(String[] args) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) return "not build or check";
        for (String a : args) {
            // Quick anyway, and a first run that only prints help must not make the cache every later run uses.
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return "help or version";
        }
        if (System.getProperty(LAUNCHED) != null) return "already relaunched";
        if ("1".equals(System.getenv("GLOSS_NO_RELAUNCH"))) return "GLOSS_NO_RELAUNCH=1";
        for (String variable : OPTION_VARIABLES) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) return str("JVM options in ", variable);
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) return "cannot read this JVM's command line";
        List<String> options = jvmOptions(arguments.get(), args);
        if (options == null) return "cannot read this JVM's command line";
        if (!options.isEmpty()) return str("JVM options given: ", String.join(" ", options));
        return null;
    }

    /**
     * The JVM options this JVM was started with: its arguments before {@code -jar JAR} or the main class,
     * without the class path. Null if the command line does not end with {@code args} (for instance an
     * {@code @argfile} held the main class).
     */
    private static List<String> jvmOptions(String[] jvmArguments, String[] args) {
        int main = jvmArguments.length - args.length - 1; // the jar or the main class
        if (main < 0) return null;
        for (int i = 0; i < args.length; i++) {
            if (!jvmArguments[main + 1 + i].equals(args[i])) return null;
        }
        int end = main > 0 && jvmArguments[main - 1].equals("-jar") ? main - 1 : main;
        List<String> options = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            String a = jvmArguments[i];
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) i++;
            else if (!a.startsWith("--class-path=")) options.add(a);
        }
        return options;
    }

    /**
     * A Java 25 or later if one is installed, for its AOT cache, else this JVM's runtime. Measured on 2 cores
     * (the explainer's cold build, Java 17 starting the child, 15 alternating runs on a busy machine): AppCDS on
     * Java 17 1.86–1.89 s, the AOT cache on Java 25 1.77 s. Large sites stay on this JVM's runtime: at 10,000
     * notes Java 25's serial collector grew the heap where Java 17's collected it, 1.48 GB of peak memory
     * against 0.86 GB, in about the same time.
     */
    private static JavaRuntime runtimeForChild(boolean largeSite) {
        JavaRuntime current = JavaRuntime.current();
        if (largeSite || "0".equals(System.getenv("GLOSS_AOT"))) return current;
        JavaRuntime aot = JavaRuntime.withAotCache(current);
        return aot != null ? aot : current;
    }

    /**
     * The child's JIT, collector and memory flags. The class cache is made with the same flags (an AOT cache
     * fits only a JVM with the same collector and object layout).
     */
    private static List<String> jvmFlags(JavaRuntime runtime, boolean largeSite) {
        List<String> flags = new ArrayList<>();
        if (!largeSite) {
            flags.add("-XX:TieredStopAtLevel=1");
            // One C1 thread is enough for a short build and leaves both cores to it: the explainer's cold
            // build took 0.90 s instead of 0.93 s (medians of 6, paired).
            flags.add("-XX:CICompilerCount=1");
        }
        flags.add("-XX:+UseSerialGC");
        if (!runtime.hasAotCache()) flags.add("-Xshare:auto");
        return flags;
    }

    /** The child's command line. */
    private static List<String> childCommand(JavaRuntime runtime, List<String> flags, StartupCache cache, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(runtime.java.toString());
        command.addAll(flags);
        if (cache != null) command.addAll(cache.options());
        command.add(str("-D", LAUNCHED, "=", ProcessHandle.current().pid()));
        command.add("-cp");
        command.add(cache != null ? cache.jar.toString() : System.getProperty("java.class.path"));
        command.add("gloss.cli.Main"); // a string: Main.class would load Main and through it picocli
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Whether the project has at least {@link #LARGE_SITE_NOTES} Markdown files under {@code content/}. */
    private static boolean isLargeSite(String[] args) {
        String root = "";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--root") && i + 1 < args.length) root = args[i + 1];
            else if (args[i].startsWith("--root=")) root = args[i].substring("--root=".length());
        }
        Path content = Path.of(root).resolve("content");
        if (!Files.isDirectory(content)) return false;
        final int[] notes = {0};
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<Path>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().endsWith(".md") && ++notes[0] >= LARGE_SITE_NOTES) {
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return notes[0] >= LARGE_SITE_NOTES;
    }

    static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nobody interrupts the main thread; keep waiting, the child's exit code is ours.
            }
        }
    }

    /** String concatenation without invokedynamic (see the class comment). */
    static String str(Object... parts) {
        StringBuilder s = new StringBuilder();
        for (Object part : parts) s.append(part);
        return s.toString();
    }

    static void debug(String message) {
        if ("1".equals(System.getenv("GLOSS_LAUNCH_DEBUG"))) System.err.println(str("gloss: launch: ", message));
    }

    /**
     * On SIGTERM or SIGINT the launcher's JVM runs its shutdown hooks: pass the signal on and wait. (A
     * signal before {@code child} is set leaves the child to notice the launcher's end by itself.)
     */
    static final class StopChild implements Runnable {
        volatile Process child;
        /**
         * SIGKILL rather than SIGTERM: for a JVM that records an AOT configuration (which it would write out
         * first, for seconds, only to have it deleted) or creates an AOT cache.
         */
        volatile boolean kill;

        @Override
        public void run() {
            Process child = this.child;
            if (child == null || !child.isAlive()) return;
            if (kill) child.destroyForcibly();
            else child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
