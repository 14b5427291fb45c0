package gloss.output;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety of {@link SiteWriter} with real processes: a build in its own JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at random moments; the target must then hold the whole old site or
 * the whole new one, and the next build must leave exactly the new one with nothing left over. Two builds
 * cannot interleave: a second one, while the lock is held, exits 1 naming the lock.
 */
class CrashSafetyTest {
    /** Extra reaction notes so that a build takes a second or two and its write phase is long enough to hit. */
    private static final int EXTRA_NOTES = 100;
    private static final int RUNS = Integer.getInteger("gloss.crash.runs", 16);
    private static final String CHANGED_NOTE = "content/reactions/2025-11-22-bob-briefing.md";
    private static final String OLD_TEXT = "Bob said the text had not been received";
    private static final String NEW_TEXT = "Bob said the text had arrived in the morning";

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldOrTheNewSiteAndTheNextBuildRecovers(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("gloss.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path root = largeProject(dir.resolve("p"));
        Path out = dir.resolve("out").resolve("site");
        Path staging = out.resolveSibling(".site.tmp");
        Path aside = out.resolveSibling(".site.old");

        // The two known-good sites, built in this JVM into folders of their own.
        setNote(root, false);
        Map<String, String> oldSite = buildInProcess(root, dir.resolve("ref-old/site"));
        setNote(root, true);
        Map<String, String> newSite = buildInProcess(root, dir.resolve("ref-new/site"));
        assertFalse(oldSite.equals(newSite), "the changed note changes the site");

        // How long a whole build takes in a separate JVM, and when its write phase starts.
        Timing timing = calibrate(root, dir.resolve("calibration/site"), newSite, dir.resolve("calibration.log"));

        setNote(root, false);
        assertSameSite(oldSite, buildInProcess(root, out), "the first build");
        List<String> log = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (int run = 1; run <= RUNS; run++) {
            boolean toNew = run % 2 == 1;
            setNote(root, toNew);
            Map<String, String> before = toNew ? oldSite : newSite;
            Map<String, String> after = toNew ? newSite : oldSite;
            boolean duringWrite = random.nextInt(3) > 0; // two runs in three aim at the write phase
            Path processLog = dir.resolve("run-" + run + ".log");

            Process build = startBuild(root, out, processLog);
            long delay;
            if (duringWrite) {
                // Wait for the staging folder, then kill somewhere in the write phase, swap included.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.exists(staging) && build.isAlive() && System.nanoTime() < deadline) Thread.sleep(1);
                delay = (long) (random.nextDouble() * timing.writeMillis() * 1.2);
            } else {
                delay = (long) (random.nextDouble() * timing.totalMillis() * 0.9);
            }
            Thread.sleep(delay);
            boolean killed = build.isAlive();
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build is gone");

            String state;
            if (Files.exists(out)) {
                Map<String, String> now = Projects.snapshot(out);
                state = now.equals(before) ? "old site" : now.equals(after) ? "new site" : null;
                if (state == null) {
                    fail("run " + run + " (seed " + seed + "): after the kill " + out + " is neither the old nor the new site: "
                            + difference(now, before, after));
                }
            } else {
                // Killed between the two renames of the swap: nothing at the target, the whole old site aside.
                assertTrue(Files.exists(aside), "run " + run + ": no site and nothing aside (seed " + seed + ")");
                assertSameSite(before, Projects.snapshot(aside), "run " + run + ": the site set aside is the whole old site");
                state = "no site, old site aside (between the renames)";
            }
            if (!killed) state += " (build had finished, exit " + build.exitValue() + ")";
            String leftovers = (Files.exists(staging) ? " +.site.tmp" : "") + (Files.exists(aside) ? " +.site.old" : "");
            seen.merge(state + leftovers, 1, Integer::sum);
            log.add(String.format("run %2d: %s, kill after %4d ms%s -> %s%s",
                    run, duringWrite ? "write phase" : "any time  ", delay, killed ? "" : " (too late)", state, leftovers));

            // The next build recovers: exactly the new site, no leftovers, the lock free again.
            assertSameSite(after, buildInProcess(root, out), "run " + run + ": the next build writes the whole site");
            assertFalse(Files.exists(staging), "run " + run + ": no staging folder left");
            assertFalse(Files.exists(aside), "run " + run + ": no old site left aside");
        }
        System.out.println("CrashSafetyTest (seed " + seed + ", build " + timing + ", " + EXTRA_NOTES + " extra notes):");
        log.forEach(l -> System.out.println("  " + l));
        System.out.println("  states after the kill: " + seen);
    }

    @Test
    void aBuildWhileAnotherHoldsTheLockExitsOneNamingTheLock(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path out = dir.resolve("out").resolve("site");
        Map<String, String> site = buildInProcess(root, out);
        Path lockFile = out.resolveSibling(".site.lock");
        setNote(root, true);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            assertNotNull(lock, "the test holds the lock");
            // Another process: tryLock fails.
            Path log = dir.resolve("second.log");
            Process second = startBuild(root, out, log);
            assertTrue(second.waitFor(120, TimeUnit.SECONDS));
            String err = Files.readString(log);
            assertEquals(1, second.exitValue(), err);
            assertTrue(err.contains("gloss: error: another gloss build is writing " + out + " (it holds the lock " + lockFile + ")"), err);
            // The same JVM: the overlapping lock is refused the same way.
            Projects.Run inProcess = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
            assertEquals(1, inProcess.exit(), inProcess.err());
            assertTrue(inProcess.err().contains("(it holds the lock " + lockFile + ")"), inProcess.err());

            assertSameSite(site, Projects.snapshot(out), "the site was not touched");
            assertFalse(Files.exists(out.resolveSibling(".site.tmp")), "nothing was staged");
        }
        Process third = startBuild(root, out, dir.resolve("third.log"));
        assertTrue(third.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue(), Files.readString(dir.resolve("third.log")));
        assertFalse(site.equals(Projects.snapshot(out)), "with the lock free, the build went through");
    }

    @Test
    void theStateBetweenTheTwoRenamesIsRepairedEvenByABuildThatFails(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path out = dir.resolve("out").resolve("site");
        Map<String, String> oldSite = buildInProcess(root, out);
        setNote(root, true);
        Map<String, String> newSite = buildInProcess(root, dir.resolve("ref-new/site"));
        // What a kill between `target -> .site.old` and `.site.tmp -> target` leaves behind.
        Files.move(out, out.resolveSibling(".site.old"));
        Projects.copyTree(dir.resolve("ref-new/site"), out.resolveSibling(".site.tmp"));

        Path note = root.resolve(CHANGED_NOTE);
        String good = Files.readString(note);
        Files.writeString(note, good.replace("actor: bob", "actor: nobody"));
        Projects.Run failed = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(1, failed.exit(), failed.err());
        assertSameSite(oldSite, Projects.snapshot(out), "the old site is back although this build failed");
        assertFalse(Files.exists(out.resolveSibling(".site.old")));
        assertFalse(Files.exists(out.resolveSibling(".site.tmp")));

        Files.writeString(note, good);
        assertSameSite(newSite, buildInProcess(root, out), "the next build");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    record Timing(long totalMillis, long writeMillis) {
        @Override
        public String toString() {
            return totalMillis + " ms, write phase " + writeMillis + " ms";
        }
    }

    /** The fixture plus {@link #EXTRA_NOTES} reaction notes. */
    private static Path largeProject(Path root) throws IOException {
        Projects.fixtureCopy(root);
        for (int i = 1; i <= EXTRA_NOTES; i++) {
            String n = String.format("%03d", i);
            Files.writeString(root.resolve("content/reactions/2025-11-23-alice-extra-" + n + ".md"), """
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

                    - The line of contact would be frozen [@wire-one].
                    - Guarantees would follow [@paper-two].
                    """.formatted(n));
        }
        return root;
    }

    private static void setNote(Path root, boolean changed) throws IOException {
        Path note = root.resolve(CHANGED_NOTE);
        String text = Files.readString(note);
        text = changed ? text.replace(OLD_TEXT, NEW_TEXT) : text.replace(NEW_TEXT, OLD_TEXT);
        Files.writeString(note, text);
    }

    private static Map<String, String> buildInProcess(Path root, Path out) throws IOException {
        Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        return Projects.snapshot(out);
    }

    /** {@code java -cp <test classpath> gloss.cli.Main build --root ROOT --out OUT}, output to {@code log}. */
    private static Process startBuild(Path root, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "gloss.cli.Main", "build", "--root", root.toString(),
                "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** One uninterrupted build in another JVM: its total time and how long it spends writing. */
    private static Timing calibrate(Path root, Path out, Map<String, String> expected, Path log) throws Exception {
        long start = System.nanoTime();
        Process build = startBuild(root, out, log);
        Path staging = out.resolveSibling(".site.tmp");
        long stagingSeen = -1;
        while (build.isAlive()) {
            if (stagingSeen < 0 && Files.exists(staging)) stagingSeen = System.nanoTime();
            Thread.sleep(1);
        }
        long end = System.nanoTime();
        assertEquals(0, build.exitValue(), Files.readString(log));
        assertSameSite(expected, Projects.snapshot(out), "a build in another JVM writes the same bytes");
        long total = TimeUnit.NANOSECONDS.toMillis(end - start);
        long write = stagingSeen < 0 ? 50 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - stagingSeen));
        return new Timing(total, write);
    }

    /** Like assertEquals, but names only the files that differ (a site has hundreds). */
    private static void assertSameSite(Map<String, String> expected, Map<String, String> actual, String message) {
        if (expected.equals(actual)) return;
        fail(message + ": " + difference(actual, expected, expected));
    }

    private static String difference(Map<String, String> now, Map<String, String> old, Map<String, String> fresh) {
        List<String> out = new ArrayList<>();
        for (String f : now.keySet()) {
            if (!old.containsKey(f) && !fresh.containsKey(f)) out.add("unexpected " + f);
            else if (!now.get(f).equals(old.get(f)) && !now.get(f).equals(fresh.get(f))) out.add("differs " + f);
        }
        for (String f : old.keySet()) if (!now.containsKey(f)) out.add("missing " + f);
        out.add(now.size() + " files; old has " + old.size() + ", new " + fresh.size());
        return String.join("; ", out.subList(Math.max(0, out.size() - 12), out.size()));
    }
}
