package gloss.cli;

import gloss.pipeline.Pipeline;
import gloss.pipeline.Timings;
import gloss.content.Diagnostics;
import gloss.output.OutputFolder;
import gloss.output.Problems;
import gloss.output.SiteWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
        PrintWriter err = spec.commandLine().getErr();
        Path rootDir = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(rootDir)) {
            err.println("gloss: error: " + rootDir + (Files.exists(rootDir) ? " is a file, not a project folder" : ": no such folder")
                    + " (pass the project folder with --root DIR)");
            return Main.CONTENT_ERRORS;
        }
        Path target;
        try {
            target = OutputFolder.check(rootDir, out == null ? rootDir.resolve("site") : out);
        } catch (OutputFolder.Refused e) {
            err.println("gloss: error: " + e.getMessage());
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
        SiteWriter writer = new SiteWriter(target, warning -> err.println("gloss: warning: " + warning));
        try (SiteWriter.Staging staging = writer.begin()) {
            Optional<Map<String, byte[]>> files = new Pipeline(Pipeline.Memo.NONE, phases)
                    .build(new Pipeline.Options(rootDir, drafts, false, baseUrl), diagnostics, staging::write);
            Reporter.print(diagnostics, err);
            if (files.isEmpty()) {
                err.println("gloss: build failed; " + target + " was left as it was");
                return Main.CONTENT_ERRORS;
            }
            long writing = System.nanoTime();
            staging.writeAll(files.get());
            staging.commit();
            phases.add("write other files, swap", System.nanoTime() - writing);
            long ms = (System.nanoTime() - start) / 1_000_000;
            phases.print(err);
            spec.commandLine().getOut().println("gloss: wrote " + staging.files() + " files to " + target + " in " + ms + " ms");
            return Main.OK;
        } catch (SiteWriter.Busy e) {
            err.println("gloss: error: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        } catch (SiteWriter.Refused e) {
            err.println("gloss: error: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        } catch (IOException | UncheckedIOException e) {
            // the output folder failed (read-only, full, gone): the OS's reason, and the old site is as it was
            IOException io = Problems.ioCause(e);
            err.println("gloss: error: cannot write the site to " + target + ": " + Problems.describe(io)
                    + "; " + target + " was left as it was");
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
