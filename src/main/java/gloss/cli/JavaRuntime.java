package gloss.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java runtime the launcher can start Gloss's JVM on: its {@code bin/java} and version. Java 25 and later
 * have the AOT cache (JEP 483, 514, 515), which starts Gloss faster than Java 17's AppCDS (README, "How the
 * jar starts"), so the launcher looks for one: this JVM, then {@code JAVA_HOME}, then {@code java} on the
 * {@code PATH}, then the newest in {@code /usr/lib/jvm}. A runtime's version comes from its {@code release}
 * file, so finding one starts no process.
 *
 * <p>Loaded by {@link Launcher}: {@code java.base} only, no lambdas or string concatenation.
 */
final class JavaRuntime {
    /** The first Java feature release with {@code -XX:AOTCache} and {@code -XX:AOTMode=record/create}. */
    static final int AOT_CACHE = 25;
    /** Where Linux distributions install JDKs, one folder each. */
    private static final Path JVM_FOLDER = Path.of("/usr/lib/jvm");

    final Path home;
    final Path java;
    final int feature;
    /** The full version, such as {@code 25.0.3+9-LTS}: a build of the runtime, part of cache keys. */
    final String version;
    /** HotSpot, whose flags the launcher passes (not Eclipse OpenJ9, for instance). */
    final boolean hotSpot;

    private JavaRuntime(Path home, int feature, String version, boolean hotSpot) {
        this.home = home;
        this.java = home.resolve("bin").resolve("java");
        this.feature = feature;
        this.version = version;
        this.hotSpot = hotSpot;
    }

    /** The runtime running this code. */
    static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version().feature(),
                System.getProperty("java.vm.version"), !System.getProperty("java.vm.name", "").contains("OpenJ9"));
    }

    boolean hasAotCache() {
        return feature >= AOT_CACHE && hotSpot;
    }

    /**
     * The runtime with an AOT cache to start Gloss on: {@code current} if it has one, else the first found in
     * {@code JAVA_HOME}, on the {@code PATH}, in {@link #JVM_FOLDER} (the newest such there); null if none.
     */
    static JavaRuntime withAotCache(JavaRuntime current) {
        if (current.hasAotCache()) return current;
        JavaRuntime found = aotCapable(atHome(System.getenv("JAVA_HOME")));
        if (found == null) found = aotCapable(onPath(System.getenv("PATH")));
        if (found == null) found = newestWithAotCacheIn(JVM_FOLDER);
        return found;
    }

    private static JavaRuntime aotCapable(JavaRuntime runtime) {
        return runtime != null && runtime.hasAotCache() ? runtime : null;
    }

    private static JavaRuntime atHome(String home) {
        return home == null || home.isEmpty() ? null : at(Path.of(home));
    }

    /** The runtime of the first {@code java} on the path, through its symbolic links (Debian's alternatives). */
    private static JavaRuntime onPath(String path) {
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "java");
            if (!Files.isExecutable(candidate)) continue;
            try {
                Path bin = candidate.toRealPath().getParent();
                return bin == null || bin.getParent() == null ? null : at(bin.getParent());
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The newest runtime with an AOT cache among the folders of {@code folder}; ties go to the first name in sorted order. */
    static JavaRuntime newestWithAotCacheIn(Path folder) {
        if (!Files.isDirectory(folder)) return null;
        List<Path> homes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) homes.add(p);
        } catch (IOException e) {
            return null;
        }
        homes.sort(null); // directory order is arbitrary; the choice must not be
        JavaRuntime newest = null;
        for (Path home : homes) {
            JavaRuntime r = aotCapable(at(home));
            if (r != null && (newest == null || compare(r, newest) > 0)) newest = r;
        }
        return newest;
    }

    private static int compare(JavaRuntime a, JavaRuntime b) {
        try {
            return Runtime.Version.parse(a.version).compareToIgnoreOptional(Runtime.Version.parse(b.version));
        } catch (IllegalArgumentException e) {
            return Integer.compare(a.feature, b.feature);
        }
    }

    /** The runtime installed in {@code home}, read from its {@code release} file; null if it is not one. */
    static JavaRuntime at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin").resolve("java"))) return null;
        String javaVersion = null;
        String runtimeVersion = null;
        String variant = null; // Temurin, Zulu and Semeru say; Debian's OpenJDK does not
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) javaVersion = unquote(line.substring("JAVA_VERSION=".length()));
                else if (line.startsWith("JAVA_RUNTIME_VERSION=")) runtimeVersion = unquote(line.substring("JAVA_RUNTIME_VERSION=".length()));
                else if (line.startsWith("JVM_VARIANT=")) variant = unquote(line.substring("JVM_VARIANT=".length()));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        int feature = feature(javaVersion);
        if (feature < 0) return null;
        return new JavaRuntime(home, feature, runtimeVersion != null ? runtimeVersion : javaVersion,
                variant == null || variant.equalsIgnoreCase("Hotspot"));
    }

    /** {@code 25} of {@code 25.0.3}, {@code 1} of {@code 1.8.0_402} (too old either way); -1 if unreadable. */
    private static int feature(String version) {
        if (version == null) return -1;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) end++;
        if (end == 0 || end > 4) return -1;
        return Integer.parseInt(version.substring(0, end));
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
