package gloss.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The cache of loaded classes that lets Gloss's JVM start faster, one per jar and runtime, in
 * {@code ${XDG_CACHE_HOME:-~/.cache}/gloss}: on Java 25 and later an AOT cache ({@code aot-*.aot}, JEP 483:
 * classes loaded and linked, with the objects they made), else a dynamic AppCDS archive ({@code cds-*.jsa}).
 *
 * <p>The name carries a key of the jar's path, size and modification time and the runtime's home and version,
 * so a rebuilt jar or another JDK never meets a stale cache. The first run records into a temporary file; only
 * after a successful run does the cache take its final name (an atomic rename): a partial archive at the final
 * name would crash every later JVM that maps it (SIGBUS on Java 17). An AOT cache takes one step more: the run
 * records which classes it used ({@code -XX:AOTMode=record}), then the launcher creates the cache from that in a
 * JVM of its own ({@code -XX:AOTMode=create}), which prints nothing. (The one-step {@code -XX:AOTCacheOutput}
 * does both in the build's JVM but prints to standard output and creates the cache after a failed run too.)
 *
 * <p>Loaded by {@link Launcher}: {@code java.base} only, no lambdas or string concatenation.
 */
final class StartupCache {
    final Path jar;
    private final JavaRuntime runtime;
    private final Path cache;
    /** What this run records into (an archive, or an AOT configuration); null when the cache exists. */
    private final Path recording;

    private StartupCache(Path jar, JavaRuntime runtime, Path cache, Path recording) {
        this.jar = jar;
        this.runtime = runtime;
        this.cache = cache;
        this.recording = recording;
    }

    /** Null if the cache is switched off, this is not a single jar, or the cache folder cannot be written. */
    static StartupCache forThisJar(JavaRuntime runtime) {
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
            String name = Launcher.str(prefix(jar, runtime), "-", hex(hash(Launcher.str(Files.size(jar), "|",
                    Files.getLastModifiedTime(jar).toMillis(), "|", runtime.version))), runtime.hasAotCache() ? ".aot" : ".jsa");
            Path cache = dir.resolve(name);
            if (Files.isRegularFile(cache)) return new StartupCache(jar, runtime, cache, null);
            String suffix = runtime.hasAotCache() ? ".aotconf" : ".tmp";
            return new StartupCache(jar, runtime, cache, dir.resolve(Launcher.str(name, ".", ProcessHandle.current().pid(), suffix)));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether this run records an AOT configuration (a JVM in that mode writes it out when stopped, too). */
    boolean recordsAotConfiguration() {
        return recording != null && runtime.hasAotCache();
    }

    /** Options for Gloss's JVM: use the cache, or record it in this first run. */
    List<String> options() {
        List<String> options = new ArrayList<>();
        if (!runtime.hasAotCache()) {
            options.add(recording == null ? Launcher.str("-XX:SharedArchiveFile=", cache) : Launcher.str("-XX:ArchiveClassesAtExit=", recording));
        } else if (recording == null) {
            options.add(Launcher.str("-XX:AOTCache=", cache)); // AOTMode=auto: a cache that does not fit is skipped
        } else {
            options.add("-XX:AOTMode=record");
            options.add(Launcher.str("-XX:AOTConfiguration=", recording));
            // Recording prints "AOTConfiguration recorded: FILE" to standard output, past every -Xlog switch.
            options.add("-XX:+UnlockDiagnosticVMOptions");
            options.add("-XX:-DisplayVMOutput");
        }
        // Warnings about classes that cannot be cached (or a cache that does not fit) are not the user's business;
        // Java 17 prints them to standard output, hundreds while dumping.
        options.add("-Xlog:cds*=off");
        if (runtime.hasAotCache()) options.add("-Xlog:aot*=off");
        return options;
    }

    /**
     * After Gloss's JVM has ended: keep what it recorded if the run succeeded (creating the AOT cache first, with
     * the run's {@code jvmFlags}), and forget older caches of this jar. {@code stop} learns of the creating JVM,
     * so that a signal to the launcher stops it too.
     */
    void finish(boolean succeeded, List<String> jvmFlags, Launcher.StopChild stop) {
        if (recording == null) return;
        Path created = recording.resolveSibling(Launcher.str(recording.getFileName(), ".aot"));
        try {
            if (!succeeded || !Files.isRegularFile(recording) || Files.size(recording) == 0) return;
            Path done = recording;
            if (runtime.hasAotCache()) {
                if (!createAotCache(recording, created, jvmFlags, stop)) return;
                done = created;
            }
            Files.move(done, cache, StandardCopyOption.ATOMIC_MOVE);
            removeOthers();
        } catch (IOException | RuntimeException e) {
            // no cache this time; the next run tries again
        } finally {
            deleteQuietly(recording);
            deleteQuietly(created);
        }
    }

    private boolean createAotCache(Path configuration, Path created, List<String> jvmFlags, Launcher.StopChild stop) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(runtime.java.toString());
        command.add("-XX:AOTMode=create");
        command.add(Launcher.str("-XX:AOTConfiguration=", configuration));
        command.add(Launcher.str("-XX:AOTCache=", created));
        command.addAll(jvmFlags); // a cache fits only a JVM with the same collector and object layout
        command.add("-Xlog:cds*=off");
        command.add("-Xlog:aot*=off");
        command.add("-cp");
        command.add(jar.toString());
        Launcher.debug(String.join(" ", command));
        Process create = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        stop.child = create;
        stop.kill = true;
        return Launcher.waitFor(create) == 0 && Files.isRegularFile(created) && Files.size(created) > 0;
    }

    /**
     * Every other file of this jar and runtime: caches of earlier builds of the jar (10–30 MB each) and what
     * runs killed before they finished left behind. A run recording at this moment loses its recording and
     * tries again next time.
     */
    private void removeOthers() throws IOException {
        try (DirectoryStream<Path> others = Files.newDirectoryStream(cache.getParent(), Launcher.str(prefix(jar, runtime), "-*"))) {
            for (Path p : others) {
                if (!p.equals(cache)) Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind; the next successful run removes it
        }
    }

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "gloss");
        String home = System.getProperty("user.home");
        if (home == null || home.isEmpty() || home.equals("?")) return null;
        return Path.of(home, ".cache", "gloss");
    }

    /** {@code aot-HASH} or {@code cds-HASH}: the kind of cache and a hash of the jar's path and the runtime. */
    private static String prefix(Path jar, JavaRuntime runtime) {
        return Launcher.str(runtime.hasAotCache() ? "aot-" : "cds-", hex(hash(Launcher.str(jar, "|", runtime.home))));
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
        return Launcher.str("0000000000000000".substring(s.length()), s);
    }
}
