package gloss.cli;

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
        Run ok = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().startsWith("gloss: wrote "), ok.out());
        String child = ok.childCommand();
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xlog:cds*=off",
                "-Dgloss.launched=", "-cp " + jar + " gloss.cli.Main build --root " + root)) {
            assertTrue(child.contains(flag), flag + " in " + child);
        }
        assertTrue(child.startsWith(ProcessHandle.current().info().command().orElseThrow()), child);

        replace(root.resolve(P1), "frozen [@wire-one]", "frozen [@wire-onee]");
        String diagnostic = P1 + ":18:26: error: unknown source 'wire-onee' in citation (did you mean 'wire-one'?)";
        for (String command : List.of("build", "check")) {
            Run bad = gloss(List.of(), Map.of(), command, "--root", root.toString());
            assertEquals(1, bad.exit(), bad.err());
            assertTrue(bad.err().contains("\n" + diagnostic + "\n"), bad.err());
            assertTrue(bad.childCommand().contains("gloss.cli.Main " + command), bad.err());
        }
        Run usage = gloss(List.of(), Map.of(), "build", "--no-such-option");
        assertEquals(2, usage.exit(), usage.err());
        assertTrue(usage.err().contains("Unknown option: '--no-such-option'"), usage.err());
    }

    @Test
    void theSecondRunUsesTheArchiveTheFirstRunMade() throws Exception {
        Run first = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.childCommand().contains("-XX:ArchiveClassesAtExit=" + cache.resolve("gloss")), first.err());
        Path archive = onlyArchive();
        assertEquals("", first.out().replaceFirst("gloss: wrote .*\n", ""), "no CDS warnings on stdout");

        // The user's -Xlog goes to the child too; %p keeps the two JVMs' logs apart.
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Run second = gloss(List.of("-Xlog:class+load=info:file=" + logs.resolve("classes-%p.log")), Map.of(),
                "build", "--root", root.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.childCommand().contains("-XX:SharedArchiveFile=" + archive + " "), second.err());
        String childLog = childClassLog(logs);
        assertTrue(childLog.contains("gloss.pipeline.Pipeline source: shared objects file (top)"),
                "the child loads Gloss's classes from the archive");
        assertEquals(archive, onlyArchive());
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndAnUnusableOneIsSilent() throws Exception {
        assertEquals(0, gloss(List.of(), Map.of(), "build", "--root", root.toString()).exit());
        Path old = onlyArchive();

        // Another jar at another path: an archive that does not fit ours.
        Path otherJar = Files.copy(jar, dir.resolve("other.jar"));
        Run other = run(List.of(javaBinary(), "-jar", otherJar.toString(), "check", "--root", root.toString()), Map.of());
        assertEquals(0, other.exit(), other.err());
        Path foreign = archives().stream().filter(p -> !p.equals(old)).findFirst().orElseThrow();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.childCommand().contains("-XX:ArchiveClassesAtExit="), "a new archive: " + rebuilt.err());
        List<Path> now = archives();
        assertEquals(2, now.size(), "the old archive of this jar is gone, the other jar's stays: " + now);
        assertFalse(now.contains(old));
        Path current = now.stream().filter(p -> !p.equals(foreign)).findFirst().orElseThrow();

        Files.copy(foreign, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run mismatched = gloss(List.of(), Map.of(), "build", "--root", root.toString());
        assertEquals(0, mismatched.exit(), mismatched.err());
        assertTrue(mismatched.childCommand().contains("-XX:SharedArchiveFile=" + current), mismatched.err());
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
        assertTrue(archives().isEmpty());

        Run version = gloss(List.of(), Map.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals("gloss 0.1.0\n", version.out());
        assertTrue(version.err().startsWith("gloss: launch: in process (not build or check)"), version.err());

        Run help = gloss(List.of(), Map.of(), "build", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--timings"), help.out());
        assertTrue(help.err().startsWith("gloss: launch: in process (help or version)"), help.err());
        assertTrue(archives().isEmpty(), "help makes no archive");

        Run noCds = gloss(List.of(), Map.of("GLOSS_CDS", "0"), "check", "--root", root.toString());
        assertEquals(0, noCds.exit(), noCds.err());
        assertFalse(noCds.childCommand().contains("Archive"), noCds.err());
        assertTrue(noCds.childCommand().contains("-XX:TieredStopAtLevel=1"), noCds.err());
        assertTrue(archives().isEmpty());
    }

    @Test
    void theUsersJvmOptionsComeAfterOursAndAnotherGcReplacesOurs() throws Exception {
        Run run = gloss(List.of("-Xmx300m", "-XX:+UseParallelGC"), Map.of(), "build", "--root", root.toString());
        assertEquals(0, run.exit(), run.err());
        String child = run.childCommand();
        assertTrue(child.contains("-XX:TieredStopAtLevel=1"), child);
        assertFalse(child.contains("UseSerialGC"), "two collectors would stop the JVM: " + child);
        assertTrue(child.indexOf("-Xmx300m -XX:+UseParallelGC -Dgloss.launched=") > child.indexOf("-Xshare:auto"), child);
    }

    @Test
    void aLargeSiteKeepsTheTieredJitButGetsTheSerialCollector() throws Exception {
        // Empty notes fail fast; the launcher only counts them.
        Path reactions = root.resolve("content/reactions");
        for (int i = 0; i < Launcher.LARGE_SITE_NOTES; i++) Files.writeString(reactions.resolve("empty-" + i + ".md"), "");
        Run run = gloss(List.of(), Map.of(), "check", "--root", root.toString());
        assertEquals(1, run.exit(), run.err());
        String child = run.childCommand();
        assertFalse(child.contains("TieredStopAtLevel"), child);
        assertTrue(child.contains("-XX:+UseSerialGC"), child);
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
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private List<Path> archives() throws IOException {
        Path gloss = cache.resolve("gloss");
        if (!Files.isDirectory(gloss)) return List.of();
        try (Stream<Path> files = Files.list(gloss)) {
            List<Path> all = files.sorted().toList();
            assertTrue(all.stream().allMatch(p -> p.getFileName().toString().matches("cds-[0-9a-f]{16}-[0-9a-f]{16}\\.jsa")),
                    "only finished archives, no temporary files: " + all);
            return all;
        }
    }

    private Path onlyArchive() throws IOException {
        List<Path> all = archives();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    /** The class-loading log of the JVM that ran Gloss (the one that loaded the pipeline). */
    private static String childClassLog(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.toList()) {
                String text = Files.readString(log);
                if (text.contains("gloss.pipeline.Pipeline ")) return text;
            }
        }
        throw new AssertionError("no JVM loaded gloss.pipeline.Pipeline");
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
