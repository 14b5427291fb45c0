package gloss.cli;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.Method;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequestManager;
import gloss.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link Launcher} as users meet it: {@code java -jar gloss.jar ...} as a real process, on a copy of the
 * packaged jar. Runs in Maven's {@code integration-test} phase (after {@code package}), which passes the
 * jar's path as {@code gloss.jar}; in the {@code test} phase it is skipped.
 */
class LauncherIT {
    private static final String P1 = "content/provisions/01-borders.md";

    @TempDir
    Path dir;
    private Path jar;
    private Path cache;
    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        String packaged = System.getProperty("gloss.jar");
        assumeTrue(packaged != null, "needs the packaged jar: runs in the integration-test phase");
        jar = Files.copy(Path.of(packaged), dir.resolve("gloss.jar"));
        cache = dir.resolve("cache");
        root = Projects.fixtureCopy(dir.resolve("p"));
    }

    @Test
    void exitCodesAndDiagnosticsPassThroughAndTheChildHasTheFlags() throws Exception {
        Run ok = gloss(List.of(), Map.of("GLOSS_CDS", "0"), "build", "--root", root.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("gloss: wrote "), ok.out());
        String child = ok.childCommand();
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dgloss.launched=",
                "-cp " + jar + " gloss.cli.Main build --root " + root)) {
            assertTrue(child.contains(flag), flag + " in " + child);
        }
        assertTrue(child.startsWith(childRuntime().java + " "), "the runtime with an AOT cache if there is one: " + child);

        replace(root.resolve(P1), "frozen [@wire-one]", "frozen [@wire-onee]");
        String diagnostic = P1 + ":18:27: error: unknown source 'wire-onee' in citation (did you mean 'wire-one'?)";
        for (String command : List.of("build", "check")) {
            Run bad = gloss(List.of(), Map.of("GLOSS_CDS", "0"), command, "--root", root.toString());
            assertEquals(1, bad.exit(), bad.err());
            assertTrue(bad.err().contains("\n" + diagnostic + "\n"), bad.err());
            assertTrue(bad.childCommand().contains("gloss.cli.Main " + command), bad.err());
        }
        Run usage = gloss(List.of(), Map.of(), "build", "--no-such-option");
        assertEquals(2, usage.exit(), usage.err());
        assertTrue(usage.err().contains("Unknown option: '--no-such-option'"), usage.err());
        assertTrue(caches().isEmpty(), "a failed run leaves no cache: " + caches());
    }

    @Test
    void onAJava25TheFirstRunMakesAnAotCacheThatTheSecondRunUses() throws Exception {
        JavaRuntime aot = JavaRuntime.withAotCache(JavaRuntime.current());
        assumeTrue(aot != null, "no Java 25 or later installed");
        Run first = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.childCommand().startsWith(aot.java + " "), first.err());
        assertTrue(first.childCommand().contains("-XX:AOTMode=record -XX:AOTConfiguration=" + cache.resolve("gloss")), first.err());
        assertTrue(first.err().contains("gloss: launch: " + aot.java + " -XX:AOTMode=create "), "the launcher creates the cache: " + first.err());
        assertTrue(first.out().matches("gloss: wrote \\d+ files to .* in \\d+ ms\n"), "nothing from the JVM on stdout: " + first.out());
        Path aotCache = onlyCache();
        assertTrue(aotCache.getFileName().toString().endsWith(".aot"), aotCache.toString());

        Run second = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.childCommand().contains("-XX:AOTCache=" + aotCache + " "), second.err());
        assertEquals(1, second.err().lines().count(), "only the debug line: " + second.err());
        assertLoadsGlossFromTheCache(second.childCommand());
        assertEquals(aotCache, onlyCache());
    }

    @Test
    void onJava17TheFirstRunMakesAnArchiveThatTheSecondRunUses() throws Exception {
        Map<String, String> java17 = Map.of("GLOSS_AOT", "0");
        Run first = gloss(List.of(), java17, "build", "--root", root.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.childCommand().startsWith(javaBinary() + " "), "this JVM's runtime: " + first.err());
        assertTrue(first.childCommand().contains("-Xshare:auto -XX:ArchiveClassesAtExit=" + cache.resolve("gloss")), first.err());
        assertTrue(first.childCommand().contains("-Xlog:cds*=off"), first.err());
        assertEquals("", first.out().replaceFirst("gloss: wrote .*\n", ""), "no CDS warnings on stdout");
        Path archive = onlyCache();
        assertTrue(archive.getFileName().toString().endsWith(".jsa"), archive.toString());

        Run second = gloss(List.of(), java17, "build", "--root", root.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.childCommand().contains("-XX:SharedArchiveFile=" + archive + " "), second.err());
        assertLoadsGlossFromTheCache(second.childCommand());
        assertEquals(archive, onlyCache());
    }

    @Test
    void aRebuiltJarGetsANewCacheAndAnUnusableOneIsSilent() throws Exception {
        assertEquals(0, gloss(List.of(), Map.of(), "build", "--root", root.toString()).exit());
        Path old = onlyCache();

        // Another jar at another path: a cache that does not fit ours.
        Path otherJar = Files.copy(jar, dir.resolve("other.jar"));
        Run other = run(List.of(javaBinary(), "-jar", otherJar.toString(), "check", "--root", root.toString()), Map.of());
        assertEquals(0, other.exit(), other.err());
        Path foreign = caches().stream().filter(p -> !p.equals(old)).findFirst().orElseThrow();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.childCommand().matches(".* -XX:(AOTMode=record|ArchiveClassesAtExit=).*"), "a new cache: " + rebuilt.err());
        List<Path> now = caches();
        assertEquals(2, now.size(), "the old cache of this jar is gone, the other jar's stays: " + now);
        assertFalse(now.contains(old));
        Path current = now.stream().filter(p -> !p.equals(foreign)).findFirst().orElseThrow();

        Files.copy(foreign, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run mismatched = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, mismatched.exit(), mismatched.err());
        assertTrue(mismatched.childCommand().matches(".* -XX:(AOTCache|SharedArchiveFile)=" + current + " .*"), mismatched.err());
        assertTrue(mismatched.out().matches("gloss: wrote \\d+ files to .* in \\d+ ms\n"), mismatched.out());
        assertEquals(1, mismatched.err().lines().count(), "only the debug line: " + mismatched.err());
    }

    @Test
    void aLauncherKilledWithSigkillTakesItsChildAlong() throws Exception {
        addNotes(root, 400);
        Path out = dir.resolve("out/site");
        Process launcher = start(List.of(javaBinary(), "-jar", jar.toString(), "build", "--root", root.toString(),
                "--out", out.toString()), Map.of(), dir.resolve("killed.log"));
        ProcessHandle child = childOf(launcher);
        launcher.destroyForcibly();
        assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
        assertGone(child, 5);
        assertFalse(Files.exists(out), "the child stopped before it wrote the site: " + Files.readString(dir.resolve("killed.log")));
    }

    @Test
    void aLauncherStoppedWithSigtermStopsItsChildFirst() throws Exception {
        addNotes(root, 400);
        Process launcher = start(List.of(javaBinary(), "-jar", jar.toString(), "build", "--root", root.toString(),
                "--out", dir.resolve("out/site").toString()), Map.of(), dir.resolve("stopped.log"));
        ProcessHandle child = childOf(launcher);
        Thread.sleep(300); // a signal in the moment of the spawn would leave the stopping to the child
        launcher.destroy();
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS));
        assertFalse(child.isAlive(), "the launcher waited for its child");
    }

    @Test
    void switchesAndOtherCommandsRunInProcess() throws Exception {
        Run off = gloss(List.of(), Map.of("GLOSS_NO_RELAUNCH", "1"), "build", "--root", root.toString());
        assertEquals(0, off.exit(), off.err());
        assertTrue(off.err().startsWith("gloss: launch: in process (GLOSS_NO_RELAUNCH=1)\n"), off.err());
        assertTrue(caches().isEmpty());

        Run version = gloss(List.of(), Map.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals("gloss 0.1.0\n", version.out());
        assertTrue(version.err().startsWith("gloss: launch: in process (not build or check)"), version.err());

        Run help = gloss(List.of(), Map.of(), "build", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--timings"), help.out());
        assertTrue(help.err().startsWith("gloss: launch: in process (help or version)"), help.err());
        assertTrue(caches().isEmpty(), "help makes no cache");

        Run noCache = gloss(List.of(), Map.of("GLOSS_CDS", "0", "GLOSS_AOT", "0"), "check", "--root", root.toString());
        assertEquals(0, noCache.exit(), noCache.err());
        assertTrue(noCache.childCommand().startsWith(javaBinary() + " -XX:TieredStopAtLevel=1"), noCache.err());
        assertFalse(noCache.childCommand().contains("Archive"), noCache.err());
        assertTrue(caches().isEmpty());
    }

    @Test
    void jvmOptionsOnTheCommandLineOrInTheEnvironmentRunInThisJvm() throws Exception {
        Run options = gloss(List.of("-Xmx300m", "-XX:+UseParallelGC"), Map.of(), "build", "--root", root.toString());
        assertEquals(0, options.exit(), options.err());
        assertTrue(options.err().startsWith("gloss: launch: in process (JVM options given: -Xmx300m -XX:+UseParallelGC)\n"), options.err());

        Run tool = gloss(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx300m"), "check", "--root", root.toString());
        assertEquals(0, tool.exit(), tool.err());
        assertTrue(tool.err().contains("gloss: launch: in process (JVM options in JAVA_TOOL_OPTIONS)\n"), tool.err());
        assertEquals(1, tool.err().lines().filter(l -> l.startsWith("Picked up JAVA_TOOL_OPTIONS")).count(), "one JVM: " + tool.err());
        assertTrue(caches().isEmpty());
    }

    /** A debugger attaches to the JVM that builds, and stops at a breakpoint in the build command. */
    @Test
    void aDebuggerStopsInTheBuild() throws Exception {
        Path log = dir.resolve("debug.log");
        Process gloss = start(List.of(javaBinary(), "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-jar", jar.toString(), "build", "--root", root.toString()), Map.of(), log);
        try {
            VirtualMachine vm = attach(listeningPort(gloss, log));
            EventRequestManager requests = vm.eventRequestManager();
            ClassPrepareRequest prepare = requests.createClassPrepareRequest();
            prepare.addClassFilter(BuildCommand.class.getName());
            prepare.enable();
            vm.resume();
            Method stoppedIn = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (stoppedIn == null) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                EventSet events = left > 0 ? vm.eventQueue().remove(left) : null;
                if (events == null) fail("no breakpoint within 90 s: " + Files.readString(log));
                for (Event event : events) {
                    if (event instanceof ClassPrepareEvent prepared) {
                        Method call = prepared.referenceType().methodsByName("call").stream().filter(m -> !m.isBridge()).findFirst().orElseThrow();
                        requests.createBreakpointRequest(call.location()).enable();
                    } else if (event instanceof BreakpointEvent breakpoint) {
                        stoppedIn = breakpoint.location().method();
                    } else if (event instanceof VMDisconnectEvent) {
                        fail("the JVM went away before the breakpoint: " + Files.readString(log));
                    }
                }
                if (stoppedIn == null) events.resume();
            }
            assertEquals(BuildCommand.class.getName() + ".call", stoppedIn.declaringType().name() + "." + stoppedIn.name());
            vm.dispose(); // removes the breakpoint and lets the build go on
            assertTrue(gloss.waitFor(120, TimeUnit.SECONDS), "the build ended");
            assertEquals(0, gloss.exitValue(), Files.readString(log));
            assertTrue(Files.readString(log).contains("gloss: wrote "), Files.readString(log));
        } finally {
            gloss.destroyForcibly();
        }
    }

    /** A flight recording holds the build: one JVM's recording, readable by {@code jfr}, with samples of Gloss at work. */
    @Test
    void aFlightRecordingHoldsTheBuild() throws Exception {
        Path recording = dir.resolve("build.jfr");
        Run build = gloss(List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile"), Map.of(),
                "build", "--root", root.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().contains("gloss: wrote "), build.out());

        Run summary = run(List.of(jdkTool("jfr"), "summary", recording.toString()), Map.of());
        assertEquals(0, summary.exit(), summary.err());
        assertTrue(summary.out().contains("Chunks: 1\n"), "one JVM wrote it: " + summary.out());
        Run samples = run(List.of(jdkTool("jfr"), "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64",
                recording.toString()), Map.of());
        assertEquals(0, samples.exit(), samples.err());
        // The launcher's own frames would not do: a launcher with a second JVM records only itself waiting.
        assertTrue(Pattern.compile("^\\s+gloss\\.(?!cli\\.(Launcher|Main)\\.)", Pattern.MULTILINE).matcher(samples.out()).find(),
                "samples of Gloss's work: " + samples.out());
    }

    @Test
    void aLargeSiteKeepsTheTieredJitAndThisJavaButGetsTheSerialCollector() throws Exception {
        // Empty notes fail fast; the launcher only counts them.
        Path reactions = root.resolve("content/reactions");
        for (int i = 0; i < Launcher.LARGE_SITE_NOTES; i++) Files.writeString(reactions.resolve("empty-" + i + ".md"), "");
        Run run = gloss(List.of(), Map.of(), "check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        String child = run.childCommand();
        assertFalse(child.contains("TieredStopAtLevel"), child);
        assertTrue(child.contains("-XX:+UseSerialGC"), child);
        assertTrue(child.startsWith(javaBinary() + " "), "this JVM's runtime, not a Java 25 found elsewhere: " + child);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    record Run(int exit, String out, String err) {
        /** The child's command line, as GLOSS_LAUNCH_DEBUG prints it. */
        String childCommand() {
            return err.lines().filter(l -> l.startsWith("gloss: launch: ")).findFirst()
                    .map(l -> l.substring("gloss: launch: ".length())).orElseThrow(() -> new AssertionError("no launch line in " + err));
        }
    }

    /** {@code java OPTIONS -jar JAR ARGS} with GLOSS_LAUNCH_DEBUG=1 and the test's cache folder. */
    private Run gloss(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return run(command, env);
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".out");
        Path errLog = log.resolveSibling(log.getFileName() + ".err");
        Process p = process(command, env).redirectOutput(log.toFile()).redirectError(errLog.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(log), Files.readString(errLog));
    }

    private Process start(List<String> command, Map<String, String> env, Path log) throws IOException {
        return process(command, env).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private ProcessBuilder process(List<String> command, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GLOSS_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("GLOSS_LAUNCH_DEBUG", "1");
        pb.environment().putAll(env);
        return pb;
    }

    private static String javaBinary() {
        return jdkTool("java");
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** The runtime the launcher starts Gloss on here (GLOSS_AOT unset). */
    private static JavaRuntime childRuntime() {
        JavaRuntime aot = JavaRuntime.withAotCache(JavaRuntime.current());
        return aot != null ? aot : JavaRuntime.current();
    }

    /** The finished caches (AOT caches or CDS archives); fails on a temporary file left behind. */
    private List<Path> caches() throws IOException {
        Path gloss = cache.resolve("gloss");
        if (!Files.isDirectory(gloss)) return List.of();
        try (Stream<Path> files = Files.list(gloss)) {
            List<Path> all = files.sorted().toList();
            assertTrue(all.stream().allMatch(p -> p.getFileName().toString().matches("(aot-[0-9a-f]{16}-[0-9a-f]{16}\\.aot|cds-[0-9a-f]{16}-[0-9a-f]{16}\\.jsa)")),
                    "only finished caches, no temporary files: " + all);
            return all;
        }
    }

    private Path onlyCache() throws IOException {
        List<Path> all = caches();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /**
     * Runs the child's command as the launcher printed it, with class loading logged (and without the launcher's
     * pid, which it would watch): Gloss's classes come from the cache, none from the jar.
     */
    private void assertLoadsGlossFromTheCache(String childCommand) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(Arrays.asList(childCommand.split(" ")));
        command.removeIf(a -> a.startsWith("-D" + Launcher.LAUNCHED + "="));
        command.add(1, "-Xlog:class+load=info:file=" + log);
        Run run = run(command, Map.of());
        assertEquals(0, run.exit(), run.err());
        List<String> gloss = Files.readAllLines(log).stream().filter(l -> l.contains(" gloss.")).toList();
        assertTrue(gloss.stream().anyMatch(l -> l.contains(" gloss.cli.Main source: shared objects file")), String.join("\n", gloss));
        assertEquals(List.of(), gloss.stream().filter(l -> l.contains("source: jar:") || l.contains("source: file:")).toList(),
                "every Gloss class the build loaded comes from the cache");
    }

    /** The port a JVM started with {@code address=...:0} listens on, from its first line of output. */
    private static int listeningPort(Process process, Path log) throws Exception {
        Pattern listening = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = listening.matcher(Files.readString(log));
            if (m.find()) return Integer.parseInt(m.group(1));
            assertTrue(process.isAlive(), "the JVM ended: " + Files.readString(log));
            Thread.sleep(10);
        }
        throw new AssertionError("no debug port within 30 s: " + Files.readString(log));
    }

    private static VirtualMachine attach(int port) throws Exception {
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.name().equals("com.sun.jdi.SocketAttach")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(Integer.toString(port));
        return socket.attach(arguments);
    }

    private static ProcessHandle childOf(Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = launcher.children().findFirst();
            if (child.isPresent()) return child.get();
            assertTrue(launcher.isAlive(), "the launcher ended without starting a child");
            Thread.sleep(5);
        }
        throw new AssertionError("no child within 30 s");
    }

    private static void assertGone(ProcessHandle process, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail("the child " + process.pid() + " outlived its launcher by " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static void replace(Path file, String find, String with) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(find), find);
        Files.writeString(file, text.replace(find, with));
    }

    /** Reaction notes enough to make a build take a few seconds. */
    private static void addNotes(Path root, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            Files.writeString(root.resolve("content/reactions/2025-11-23-alice-extra-" + i + ".md"), """
                    ---
                    actor: alice
                    date: 2025-11-23
                    medium: statement
                    stance: mixed
                    provisions: [1, 2]
                    title: Alice speaks again (%1$s)
                    summary: Alice commented on the plan, statement %1$s.
                    sources: [wire-one, paper-two]
                    ---
                    Alice spoke again about [point 1](provision:1) and the line of contact [@wire-one].

                    She said the cap on forces was *too low* and that talks should go on [@paper-two, p. 3; @wire-one].
                    """.formatted(i));
        }
    }
}
