package gloss.cli;

import gloss.content.Diagnostics;
import gloss.serve.Preview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site and serve it from memory for preview; rebuild what changed and reload open "
                + "tabs on every save. Never writes site/.",
                "Listens on 127.0.0.1 only, unless --host is given."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
                    + "Another address lets other machines read the preview.")
    String host = "127.0.0.1";

    @Option(names = "--drafts", description = "Include notes marked draft: true, with a banner on their pages.")
    boolean drafts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!java.nio.file.Files.isDirectory(root)) {
            err.println("gloss: error: no such folder: " + root.toAbsolutePath().normalize() + " (pass the project with --root DIR)");
            return Main.USAGE;
        }
        Preview preview;
        try {
            preview = Preview.start(new Preview.Settings(root.toAbsolutePath().normalize(), drafts, host, port), new Preview.Log() {
                @Override
                public void info(String line) {
                    out.println(line);
                    out.flush();
                }

                @Override
                public void diagnostics(Diagnostics diagnostics) {
                    Reporter.print(diagnostics, err);
                }
            });
        } catch (BindException e) {
            err.println("gloss: error: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --port, or --port 0 for a free one");
            return Main.USAGE;
        } catch (java.net.UnknownHostException e) {
            err.println("gloss: error: unknown --host " + host);
            return Main.USAGE;
        }
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("gloss: warning: listening on " + host + ": other machines on the network can read this preview");
        }
        out.println("gloss: serving " + preview.url() + " (press Ctrl+C to stop)");
        out.flush();
        Thread stop = new Thread(preview::close, "gloss-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        return Main.OK;
    }
}
