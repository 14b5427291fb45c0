package gloss.build;

import gloss.check.BodyRules;
import gloss.check.Warnings;
import gloss.content.Body;
import gloss.content.Content;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.export.AtomFeed;
import gloss.export.DataExport;
import gloss.export.SearchIndex;
import gloss.export.Sitemap;
import gloss.load.ContentLoader;
import gloss.markdown.CitationProblems;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.output.Assets;
import gloss.postprocess.LinkChecker;
import gloss.postprocess.ProcessedPage;
import gloss.render.SiteRenderer;
import gloss.render.Templates;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole build as one story: load, resolve, parse and check bodies, render, post-process, check
 * links, and return the output files. Writes nothing itself: {@code build} gives it a {@link PageSink}
 * (a staging folder of {@link gloss.output.SiteWriter}) for pages and writes the rest, {@code serve}
 * keeps every file in memory, {@code check} only looks at the diagnostics.
 */
public final class Pipeline {
    /** Files made from the model rather than templates; pages may link to them. */
    private static final Set<String> EXPORTS = Set.of(
            "sitemap.xml", "robots.txt", "feed.xml", "data/explainer.json", "search/index.json");

    private final Markdown markdown = new Markdown();
    private final Reuse reuse;
    private final Timings timings;
    private final PageSink sink;

    /** Where {@code build} puts each finished page at once, instead of holding the whole site in memory. */
    @FunctionalInterface
    public interface PageSink {
        /** Called from the pipeline's worker threads. */
        void write(String file, byte[] bytes);
    }

    public Pipeline() {
        this(Reuse.NONE);
    }

    /** A pipeline that may answer parts of the build from earlier runs (see {@link Reuse}, used by serve). */
    public Pipeline(Reuse reuse) {
        this(reuse, Timings.OFF, null);
    }

    /**
     * A full build that hands each page to {@code sink} as soon as it is made, so that the result of
     * {@link #run} holds only the other files (assets and exports), and records how long each phase took
     * ({@code build --timings}). Pages of a build that then fails have gone to the sink all the same:
     * it must be a staging area that is thrown away on failure.
     */
    public Pipeline(Timings timings, PageSink sink) {
        this(Reuse.NONE, timings, sink);
    }

    private Pipeline(Reuse reuse, Timings timings, PageSink sink) {
        this.reuse = reuse;
        this.timings = timings;
        this.sink = sink;
    }

    /** {@code warnings} adds the editor's warnings of {@code check} (see {@link Warnings}). */
    public record Options(Path root, boolean drafts, boolean warnings) {
        public Options(Path root, boolean drafts) {
            this(root, drafts, false);
        }
    }

    /** The site's files by path, or empty when there were errors (all of them are in {@code diagnostics}). */
    public Optional<Map<String, byte[]>> run(Options options, Diagnostics diagnostics) {
        return runPages(options, diagnostics).map(p -> timings.time("exports", p::withExports));
    }

    /**
     * A successful build before its machine-readable exports: the model, the pages and the files so far
     * (assets and pages). {@code serve} publishes the pages at once and makes the exports when asked.
     */
    public record Pages(SiteModel site, List<ProcessedPage> pages, Map<String, byte[]> files) {
        /** Every file of the site: a copy of {@code files} plus the exports. */
        public Map<String, byte[]> withExports() {
            Map<String, byte[]> all = new TreeMap<>(files);
            exports(site, pages, all);
            return all;
        }
    }

    /** {@link #run} without the exports; empty when there were errors. */
    public Optional<Pages> runPages(Options options, Diagnostics diagnostics) {
        Path root = options.root();
        Path templatesDir = root.resolve("templates");
        // FreeMarker's start-up and template parsing run beside content loading (a cold JVM spends a
        // good part of a small build on them); problems are reported below, where the templates are used.
        CompletableFuture<Templates> templatesLater = CompletableFuture.supplyAsync(() -> {
            if (!Files.isDirectory(templatesDir)) return null;
            try {
                Templates t = reuse.templates(() -> new Templates(templatesDir, Path.of("templates")));
                t.parseAll();
                return t;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Optional<Content> loaded = timings.time("load content",
                () -> new ContentLoader(root, options.drafts(), diagnostics, reuse.notes()).load());
        if (loaded.isEmpty()) return Optional.empty();
        Content content = loaded.get();
        SiteModel site = timings.time("resolve", () -> SiteModel.resolve(content, diagnostics));
        Map<Body, ParsedBody> parsed = timings.time("parse Markdown", () -> parseAndCheck(content, diagnostics));

        if (!Files.isDirectory(templatesDir)) {
            diagnostics.error(Location.of(Path.of("templates")), "no templates folder found", "gloss needs templates/*.ftlh");
            return Optional.empty();
        }
        Templates templates;
        Map<String, byte[]> files = new TreeMap<>();
        try {
            long start = System.nanoTime();
            templates = templatesLater.join();
            files.putAll(Assets.read(templatesDir));
            timings.add("templates, assets", System.nanoTime() - start);
        } catch (IOException | CompletionException e) {
            String why = e instanceof CompletionException c && c.getCause() instanceof UncheckedIOException u
                    ? u.getCause().getMessage() : e.getMessage();
            diagnostics.error(Location.of(Path.of("templates")), "cannot read templates: " + why);
            return Optional.empty();
        }
        // Rendering also reports problems (unknown citation ids, broken cross-references), so it runs
        // even when earlier steps failed: editors get every diagnostic in one run.
        Templates pageTemplates = templates;
        Reuse.Renderers renderers = (model, bodies, problems) -> new SiteRenderer(model, markdown, pageTemplates, bodies, problems);
        List<ProcessedPage> pages = timings.time("render, post-process", () -> sink == null
                ? reuse.pages(site, parsed, diagnostics, renderers)
                : Reuse.renderAll(renderers.make(site, parsed, diagnostics), p -> {
                    sink.write(Urls.file(p.page().url()), p.bytes());
                    return p.withoutBytes();
                }));
        if (options.warnings()) {
            Set<String> cited = new HashSet<>();
            pages.forEach(p -> cited.addAll(p.page().citedSources()));
            Warnings.collect(site, cited, LocalDate.now(ZoneOffset.UTC), diagnostics);
        }
        String basePath = Optional.ofNullable(URI.create(content.explainer().baseUrl()).getPath()).orElse("/");
        Set<String> otherFiles = new HashSet<>(files.keySet());
        otherFiles.addAll(EXPORTS);
        LinkChecker links = new LinkChecker(pages, otherFiles, basePath);
        timings.time("check links", () -> reuse.checkLinks(pages, basePath, diagnostics,
                (some, problems) -> links.check(some, Path.of("templates"), problems)));
        if (diagnostics.hasErrors()) return Optional.empty();
        if (sink == null) {
            for (ProcessedPage p : pages) files.put(Urls.file(p.page().url()), p.bytes());
        }
        return Optional.of(new Pages(site, pages, files));
    }

    /** The machine-readable files: sitemap, robots, feed, data export, search index. */
    private static void exports(SiteModel site, List<ProcessedPage> pages, Map<String, byte[]> files) {
        var explainer = site.content().explainer();
        List<String> urls = pages.stream().map(p -> p.page().url()).filter(u -> !u.equals("404.html")).toList();
        Map<String, Supplier<String>> exports = new TreeMap<>(Map.of(
                "sitemap.xml", () -> Sitemap.sitemap(explainer, urls),
                "robots.txt", () -> Sitemap.robots(explainer),
                "feed.xml", () -> AtomFeed.write(site),
                "data/explainer.json", () -> DataExport.write(site),
                "search/index.json", () -> SearchIndex.write(pages.stream().flatMap(p -> p.search().stream()).toList())));
        // independent of each other, and the search index and data export are large: made side by side
        exports.entrySet().parallelStream().map(e -> Map.entry(e.getKey(), utf8(e.getValue().get())))
                .toList().forEach(e -> files.put(e.getKey(), e.getValue()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Map<Body, ParsedBody> parseAndCheck(Content content, Diagnostics diagnostics) {
        record Job(Body body, boolean cited) {}
        List<Job> jobs = new ArrayList<>();
        for (Provision p : content.provisions()) jobs.add(new Job(p.body(), true));
        for (Reaction r : content.reactions()) jobs.add(new Job(r.body(), true));
        content.pages().forEach(p -> jobs.add(new Job(p.body(), false)));
        content.home().ifPresent(b -> jobs.add(new Job(b, false)));
        content.documents().forEach(d -> d.notes().ifPresent(b -> jobs.add(new Job(b, true))));
        Map<Body, ParsedBody> out = new IdentityHashMap<>();
        List<ParsedBody> results = jobs.parallelStream().map(j -> reuse.parse(j.body(), j.cited(), () -> {
            ParsedBody pb = markdown.parse(j.body());
            BodyRules.check(pb, j.cited(), diagnostics);
            CitationProblems.find(pb).forEach(diagnostics::add);
            return pb;
        })).toList();
        results.forEach(pb -> out.put(pb.body(), pb));
        return out;
    }
}
