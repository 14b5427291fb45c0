package gloss.serve.incremental;

import gloss.build.Reuse;
import gloss.content.Body;
import gloss.content.Diagnostic;
import gloss.content.Diagnostics;
import gloss.markdown.ParsedBody;
import gloss.postprocess.LinkChecker;
import gloss.postprocess.PostProcessor;
import gloss.postprocess.ProcessedPage;
import gloss.render.PageRefs;
import gloss.render.RenderedPage;
import gloss.render.SiteRenderer;
import gloss.render.SiteRenderer.PageJob;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The pages of the last build, each with what it was made from: the record it presents (its subject),
 * what it read from the model while it rendered (see {@link Recorder}), and what it produced (the
 * page, or nothing, and its diagnostics). The next build renders again only the pages whose subject or
 * reads changed ({@link ModelChanges}), and the sources page only when the titles or citations of the
 * other pages changed as well. Since a page's diagnostics are kept with it, pages are reused after a
 * failed build too: one typo in a large project does not make every save a full rebuild.
 *
 * <p>Links are checked again on the pages rendered in this build and on those that link to a page
 * that appeared, disappeared or got other ids (see {@link #checkLinks}). Used by one build at a time.
 */
final class PageCache {
    /** One page's inputs and outputs. {@code page} is empty when the page failed to render. */
    private record Entry(String url, Object subject, Reads reads, Optional<ProcessedPage> page,
                         List<Diagnostic> diagnostics) {}

    /** What the sources page reads from the other pages. */
    private record Citing(String url, String title, String template, List<String> sources) {}

    private record State(ModelChanges.Snapshot model, Map<String, Entry> pages, List<Citing> citing,
                         String basePath, Map<String, Set<String>> targets, Map<String, List<Diagnostic>> linkProblems) {}

    private State committed;
    private State staged;
    private Set<ProcessedPage> fresh = Set.of();
    private final Map<ProcessedPage, Entry> byPage = new IdentityHashMap<>();
    private boolean trusted = true;
    private boolean checkAllLinks;
    private int rendered;

    List<ProcessedPage> pages(SiteModel site, Map<Body, ParsedBody> parsed, Diagnostics diagnostics,
                              Reuse.Renderers renderers) {
        State last = committed;
        ModelChanges.Snapshot now = ModelChanges.Snapshot.of(site, parsed);
        ModelChanges changes = last == null ? ModelChanges.all() : ModelChanges.between(last.model(), now);
        Recorder recorder = new Recorder();
        Recording recording = Recording.of(site, parsed, recorder);
        // Each page gets a renderer of its own, which reports to the page's own diagnostics: a renderer
        // may remember views across the pages it makes (it does, for provision links), and a page must
        // not get another page's reads for free.
        Renderer make = problems -> renderers.make(recording.site(), recording.parsed(), problems);
        List<PageJob> jobs = make.with(new Diagnostics()).jobs();

        Set<String> urls = new HashSet<>();
        boolean duplicates = false;
        Entry[] reused = new Entry[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            PageJob job = jobs.get(i);
            duplicates |= !urls.add(job.url());
            Entry old = last == null ? null : last.pages().get(job.url());
            if (old != null && Same.output(old.subject(), job.subject()) && !changes.touches(old.reads())) reused[i] = old;
        }
        recorder.rendering(true);
        List<Entry> entries = new ArrayList<>(IntStream.range(0, jobs.size()).parallel()
                .mapToObj(i -> reused[i] != null ? reused[i] : render(jobs.get(i).url(),
                        problems -> recorder.ignoring(() -> make.with(problems).jobs()).get(i), recorder))
                .toList());

        List<RenderedPage> others = entries.stream().flatMap(e -> e.page().stream()).map(ProcessedPage::page).toList();
        List<Citing> citing = citing(others);
        Entry oldSources = last == null ? null : last.pages().get(Urls.sources());
        if (oldSources != null && citing.equals(last.citing()) && !changes.touches(oldSources.reads())) {
            entries.add(oldSources);
        } else {
            entries.add(render(Urls.sources(), problems -> new PageJob(Urls.sources(), null,
                    () -> make.with(problems).renderSources(others)), recorder));
        }
        recorder.rendering(false);

        Map<String, Entry> byUrl = new LinkedHashMap<>();
        Set<ProcessedPage> made = Collections.newSetFromMap(new IdentityHashMap<>());
        byPage.clear();
        int count = 0;
        for (Entry e : entries) {
            e.diagnostics().forEach(diagnostics::add);
            byUrl.put(e.url(), e);
            boolean isNew = last == null || last.pages().get(e.url()) != e;
            if (isNew) count++;
            e.page().ifPresent(p -> {
                byPage.put(p, e);
                if (isNew) made.add(p);
            });
        }
        fresh = made;
        rendered = count;
        trusted = !duplicates && !recorder.leaked();
        staged = new State(now, byUrl, citing, null, Map.of(), Map.of());
        return entries.stream().flatMap(e -> e.page().stream()).toList();
    }

    private interface Renderer {
        SiteRenderer with(Diagnostics problems);
    }

    private interface Job {
        PageJob with(Diagnostics problems);
    }

    private static Entry render(String url, Job fresh, Recorder recorder) {
        Diagnostics problems = new Diagnostics();
        PageJob job = fresh.with(problems);
        if (!job.url().equals(url)) {
            throw new IllegalStateException("SiteRenderer.jobs() is not deterministic: " + url + " became " + job.url());
        }
        Recorder.Recorded<Optional<RenderedPage>> r = recorder.record(() -> job.render().get());
        Optional<ProcessedPage> page = r.value().map(PostProcessor::process);
        return new Entry(url, job.subject(), r.reads(), page, problems.sorted());
    }

    private static List<Citing> citing(List<RenderedPage> pages) {
        return pages.stream().sorted(Comparator.comparing(RenderedPage::url))
                .map(p -> new Citing(p.url(), p.title(), p.template(), p.citedSources())).toList();
    }

    /**
     * Checks the links of the pages rendered in this build and of the reused pages that link to a page
     * that is new, gone or has other ids than before; every page after a change of the site's base path
     * or of an asset.
     * Each page's link problems are kept with it, so a page that is not checked again reports what it
     * reported before, exactly as a full check would.
     */
    void checkLinks(List<ProcessedPage> pages, String basePath, Diagnostics diagnostics, Reuse.LinkCheck check) {
        State last = committed;
        boolean sameBase = last != null && basePath.equals(last.basePath());
        Map<String, Set<String>> targets = new HashMap<>();
        List<ProcessedPage> missing = new ArrayList<>();
        for (ProcessedPage p : pages) {
            Set<String> known = sameBase && !fresh.contains(p) ? last.targets().get(p.page().url()) : null;
            if (known != null) targets.put(p.page().url(), known);
            else missing.add(p);
        }
        missing.parallelStream().map(p -> Map.entry(p.page().url(), targets(p, basePath))).toList()
                .forEach(e -> targets.put(e.getKey(), e.getValue()));

        boolean narrow = sameBase && !checkAllLinks;
        checkAllLinks = false;
        Set<String> changedFiles = narrow ? changedFiles(last, pages) : Set.of();
        Map<String, List<Diagnostic>> problems = new HashMap<>();
        List<ProcessedPage> recheck = new ArrayList<>();
        for (ProcessedPage p : pages) {
            String url = p.page().url();
            List<Diagnostic> before = narrow && !fresh.contains(p) ? last.linkProblems().get(url) : null;
            Set<String> leadsTo = targets.get(url);
            if (before != null && changedFiles.stream().noneMatch(leadsTo::contains)) problems.put(url, before);
            else recheck.add(p);
        }
        recheck.parallelStream().map(p -> {
            Diagnostics own = new Diagnostics();
            check.check(List.of(p), own);
            return Map.entry(p.page().url(), own.sorted());
        }).toList().forEach(e -> problems.put(e.getKey(), e.getValue()));
        problems.values().forEach(list -> list.forEach(diagnostics::add));
        if (staged != null) {
            staged = new State(staged.model(), staged.pages(), staged.citing(), basePath, targets, problems);
        }
    }

    /** Site files that appeared, disappeared, or were rendered again with other ids since the last build. */
    private Set<String> changedFiles(State last, List<ProcessedPage> pages) {
        Set<String> changed = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (ProcessedPage p : pages) {
            String url = p.page().url();
            present.add(url);
            Optional<ProcessedPage> before = Optional.ofNullable(last.pages().get(url)).flatMap(Entry::page);
            if (before.isEmpty() || (fresh.contains(p) && !before.get().ids().equals(p.ids()))) {
                changed.add(Urls.file(url));
            }
        }
        for (Entry e : last.pages().values()) {
            if (e.page().isPresent() && !present.contains(e.url())) changed.add(Urls.file(e.url()));
        }
        return changed;
    }

    /** Every site file a page's links and cross-reference anchors lead to. */
    private static Set<String> targets(ProcessedPage p, String basePath) {
        Set<String> out = new HashSet<>();
        String from = Urls.file(p.page().url());
        for (String link : p.links()) {
            String target = LinkChecker.targetFile(from, link, basePath);
            if (target != null) out.add(target);
        }
        for (PageRefs.AnchorRef a : p.page().anchors()) out.add(a.targetFile());
        return Set.copyOf(out);
    }

    /**
     * Keeps this build's pages for the next one, whether or not it succeeded: they are reused only where
     * their inputs are unchanged, and they bring their diagnostics with them.
     */
    void finish() {
        if (staged != null) committed = trusted && staged.basePath() != null ? staged : null;
        staged = null;
        fresh = Set.of();
        byPage.clear();
    }

    /** The next build checks the links of every page (an asset may have appeared or gone). */
    void checkAllLinksNextTime() {
        checkAllLinks = true;
    }

    /** Forgets every page (after a template change, or a crash): the next build renders them all. */
    void clear() {
        committed = null;
        staged = null;
        fresh = Set.of();
        byPage.clear();
    }

    /** How many pages the last build rendered (the others were reused). */
    int rendered() {
        return rendered;
    }
}
