package gloss.cli;

import gloss.scaffold.Starter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code gloss init DIR}: a new explainer project that builds at once. It writes only into a folder
 * that does not exist or is empty, so it never overwrites anything.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a new explainer project into DIR (which must not exist, or be empty): sample content and the templates.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder for the new project.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            spec.commandLine().getErr().println("gloss: error: " + target + " already exists and is not an empty folder; "
                    + "nothing was written (choose a new folder)");
            return Main.CONTENT_ERRORS;
        }
        Map<String, byte[]> files = Starter.files();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path to = target.resolve(f.getKey());
            Files.createDirectories(to.getParent());
            Files.write(to, f.getValue());
        }
        var out = spec.commandLine().getOut();
        out.println("gloss: wrote a new explainer to " + target + " (" + files.size() + " files)");
        out.println("gloss: build it with: gloss build --root " + dir + "   (preview: gloss serve --root " + dir + ")");
        out.println("gloss: then replace the sample content under " + dir.resolve("content") + " with your own");
        return Main.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
