package gloss.cli;

import gloss.Projects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/gloss}, the POSIX sh launcher, as a real process started from folders inside a project. It
 * runs in a copy of the repository's layout (bin/gloss, pom.xml, src/main/, target/gloss.jar = the packaged
 * jar) with a PATH holding only the tools the script uses, so that "Maven is missing" is real; where the
 * script must build the jar, the {@code mvn} on that PATH is a stand-in that records its arguments and
 * puts the packaged jar in place (a real Maven build inside Maven's own test run would take minutes).
 * Runs in the integration-test phase, which passes the packaged jar as {@code gloss.jar}.
 */
class BinGlossIT {
    private static final String P1 = "content/provisions/01-borders.md";

    @TempDir
    Path dir;
    private Path packaged;
    private Path home;
    private Path jar;
    private Path project;
    private Path tools;
    private Path mvnLog;

    @BeforeEach
    void setUp() throws IOException {
        String p = System.getProperty("gloss.jar");
        assumeTrue(p != null, "needs the packaged jar: runs in the integration-test phase");
        packaged = Path.of(p);
        home = dir.resolve("gloss-home");
        Files.createDirectories(home.resolve("bin"));
        Files.copy(Projects.REPO.resolve("bin/gloss"), home.resolve("bin/gloss"));
        Files.setPosixFilePermissions(home.resolve("bin/gloss"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Projects.REPO.resolve("pom.xml"), home.resolve("pom.xml"));
        Path source = home.resolve("src/main/java/gloss/Example.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package gloss;\n");
        jar = home.resolve("target/gloss.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(packaged, jar);
        Instant past = Instant.now().minusSeconds(3600);
        for (Path f : List.of(home.resolve("pom.xml"), source)) Files.setLastModifiedTime(f, FileTime.from(past));
        project = Projects.fixtureCopy(dir.resolve("project"));
        tools = dir.resolve("tools");
        Files.createDirectories(tools);
        tool("dirname", "ls", "sed", "find", "head");
        mvnLog = dir.resolve("mvn.log");
    }

    @Test
    void runsFromASubfolderWithTheProjectAsRoot() throws Exception {
        Path reactions = project.resolve("content/reactions");
        Run check = gloss(reactions, Map.of(), "check", "--errors-only");
        assertEquals(0, check.exit(), check.err());
        assertEquals("gloss: no errors\n", check.out());

        // Paths stay relative to the folder the editor is in.
        Run one = gloss(reactions, Map.of(), "check", "2025-11-21-alice-statement.md");
        assertEquals(0, one.exit(), one.err());
        assertEquals("gloss: no errors in 2025-11-21-alice-statement.md\n", one.out());

        Files.writeString(project.resolve(P1), Files.readString(project.resolve(P1)).replace("frozen [@wire-one]", "frozen [@nope]"));
        Run broken = gloss(project.resolve("content/provisions"), Map.of(), "check", "--errors-only");
        assertEquals(1, broken.exit(), broken.err());
        assertTrue(broken.err().startsWith(P1 + ":18:27: error: unknown source 'nope' in citation"), broken.err());
        Files.writeString(project.resolve(P1), Files.readString(project.resolve(P1)).replace("frozen [@nope]", "frozen [@wire-one]"));

        Run build = gloss(reactions, Map.of(), "build");
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")), "the project's site/, not the subfolder's");
        assertFalse(Files.exists(reactions.resolve("site")));

        Run created = gloss(reactions, Map.of(), "new", "reaction", "--actor", "bob", "--date", "2025-11-24", "--slug", "later");
        assertEquals(0, created.exit(), created.err());
        assertTrue(Files.isRegularFile(reactions.resolve("2025-11-24-bob-later.md")));
        Run found = gloss(reactions, Map.of(), "find", "example", "wire");
        assertEquals("source  wire-one  Example Wire: \"Plan text published\" (2025-11-20)\n", found.out());

        // Commands that take no --root get none; an explicit --root wins.
        Run version = gloss(reactions, Map.of(), "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("gloss "), version.out());
        Path other = Projects.fixtureCopy(dir.resolve("other"));
        Files.writeString(other.resolve(P1), Files.readString(other.resolve(P1)).replace("frozen [@wire-one]", "frozen [@elsewhere]"));
        Run explicit = gloss(reactions, Map.of(), "check", "--errors-only", "--root", other.toString());
        assertEquals(1, explicit.exit(), explicit.err());
        assertTrue(explicit.err().contains("unknown source 'elsewhere'"), explicit.err());
        assertFalse(Files.exists(mvnLog), "a fresh jar is not rebuilt");
    }

    @Test
    void aSymbolicLinkOnThePathFindsTheJar() throws Exception {
        Path personal = dir.resolve("personal-bin");
        Files.createDirectories(personal);
        Files.createSymbolicLink(personal.resolve("gloss"), home.resolve("bin/gloss"));
        Run run = run(project.resolve("content"), Map.of(), List.of(personal.resolve("gloss").toString(), "check", "--errors-only"));
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void buildsTheJarWhenMissingOrOlderThanTheSources() throws Exception {
        mavenStandIn();
        Files.delete(jar);
        Run first = gloss(project.resolve("content"), Map.of(), "check", "--errors-only");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("gloss: building " + jar), first.err());
        assertEquals(List.of("-B -q -f " + home.resolve("pom.xml") + " package -DskipTests"), Files.readAllLines(mvnLog));

        Run fresh = gloss(project.resolve("content"), Map.of(), "check", "--errors-only");
        assertEquals(0, fresh.exit(), fresh.err());
        assertEquals(1, Files.readAllLines(mvnLog).size(), "an up-to-date jar is not rebuilt");

        Files.setLastModifiedTime(home.resolve("src/main/java/gloss/Example.java"), FileTime.from(Instant.now().plusSeconds(60)));
        Run pinned = gloss(project.resolve("content"), Map.of("GLOSS_NO_BUILD", "1"), "check", "--errors-only");
        assertEquals(0, pinned.exit(), pinned.err());
        assertEquals(1, Files.readAllLines(mvnLog).size(), "GLOSS_NO_BUILD uses the jar as it is");
        Run stale = gloss(project.resolve("content"), Map.of(), "check", "--errors-only");
        assertEquals(0, stale.exit(), stale.err());
        assertEquals(2, Files.readAllLines(mvnLog).size(), "a source newer than the jar rebuilds it");
    }

    @Test
    void withoutMavenOrWithAFailingBuildItSaysSoAndExits4() throws Exception {
        Files.delete(jar);
        Run noMaven = gloss(project, Map.of(), "check");
        assertEquals(4, noMaven.exit(), noMaven.err());
        assertTrue(noMaven.err().contains("is missing or out of date and mvn (Maven) is not installed"), noMaven.err());

        Files.writeString(tools.resolve("mvn"), "#!/bin/sh\necho '[ERROR] COMPILATION ERROR' >&2\nexit 1\n");
        Files.setPosixFilePermissions(tools.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Run failed = gloss(project, Map.of(), "check");
        assertEquals(4, failed.exit(), failed.err());
        assertTrue(failed.err().contains("[ERROR] COMPILATION ERROR"), failed.err());
        assertTrue(failed.err().contains("gloss: error: the build of " + jar + " failed"), failed.err());
    }

    @Test
    void outsideAProjectNoRootIsPassed() throws Exception {
        Path nowhere = Files.createDirectories(dir.resolve("nowhere/deeper"));
        Run run = gloss(nowhere, Map.of(), "check");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("no content folder found under " + nowhere.toRealPath()), run.err());
    }

    /** A stand-in for Maven: records its arguments, then puts the packaged jar where -f's pom would build it. */
    private void mavenStandIn() throws IOException {
        Files.writeString(tools.resolve("mvn"), """
                #!/bin/sh
                echo "$@" >> "$MVN_LOG"
                pom=
                while [ $# -gt 0 ]; do
                    if [ "$1" = -f ]; then pom=$2; fi
                    shift
                done
                mkdir -p "$(dirname "$pom")/target" && cp "$PACKAGED_JAR" "$(dirname "$pom")/target/gloss.jar"
                """);
        Files.setPosixFilePermissions(tools.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        tool("mkdir", "cp");
    }

    record Run(int exit, String out, String err) {}

    private Run gloss(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/gloss").toString());
        command.addAll(Arrays.asList(args));
        return run(cwd, env, command);
    }

    private Run run(Path cwd, Map<String, String> env, List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "run", ".out");
        Path err = Files.createTempFile(dir, "run", ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GLOSS_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("MVN_LOG", mvnLog.toString());
        pb.environment().put("PACKAGED_JAR", packaged.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Puts tools on the test's PATH (as scripts calling the real ones: links out of the temp dir make JUnit warn). */
    private void tool(String... names) throws IOException {
        for (String name : names) {
            Path script = Files.writeString(tools.resolve(name), "#!/bin/sh\nexec " + which(name) + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static String which(String tool) {
        for (String d : List.of("/usr/bin", "/bin")) {
            if (Files.isExecutable(Path.of(d, tool))) return d + "/" + tool;
        }
        throw new IllegalStateException("no " + tool);
    }
}
