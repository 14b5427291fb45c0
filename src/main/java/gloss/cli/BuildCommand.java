package gloss.cli;

import gloss.pipeline.Pipeline;
import gloss.pipeline.Timings;
import gloss.content.Diagnostics;
import gloss.output.SiteWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from DIR/content and DIR/templates into DIR/site (or --out).")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: DIR/site).")
    Path out;

    @Option(names = "--drafts", description = "Include notes marked draft: true.")
    boolean drafts;

    @Option(names = "--timings", description = "Print how long each phase of the build took (to standard error).")
    boolean timings;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Build for this address instead of base_url in content/explainer.yaml (canonical links, "
                    + "feed, sitemap, 404 page), e.g. http://localhost:8000/ for a preview.")
    Optional<String> baseUrl = Optional.empty();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path rootDir = root.toAbsolutePath().normalize();
        Path target = (out == null ? rootDir.resolve("site") : out).toAbsolutePath().normalize();
        if (target.startsWith(rootDir.resolve("content")) || target.startsWith(rootDir.resolve("templates"))
                || target.equals(rootDir) || rootDir.startsWith(target)) {
            spec.commandLine().getErr().println("gloss: error: refusing to write the site to " + target
                    + " (it would overwrite the project's own files); choose another --out");
            return Main.USAGE;
        }
        if (baseUrl.isPresent() && !gloss.content.Explainer.isBaseUrl(baseUrl.get())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an absolute http(s) URL "
                    + "such as https://example.org/explainer/, not '" + baseUrl.get() + "'");
        }
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Timings phases = timings ? Timings.on() : Timings.OFF;
        long startup = startupNanos();
        if (startup > 0) phases.add("JVM start to command", startup);
        // Pages go to a staging folder as they are made (a large site is never held whole in memory);
        // it replaces the target only if the build succeeds, and is deleted otherwise. Opening it first
        // also puts back the old site if a build was killed mid-swap, even if this build then fails.
        try (SiteWriter.Staging staging = new SiteWriter(target).begin()) {
            Optional<Map<String, byte[]>> files = new Pipeline(Pipeline.Memo.NONE, phases)
                    .build(new Pipeline.Options(rootDir, drafts, false, baseUrl), diagnostics, staging::write);
            Reporter.print(diagnostics, spec.commandLine().getErr());
            if (files.isEmpty()) {
                spec.commandLine().getErr().println("gloss: build failed; " + target + " was left as it was");
                return Main.CONTENT_ERRORS;
            }
            long writing = System.nanoTime();
            staging.writeAll(files.get());
            staging.commit();
            phases.add("write other files, swap", System.nanoTime() - writing);
            long ms = (System.nanoTime() - start) / 1_000_000;
            phases.print(spec.commandLine().getErr());
            spec.commandLine().getOut().println("gloss: wrote " + staging.files() + " files to " + target + " in " + ms + " ms");
            return Main.OK;
        } catch (SiteWriter.Busy e) {
            spec.commandLine().getErr().println("gloss: error: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    /**
     * From the process's start to now: JVM start-up, class loading, option parsing; when {@link Launcher}
     * relaunched, from the launcher's start, so the second JVM's cost is included. Read from Linux's
     * {@code /proc} (start in clock ticks since boot against {@code /proc/uptime}, both to 10 ms):
     * {@link ProcessHandle.Info#startInstant} adds the boot time, which Linux gives only to the whole
     * second, and was off by a constant of up to a second. Zero (line left out) elsewhere.
     */
    private static long startupNanos() {
        try {
            String pid = System.getProperty(Launcher.LAUNCHED, String.valueOf(ProcessHandle.current().pid()));
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22, starttime; fields[0] is field 3
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.max(0, (long) ((uptime - startTicks / 100.0) * 1e9)); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
