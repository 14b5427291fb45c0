package gloss.cli;

import gloss.scaffold.ScaffoldException;
import gloss.scaffold.Scaffolder;
import gloss.scaffold.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gloss new provision|reaction|page|source|actor|topic|event|document|version}: scaffolds a note or
 * a registry entry (see {@link Scaffolder}), or a version entry in every provision (see
 * {@link gloss.scaffold.Versions}). Exit 0 when written, 1 when the file or id exists (nothing written),
 * 2 on usage errors.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new note (provision, reaction, page), add an entry to a registry (source, actor, topic, "
                + "event, document), or add a document's version entry to every provision (version).",
        subcommands = {NewCommand.Provision.class, NewCommand.Reaction.class, NewCommand.Page.class,
                NewCommand.Source.class, NewCommand.Actor.class, NewCommand.Topic.class, NewCommand.Event.class,
                NewCommand.Document.class, NewCommand.Version.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing kind: provision, reaction, page, source, actor, topic, event, document or version");
    }

    /** The options every kind shares. */
    static final class Common {
        @Option(names = "--root", paramLabel = "DIR", description = "Project folder (default: the working directory).")
        Path root = Path.of("");
    }

    /** Runs one scaffold and reports it the same way for every kind. */
    abstract static class Kind implements Callable<Integer> {
        @Mixin
        Common common;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract Scaffolder.Result scaffold(Scaffolder scaffolder) throws ScaffoldException;

        @Override
        public Integer call() {
            try {
                Scaffolder.Result r = scaffold(new Scaffolder(common.root));
                var out = spec.commandLine().getOut();
                out.println("gloss: " + (r.appended() ? "added an entry to " : "created ") + r.file().toString().replace('\\', '/'));
                if (r.placeholders() > 0) {
                    out.println("gloss: replace the " + Reporter.plural(r.placeholders(), "placeholder")
                            + " marked FILL IN, then run: gloss check");
                }
                if (next() != null) out.println(next());
                return Main.OK;
            } catch (ScaffoldException e) {
                return report(spec, e);
            }
        }

        /** A line saying what to do next, or null. */
        String next() {
            return null;
        }
    }

    @Command(name = "provision", mixinStandardHelpOptions = true,
            description = "Create content/provisions/NN-slug.md.")
    static final class Provision extends Kind {
        @Option(names = "--number", required = true, paramLabel = "N", description = "The point's number (the next free one, or a gap).")
        int number;
        @Option(names = "--title", required = true, description = "Short, neutral headline.")
        String title;
        @Option(names = "--slug", description = "File name after the number (default: from the title).")
        Optional<String> slug = Optional.empty();
        @Option(names = "--topics", split = ",", paramLabel = "ID", description = "Topic ids, comma-separated.")
        List<String> topics = List.of();
        @Option(names = "--summary", description = "One neutral sentence.")
        Optional<String> summary = Optional.empty();
        @Option(names = "--text", description = "A neutral paraphrase of what the point says.")
        Optional<String> text = Optional.empty();
        @Option(names = "--text-sources", split = ",", paramLabel = "ID", description = "Ids of the sources giving the wording.")
        List<String> textSources = List.of();
        @Option(names = "--draft", description = "Mark the note draft: true.")
        boolean draft;

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.provision(new Scaffolder.ProvisionSpec(number, title, slug, topics, summary, text, textSources, draft));
        }
    }

    @Command(name = "reaction", mixinStandardHelpOptions = true,
            description = "Create content/reactions/YYYY-MM-DD-actor-slug.md.")
    static final class Reaction extends Kind {
        @Option(names = "--actor", required = true, paramLabel = "ID", description = "Actor id from content/actors.yaml.")
        String actor;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it was said.")
        String date;
        @Option(names = "--slug", required = true, description = "A few words for the file name, e.g. address.")
        String slug;
        @Option(names = "--medium", description = "e.g. national address, Telegram post, press briefing.")
        Optional<String> medium = Optional.empty();
        @Option(names = "--stance", description = "supports | opposes | mixed | neutral | unclear.")
        Optional<String> stance = Optional.empty();
        @Option(names = "--provisions", split = ",", paramLabel = "N", description = "Provision numbers, comma-separated, or: all.")
        List<String> provisions = List.of();
        @Option(names = "--title", description = "A neutral headline.")
        Optional<String> title = Optional.empty();
        @Option(names = "--summary", description = "One neutral sentence.")
        Optional<String> summary = Optional.empty();
        @Option(names = "--sources", split = ",", paramLabel = "ID", description = "Source ids, comma-separated.")
        List<String> sources = List.of();
        @Option(names = "--draft", description = "Mark the note draft: true.")
        boolean draft;

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.reaction(new Scaffolder.ReactionSpec(actor, date, slug, medium, stance, provisions, title, summary,
                    sources, draft));
        }
    }

    @Command(name = "source", mixinStandardHelpOptions = true, description = "Append a source to content/sources.yaml.")
    static final class Source extends Kind {
        @Option(names = "--id", required = true, description = "Kebab-case id, cited as [@id].")
        String id;
        @Option(names = "--publisher", required = true, description = "The original outlet.")
        String publisher;
        @Option(names = "--title", required = true, description = "The headline as published.")
        String title;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Best known date.")
        String date;
        @Option(names = "--kind", required = true, description = "wire | newspaper | broadcaster | magazine | official | government-document | social-media | think-tank | state-media | aggregator | other.")
        String kind;
        @Option(names = "--url", description = "The address of the copy actually read.")
        Optional<String> url = Optional.empty();
        @Option(names = "--original-url", description = "The publisher's own address, when --url is a copy elsewhere.")
        Optional<String> originalUrl = Optional.empty();
        @Option(names = "--author", description = "Only when known.")
        Optional<String> author = Optional.empty();
        @Option(names = "--via", description = "The site the --url copy is on, when it is not the publisher's own.")
        Optional<String> via = Optional.empty();
        @Option(names = "--note", description = "Free text, e.g. Date approximate.")
        Optional<String> note = Optional.empty();

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.source(new Scaffolder.SourceSpec(id, publisher, title, date, kind, url, originalUrl, author, via, note));
        }
    }

    @Command(name = "actor", mixinStandardHelpOptions = true, description = "Append an actor to content/actors.yaml.")
    static final class Actor extends Kind {
        @Option(names = "--id", required = true, description = "Kebab-case id, e.g. zelenskyy.")
        String id;
        @Option(names = "--name", required = true, description = "Full name, or the name of the body or group.")
        String name;
        @Option(names = "--role", description = "e.g. President of Ukraine.")
        Optional<String> role = Optional.empty();
        @Option(names = "--organisation", description = "e.g. Office of the President of Ukraine.")
        Optional<String> organisation = Optional.empty();
        @Option(names = "--country", description = "e.g. Ukraine.")
        Optional<String> country = Optional.empty();

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.actor(new Scaffolder.ActorSpec(id, name, role, organisation, country));
        }
    }

    @Command(name = "page", mixinStandardHelpOptions = true, description = "Create content/pages/SLUG.md.")
    static final class Page extends Kind {
        @Option(names = "--slug", required = true, description = "The page's file name and address, e.g. methodology.")
        String slug;
        @Option(names = "--title", required = true, description = "The page's heading.")
        String title;
        @Option(names = "--draft", description = "Mark the page draft: true.")
        boolean draft;

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.page(new Scaffolder.PageSpec(slug, title, draft));
        }
    }

    @Command(name = "topic", mixinStandardHelpOptions = true, description = "Append a topic to content/topics.yaml.")
    static final class Topic extends Kind {
        @Option(names = "--id", required = true, description = "Kebab-case id, e.g. territory.")
        String id;
        @Option(names = "--title", required = true, description = "A short name.")
        String title;
        @Option(names = "--summary", description = "One sentence: which points belong here.")
        Optional<String> summary = Optional.empty();

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.topic(new Scaffolder.TopicSpec(id, title, summary));
        }
    }

    @Command(name = "event", mixinStandardHelpOptions = true, description = "Append an event to the timeline, content/events.yaml.")
    static final class Event extends Kind {
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it happened.")
        String date;
        @Option(names = "--title", required = true, description = "What happened, in a few neutral words.")
        String title;
        @Option(names = "--summary", description = "One or two neutral sentences.")
        Optional<String> summary = Optional.empty();
        @Option(names = "--sources", split = ",", paramLabel = "ID", description = "Source ids, comma-separated.")
        List<String> sources = List.of();

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.event(new Scaffolder.EventSpec(date, title, summary, sources));
        }
    }

    @Command(name = "document", mixinStandardHelpOptions = true,
            description = "Append a later version of the plan to content/documents.yaml (then run: gloss new version ID).")
    static final class Document extends Kind {
        @Option(names = "--id", required = true, description = "Kebab-case id, e.g. e3-counter-proposal.")
        String id;
        @Option(names = "--title", required = true, description = "A neutral name for the document.")
        String title;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When it was presented or first reported.")
        String date;
        @Option(names = "--proposer", required = true, description = "Who put it forward.")
        String proposer;
        @Option(names = "--status", required = true, description = "full-text | partial-text | reported.")
        String status;
        @Option(names = "--sources", split = ",", paramLabel = "ID", description = "Source ids, comma-separated.")
        List<String> sources = List.of();
        @Option(names = "--summary", description = "One or two sentences.")
        Optional<String> summary = Optional.empty();

        @Override
        Scaffolder.Result scaffold(Scaffolder s) throws ScaffoldException {
            return s.document(new Scaffolder.DocumentSpec(id, title, date, proposer, status, sources, summary));
        }

        @Override
        String next() {
            return "gloss: next, give every provision its entry for it: gloss new version " + id;
        }
    }

    @Command(name = "version", mixinStandardHelpOptions = true,
            description = "Add a versions: entry for document DOC (status: unknown, to fill in) to every provision that has none.")
    static final class Version implements Callable<Integer> {
        @Mixin
        Common common;
        @Parameters(paramLabel = "DOC", description = "A document id from content/documents.yaml.")
        String document;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Versions.Added added = new Scaffolder(common.root).version(document);
                var out = spec.commandLine().getOut();
                out.println("gloss: added a version entry for '" + document + "' (status: unknown) to "
                        + Reporter.plural(added.files().size(), "provision") + ":");
                added.files().forEach(f -> out.println("  " + f.toString().replace('\\', '/')));
                if (!added.skipped().isEmpty()) {
                    out.println("gloss: " + Reporter.plural(added.skipped().size(), "provision") + " already had one: "
                            + String.join(", ", added.skipped().stream().map(p -> p.getFileName().toString()).toList()));
                }
                out.println("gloss: fill in each status (and its sources), then run: gloss check");
                return Main.OK;
            } catch (ScaffoldException e) {
                return report(spec, e);
            }
        }
    }

    /** Prints why nothing was written; the exit code says whose fault it is (2: the command, 1: the project). */
    static int report(CommandLine.Model.CommandSpec spec, ScaffoldException e) {
        spec.commandLine().getErr().println("gloss: error: " + e.getMessage());
        return e.kind() == ScaffoldException.Kind.USAGE ? Main.USAGE : Main.CONTENT_ERRORS;
    }
}
