package gloss.pipeline;

import gloss.check.BodyRules;
import gloss.check.Warnings;
import gloss.content.Body;
import gloss.content.Content;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.content.Location;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.export.Exports;
import gloss.export.Redirects;
import gloss.links.LinkChecker;
import gloss.links.PageLinks;
import gloss.load.ContentLoader;
import gloss.load.NoteMemo;
import gloss.markdown.CitationProblems;
import gloss.markdown.Markdown;
import gloss.markdown.ParsedBody;
import gloss.output.Assets;
import gloss.render.RenderedPage;
import gloss.render.SiteRenderer;
import gloss.files.TemplateFolder;
import gloss.render.Templates;
import gloss.site.Resolver;
import gloss.site.SiteModel;
import gloss.site.SitePages;
import gloss.site.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole build as one story:
 * <ol>
 *   <li><b>load</b> the files of {@code content/} into located records ({@link ContentLoader});</li>
 *   <li><b>parse</b> every note body and check its own rules (citations present, no placeholder);</li>
 *   <li><b>resolve</b> every reference: ids, provision numbers, citations, cross-references, links
 *       ({@link Resolver}); all reference errors are reported here;</li>
 *   <li>(only for {@code check}) the editor's <b>warnings</b>;</li>
 *   <li><b>render</b> each page ({@link SiteRenderer}), which cannot fail on content;</li>
 *   <li><b>check links</b> the templates wrote, and make the <b>exports</b> (feed, sitemap, data, search).</li>
 * </ol>
 * {@link #prepare} runs the first steps and stops before rendering: {@code check} uses it alone,
 * {@code serve} renders pages from it on request, {@link #build} renders them all. Writes nothing.
 */
public final class Pipeline {
    private final Markdown markdown = new Markdown();
    private final Memo memo;
    private final Timings timings;

    public Pipeline() {
        this(Memo.NONE, Timings.OFF);
    }

    /** A pipeline that may take parsed notes from earlier runs ({@code serve}) and times its phases ({@code build --timings}). */
    public Pipeline(Memo memo, Timings timings) {
        this.memo = memo;
        this.timings = timings;
    }

    /**
     * {@code warnings} adds the editor's warnings of {@code check} (see {@link Warnings}); {@code baseUrl},
     * when present, replaces explainer.yaml's {@code base_url} (build --base-url: the same site built for
     * another address, e.g. a preview host).
     */
    public record Options(Path root, boolean drafts, boolean warnings, Optional<String> baseUrl) {
        public Options(Path root, boolean drafts) {
            this(root, drafts, false);
        }

        public Options(Path root, boolean drafts, boolean warnings) {
            this(root, drafts, warnings, Optional.empty());
        }
    }

    /** What a long-running caller ({@code gloss serve}) keeps from one run to the next. Thread-safe. */
    public interface Memo {
        /** Notes and registries read from files that have not changed. */
        NoteMemo notes();

        /** A body parsed and checked by its own rules, or {@code make}'s fresh result. */
        Parsed parsed(Body body, boolean cited, Supplier<Parsed> make);

        /** The templates, or {@code make}'s fresh ones. */
        Templates templates(Supplier<Templates> make);

        Memo NONE = new Memo() {
            @Override
            public NoteMemo notes() {
                return NoteMemo.NONE;
            }

            @Override
            public Parsed parsed(Body body, boolean cited, Supplier<Parsed> make) {
                return make.get();
            }

            @Override
            public Templates templates(Supplier<Templates> make) {
                return make.get();
            }
        };
    }

    /** A parsed body and the problems its own rules found in it. */
    public record Parsed(ParsedBody body, List<Diagnostic> problems) {}

    /** Where {@code build} puts each finished page at once, instead of holding the whole site in memory. */
    @FunctionalInterface
    public interface PageSink {
        /** Called from the pipeline's worker threads. */
        void write(String file, byte[] bytes);
    }

    /**
     * A project that loaded, resolved and passed its checks: everything needed to render any page.
     * Immutable and thread-safe; rendering a page needs nothing else.
     */
    public record Prepared(SiteModel site, SiteRenderer renderer, Map<String, byte[]> assets, String basePath) {
        public List<SitePages.Spec> pages() {
            return SitePages.of(site);
        }

        /** The page, or empty when its template failed (reported to {@code diagnostics}). */
        public Optional<RenderedPage> render(SitePages.Spec page, Diagnostics diagnostics) {
            return renderer.render(page, diagnostics);
        }

        /** The machine-readable files: sitemap, robots, feed, data export, search index. */
        public Map<String, byte[]> exports() {
            return Exports.all(site);
        }
    }

    /** Load, parse, resolve, check. Empty when there were errors (all of them are in {@code diagnostics}). */
    public Optional<Prepared> prepare(Options options, Diagnostics diagnostics) {
        Path root = options.root();
        TemplateFolder templatesDir = TemplateFolder.of(root); // the project's own, or those Gloss ships
        // FreeMarker's start-up and template parsing run beside content loading (a cold JVM spends a
        // good part of a small build on them); problems are reported below.
        CompletableFuture<Templates> templatesLater = CompletableFuture.supplyAsync(() -> {
            return memo.templates(() -> {
                try {
                    Templates t = new Templates(templatesDir, Path.of("templates"));
                    t.parseAll();
                    return t;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
        Optional<Content> loaded = timings.time("load content",
                () -> new ContentLoader(root, options.drafts(), diagnostics, memo.notes()).load());
        if (loaded.isEmpty()) return Optional.empty();
        Content content = options.baseUrl().map(u -> loaded.get().withExplainer(loaded.get().explainer().withBaseUrl(u)))
                .orElse(loaded.get());
        Map<Body, ParsedBody> parsed = timings.time("parse Markdown", () -> parseAndCheck(content, diagnostics));

        Templates templates;
        Map<String, byte[]> assets;
        try {
            long start = System.nanoTime();
            templates = templatesLater.join();
            templates.reportSyntaxErrors(diagnostics);
            assets = Assets.read(templatesDir, diagnostics);
            timings.add("templates, assets", System.nanoTime() - start);
        } catch (IOException | CompletionException e) {
            String why = e instanceof CompletionException c && c.getCause() instanceof UncheckedIOException u
                    ? u.getCause().getMessage() : e.getMessage();
            diagnostics.error(Location.of(Path.of("templates")), "cannot read templates: " + why);
            return Optional.empty();
        }
        Set<String> otherFiles = new HashSet<>(assets.keySet());
        otherFiles.addAll(Exports.FILES);
        SiteModel site = timings.time("resolve", () -> Resolver.resolve(content, parsed, otherFiles, diagnostics));
        if (options.warnings()) Warnings.collect(site, LocalDate.now(ZoneOffset.UTC), diagnostics);
        assets = Redirects.with(site, assets, diagnostics); // aliases: the old addresses of renamed notes redirect
        if (diagnostics.hasErrors()) return Optional.empty();
        String basePath = Optional.ofNullable(URI.create(content.explainer().baseUrl()).getPath()).orElse("/");
        return Optional.of(new Prepared(site, new SiteRenderer(site, markdown, templates), assets, basePath));
    }

    /**
     * The whole site: every page rendered (in parallel, each handed to {@code sink} as soon as it is
     * made), the links the templates wrote checked, and the other files (assets and exports) returned.
     * Empty when there were errors. Pages of a build that then fails have gone to the sink all the
     * same: it must be a staging area that is thrown away on failure.
     */
    public Optional<Map<String, byte[]>> build(Options options, Diagnostics diagnostics, PageSink sink) {
        Optional<Prepared> prepared = prepare(options, diagnostics);
        if (prepared.isEmpty()) return Optional.empty();
        Prepared p = prepared.get();
        List<PageLinks> links = timings.time("render", () -> p.pages().parallelStream()
                .map(spec -> p.render(spec, diagnostics).map(page -> {
                    String file = Urls.file(page.url());
                    sink.write(file, page.html().getBytes(StandardCharsets.UTF_8));
                    return PageLinks.of(file, page.template(), page.html());
                }))
                .flatMap(Optional::stream).toList());
        if (diagnostics.hasErrors()) return Optional.empty();
        Map<String, byte[]> files = new TreeMap<>(p.assets());
        Set<String> otherFiles = new HashSet<>(files.keySet());
        otherFiles.addAll(Exports.FILES);
        timings.time("check links", () -> new LinkChecker(links, otherFiles, p.basePath())
                .check(links, Path.of("templates"), diagnostics));
        if (diagnostics.hasErrors()) return Optional.empty();
        files.putAll(timings.time("exports", p::exports));
        return Optional.of(files);
    }

    /** The whole site in memory, pages and other files by path; empty when there were errors. */
    public Optional<Map<String, byte[]>> run(Options options, Diagnostics diagnostics) {
        Map<String, byte[]> pages = new java.util.concurrent.ConcurrentHashMap<>();
        return build(options, diagnostics, pages::put).map(others -> {
            Map<String, byte[]> all = new TreeMap<>(pages);
            all.putAll(others);
            return all;
        });
    }

    /** Provisions and reactions must cite a source in every paragraph; pages need not. */
    private static boolean needsCitations(Body body) {
        String file = body.start().file().toString().replace('\\', '/');
        return file.startsWith("content/provisions/") || file.startsWith("content/reactions/");
    }

    /** Every body parsed (in parallel: it dominates large sites) and checked by its own rules. */
    private Map<Body, ParsedBody> parseAndCheck(Content content, Diagnostics diagnostics) {
        record Job(Body body, boolean cited) {}
        List<Job> jobs = new ArrayList<>();
        for (Provision p : content.provisions()) jobs.add(new Job(p.body(), true));
        for (Reaction r : content.reactions()) jobs.add(new Job(r.body(), true));
        content.pages().forEach(p -> jobs.add(new Job(p.body(), false)));
        content.home().ifPresent(b -> jobs.add(new Job(b, false)));
        content.standing().ifPresent(s -> jobs.add(new Job(s.body(), true))); // facts of the day: cited like a note
        content.documents().forEach(d -> d.notes().ifPresent(b -> jobs.add(new Job(b, true))));
        for (Body orphan : content.gaps().orphans()) jobs.add(new Job(orphan, needsCitations(orphan)));
        // Drafts left out are checked too; their problems are warnings, so they never stop the build.
        for (Body draft : content.gaps().draftBodies()) {
            Diagnostics own = new Diagnostics();
            BodyRules.check(markdown.parse(draft), needsCitations(draft), own);
            own.sorted().forEach(d -> diagnostics.add(d.isError() ? d.inDraft() : d));
        }
        List<Parsed> results = jobs.parallelStream().map(j -> memo.parsed(j.body(), j.cited(), () -> {
            ParsedBody pb = markdown.parse(j.body());
            Diagnostics own = new Diagnostics();
            BodyRules.check(pb, j.cited(), own);
            CitationProblems.find(pb).forEach(own::add);
            return new Parsed(pb, own.sorted());
        })).toList();
        // Keyed by this load's bodies: a memo may answer with the parse of an equal body read earlier.
        Map<Body, ParsedBody> out = new IdentityHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            out.put(jobs.get(i).body(), results.get(i).body());
            results.get(i).problems().forEach(diagnostics::add);
        }
        return out;
    }
}
