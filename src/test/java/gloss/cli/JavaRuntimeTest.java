package gloss.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the launcher reads an installed runtime and picks the newest in a JVM folder. */
class JavaRuntimeTest {
    @TempDir
    Path jvms;

    @Test
    void readsTheVersionFromTheReleaseFile() throws IOException {
        JavaRuntime r = JavaRuntime.at(jdk("temurin-25", "25.0.3", "25.0.3+9-LTS"));
        assertEquals(25, r.feature);
        assertEquals("25.0.3+9-LTS", r.version);
        assertEquals(jvms.resolve("temurin-25/bin/java"), r.java);
        assertTrue(r.hasAotCache());
        assertTrue(r.hotSpot, "no JVM_VARIANT: Debian's OpenJDK, HotSpot");

        JavaRuntime old = JavaRuntime.at(jdk("java-8", "1.8.0_402", null));
        assertEquals(1, old.feature, "Java 8 calls itself 1.8: too old either way");
        assertEquals("1.8.0_402", old.version, "without JAVA_RUNTIME_VERSION, JAVA_VERSION");
        assertFalse(old.hasAotCache());
    }

    @Test
    void aFolderWithoutReleaseFileOrJavaIsNoRuntime() throws IOException {
        assertNull(JavaRuntime.at(Files.createDirectories(jvms.resolve("openjdk-17")))); // Debian's docs-only folder
        Path noJava = jdk("broken", "25.0.1", "25.0.1+8");
        Files.delete(noJava.resolve("bin/java"));
        assertNull(JavaRuntime.at(noJava));
        Path garbled = jdk("garbled", "next", null);
        assertNull(JavaRuntime.at(garbled));
    }

    @Test
    void theNewestRuntimeWithAnAotCacheInAFolderWins() throws IOException {
        jdk("java-17-openjdk-amd64", "17.0.15", "17.0.15+6-Debian-1deb12u1");
        jdk("temurin-25-jdk-amd64", "25.0.3", "25.0.3+9-LTS");
        jdk("zulu-25", "25.0.1", "25.0.1+8-LTS");
        jdk("java-21-openjdk-amd64", "21.0.9", "21.0.9+10");
        Files.writeString(jdk("semeru-26", "26.0.1", "26.0.1+7").resolve("release"), "JVM_VARIANT=\"Openj9\"\n", StandardOpenOption.APPEND);
        Files.createDirectories(jvms.resolve("openjdk-17"));
        assertEquals(jvms.resolve("temurin-25-jdk-amd64"), JavaRuntime.newestWithAotCacheIn(jvms).home,
                "OpenJ9 takes none of HotSpot's AOT flags");
        assertNull(JavaRuntime.newestWithAotCacheIn(jvms.resolve("none")));
        Files.walk(jvms.resolve("temurin-25-jdk-amd64")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Files.walk(jvms.resolve("zulu-25")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertNull(JavaRuntime.newestWithAotCacheIn(jvms), "Java 17 and 21 have none");
    }

    @Test
    void theCurrentRuntimeIsThisJvm() {
        JavaRuntime current = JavaRuntime.current();
        assertEquals(Runtime.version().feature(), current.feature);
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), current.java);
    }

    /** A fake JDK: a release file and an executable bin/java. */
    private Path jdk(String name, String javaVersion, String runtimeVersion) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin"));
        Path java = Files.writeString(home.resolve("java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String release = "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n"
                + (runtimeVersion == null ? "" : "JAVA_RUNTIME_VERSION=\"" + runtimeVersion + "\"\n");
        Files.writeString(home.getParent().resolve("release"), release);
        return home.getParent();
    }
}
