package gloss.cli;

import gloss.content.Body;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.markdown.CitationProblems;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.pipeline.Pipeline;
import gloss.site.ResolvedBody;
import gloss.site.Resolver;
import gloss.site.Urls;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gloss render FILE|-}: the HTML of one note's body as its page would contain it, citations
 * numbered in reading order and the sources it cites listed after it, for an editor checking what a
 * note will look like. {@code -} reads a body (front matter optional) from standard input and resolves
 * it against the project, as if it were on the home page. Writes nothing.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Print the HTML of one note's body as its page would show it (FILE, or - for standard input).")
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
    Path root = Path.of("");

    @Option(names = "--drafts", description = "Include notes marked draft: true (so a draft can be rendered).")
    boolean drafts;

    @Parameters(paramLabel = "FILE", description = "A note under content/ (a provision, reaction, page or document note), or - for standard input.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, replaceable by tests. */
    InputStream in = System.in;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Path rootDir = root.toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Pipeline.Prepared> prepared = new Pipeline().prepare(new Pipeline.Options(rootDir, drafts), diagnostics);
        if (prepared.isEmpty()) {
            Reporter.print(diagnostics, err);
            err.println("gloss: the project has errors; fix them, then render again");
            return Main.CONTENT_ERRORS;
        }
        Pipeline.Prepared p = prepared.get();
        ResolvedBody body;
        String pageUrl;
        if (file.equals("-")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int line = 1;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                if (end > 0) {
                    line = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
                    text = text.substring(end + 5);
                }
            }
            Body b = new Body(text, new Location(Path.of("<stdin>"), line, 1));
            ParsedBody parsed = new Markdown().parse(b);
            Diagnostics problems = new Diagnostics();
            CitationProblems.find(parsed).forEach(problems::add);
            java.util.Set<String> files = new java.util.HashSet<>(p.assets().keySet());
            files.addAll(gloss.export.Exports.FILES);
            body = Resolver.resolveExtra(p.site(), b, parsed, files, problems);
            if (problems.hasErrors()) {
                Reporter.print(problems, err);
                return Main.CONTENT_ERRORS;
            }
            pageUrl = Urls.home();
        } else {
            Path wanted = rootDir.relativize(Path.of(file).toAbsolutePath().normalize());
            Optional<Map.Entry<Body, ResolvedBody>> found = p.site().bodies().entrySet().stream()
                    .filter(e -> e.getKey().start().file().equals(wanted)).findFirst();
            if (found.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + " is not a published note of this project"
                        + " (a provision, reaction, page, document note or content/home.md)");
            }
            body = found.get().getValue();
            pageUrl = pageOf(wanted);
        }
        spec.commandLine().getOut().print(p.renderer().renderBody(body, pageUrl));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** The page a note's body is shown on, from its place under content/. */
    private static String pageOf(Path note) {
        String folder = note.getNameCount() > 2 ? note.getName(1).toString() : "";
        String stem = note.getFileName().toString().replaceFirst("\\.md$", "");
        return switch (folder) {
            case "provisions" -> Urls.provision(stem);
            case "reactions" -> Urls.reaction(stem);
            case "pages" -> Urls.page(stem);
            case "documents" -> Urls.document(stem);
            default -> Urls.home();
        };
    }
}
