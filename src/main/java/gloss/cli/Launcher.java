package gloss.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point. {@code build} and {@code check} are short-lived, so for them it starts a second
 * JVM with start-up flags (C1 only, serial GC, an AppCDS archive), which a jar manifest cannot set, and
 * runs {@link Main} there; every other command runs {@link Main} in this JVM. It falls back to running in
 * this JVM whenever relaunching is not possible, and never fails a command by itself.
 *
 * <p>This class must stay cheap to load: only {@code java.base}, no picocli, no lambdas or string
 * concatenation (both bootstrap invokedynamic, tens of milliseconds in a fresh JVM).
 *
 * <p>Environment: {@code GLOSS_NO_RELAUNCH=1} never relaunches; {@code GLOSS_CDS=0} relaunches without
 * AppCDS; {@code GLOSS_LAUNCH_DEBUG=1} prints the decision (and the child's command) to standard error.
 */
public final class Launcher {
    /** System property set in the child, to the launcher's pid (internal). */
    static final String LAUNCHED = "gloss.launched";
    /**
     * From this many Markdown files under {@code content/} on, the child keeps the JVM's tiered JIT: C1
     * alone starts faster but its code is slower, which a long build pays for. Measured on 2 cores (bench
     * corpora, paired runs, medians): C1 + serial GC 7% faster than the defaults at 5,000 notes (11.3 s
     * against 12.2 s), 8% slower at 7,000 (16.5 s against 15.3 s), 25% slower at 10,000. It still gets the serial collector and the archive: at 10,000 notes G1 peaked at
     * 3.6 GB of memory and the serial collector at 1.0 GB, in the same time.
     */
    static final int LARGE_SITE_NOTES = 6000;
    /** Exit code of a child that stops because its launcher is gone (nobody reads it). */
    private static final int ORPHANED = 143;

    private Launcher() {}

    public static void main(String[] args) {
        List<String> command = null;
        String reason;
        try {
            reason = whyNotRelaunch(args);
        } catch (RuntimeException e) {
            reason = str("error: ", e);
        }
        Cds cds = null;
        if (reason == null) {
            try {
                cds = Cds.forThisJar();
                command = childCommand(args, cds);
                if (command == null) reason = "cannot read this JVM's command line";
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
        int exit = waitFor(child);
        if (cds != null) cds.finish(exit == Main.OK);
        System.exit(exit);
    }

    /**
     * In the child: stop at once when the launcher is gone (killed with SIGKILL, it cannot stop us itself;
     * an orphan would go on writing and hold the output lock). The launcher is watched by the pid it
     * passed rather than as {@code parent()}: if it died before this runs, our parent is already init.
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
            // Quick anyway, and a first run that only prints help must not make the archive every later run uses.
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return "help or version";
        }
        if (System.getProperty(LAUNCHED) != null) return "already relaunched";
        if ("1".equals(System.getenv("GLOSS_NO_RELAUNCH"))) return "GLOSS_NO_RELAUNCH=1";
        return null;
    }

    /** The child's command line, or null if this JVM's own cannot be read or the java binary not found. */
    private static List<String> childCommand(String[] args, Cds cds) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> arguments = info.arguments();
        if (java.isEmpty() || !Files.isExecutable(Path.of(java.get())) || arguments.isEmpty()) return null;
        List<String> userOptions = userOptions(arguments.get(), args);
        if (userOptions == null) return null;

        List<String> command = new ArrayList<>();
        command.add(java.get());
        boolean userGc = false;
        boolean userCds = false;
        for (String option : userOptions) {
            if (option.startsWith("-XX:+Use") && option.endsWith("GC")) userGc = true;
            if (option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile")
                    || option.startsWith("-XX:ArchiveClassesAtExit")) userCds = true;
        }
        if (!isLargeSite(args)) {
            command.add("-XX:TieredStopAtLevel=1");
            // One C1 thread is enough for a short build and leaves both cores to it: the explainer's cold
            // build took 0.90 s instead of 0.93 s (medians of 6, paired).
            command.add("-XX:CICompilerCount=1");
        }
        if (!userGc) command.add("-XX:+UseSerialGC"); // two GC choices would stop the JVM
        command.add("-Xshare:auto");
        if (cds != null && !userCds) command.addAll(cds.options());
        command.addAll(userOptions); // after ours, so that the user's win
        command.add(str("-D", LAUNCHED, "=", ProcessHandle.current().pid()));
        command.add("-cp");
        command.add(cds != null ? cds.jar.toString() : System.getProperty("java.class.path"));
        command.add("gloss.cli.Main"); // a string: Main.class would load Main and through it picocli
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * The JVM options the user gave this JVM: its arguments before {@code -jar JAR} or the main class,
     * without the class path (the child gets its own). Null if the command line does not end with
     * {@code args} (for instance an {@code @argfile} held the main class).
     */
    private static List<String> userOptions(String[] jvmArguments, String[] args) {
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

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nobody interrupts the main thread; keep waiting, the child's exit code is ours.
            }
        }
    }

    /** String concatenation without invokedynamic (see the class comment). */
    private static String str(Object... parts) {
        StringBuilder s = new StringBuilder();
        for (Object part : parts) s.append(part);
        return s.toString();
    }

    private static void debug(String message) {
        if ("1".equals(System.getenv("GLOSS_LAUNCH_DEBUG"))) System.err.println(str("gloss: launch: ", message));
    }

    /**
     * On SIGTERM or SIGINT the launcher's JVM runs its shutdown hooks: pass the signal on and wait. (A
     * signal before {@code child} is set leaves the child to notice the launcher's end by itself.)
     */
    private static final class StopChild implements Runnable {
        volatile Process child;

        @Override
        public void run() {
            Process child = this.child;
            if (child == null || !child.isAlive()) return;
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A dynamic AppCDS archive for this jar and this JDK in {@code ${XDG_CACHE_HOME:-~/.cache}/gloss}.
     * The name carries a key of the jar's path, size and modification time and the JDK, so a rebuilt jar
     * or another JDK never meets a stale archive. The first run writes it to a temporary file, renamed
     * into place only after a successful run: a partial archive at the final name would crash every
     * later JVM that maps it (SIGBUS on Java 17).
     */
    static final class Cds {
        final Path jar;
        private final Path archive;
        private final Path temporary; // null when the archive exists

        private Cds(Path jar, Path archive, Path temporary) {
            this.jar = jar;
            this.archive = archive;
            this.temporary = temporary;
        }

        /** Null if CDS is off, this is not a single jar, or the cache folder cannot be written. */
        static Cds forThisJar() {
            if ("0".equals(System.getenv("GLOSS_CDS"))) return null;
            String classpath = System.getProperty("java.class.path", "");
            if (!classpath.endsWith(".jar") || classpath.indexOf(java.io.File.pathSeparatorChar) >= 0) return null;
            try {
                Path jar = Path.of(classpath).toAbsolutePath().normalize();
                if (!Files.isRegularFile(jar)) return null;
                Path dir = cacheDir();
                if (dir == null) return null;
                Files.createDirectories(dir);
                if (!Files.isWritable(dir)) return null;
                String name = str("cds-", prefix(jar), "-", hex(hash(str(Files.size(jar), "|",
                        Files.getLastModifiedTime(jar).toMillis(), "|", System.getProperty("java.vm.version")))), ".jsa");
                Path archive = dir.resolve(name);
                if (Files.isRegularFile(archive)) return new Cds(jar, archive, null);
                Path temporary = dir.resolve(str(name, ".", ProcessHandle.current().pid(), ".tmp"));
                return new Cds(jar, archive, temporary);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        List<String> options() {
            // Java 17 prints CDS warnings (classes it cannot archive, an archive it cannot use) to stdout.
            String use = temporary == null ? str("-XX:SharedArchiveFile=", archive) : str("-XX:ArchiveClassesAtExit=", temporary);
            return List.of(use, "-Xlog:cds*=off");
        }

        /** After the child: keep a new archive if the run succeeded (and forget older ones for this jar). */
        void finish(boolean succeeded) {
            if (temporary == null) return;
            try {
                if (succeeded && Files.isRegularFile(temporary) && Files.size(temporary) > 0) {
                    Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE);
                    removeSuperseded();
                }
            } catch (IOException | RuntimeException e) {
                // no archive this time; the next run tries again
            } finally {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // left behind; harmless
                }
            }
        }

        /** Archives of earlier builds of the same jar path with the same JDK: each is ~10 MB. */
        private void removeSuperseded() throws IOException {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), str("cds-", prefix(jar), "-*.jsa"))) {
                for (Path p : old) {
                    if (!p.equals(archive)) Files.deleteIfExists(p);
                }
            }
        }

        private static Path cacheDir() {
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "gloss");
            String home = System.getProperty("user.home");
            if (home == null || home.isEmpty() || home.equals("?")) return null;
            return Path.of(home, ".cache", "gloss");
        }

        private static String prefix(Path jar) {
            return hex(hash(str(jar, "|", System.getProperty("java.home"))));
        }

        /** 64-bit FNV-1a: no MessageDigest, whose providers are slow to load. */
        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }

        private static String hex(long h) {
            String s = Long.toHexString(h);
            return "0000000000000000".substring(s.length()) + s;
        }
    }
}
