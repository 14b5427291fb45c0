package gloss.serve.incremental;

import gloss.build.Reuse;
import gloss.content.Body;
import gloss.content.Diagnostics;
import gloss.load.NoteMemo;
import gloss.markdown.ParsedBody;
import gloss.postprocess.ProcessedPage;
import gloss.render.Templates;
import gloss.site.SiteModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link Reuse} hooks of an incremental build: notes not touched since they were read, bodies
 * already parsed, pages whose inputs did not change (see {@link PageCache}). Protocol, on one thread:
 * {@link #changed} with what the watcher reported, a pipeline run, then {@link #finished}.
 */
final class Caches implements Reuse {
    private final Path root;
    private final NoteCache notes = new NoteCache();
    private final BodyCache bodies = new BodyCache();
    private final PageCache pages = new PageCache();
    private Templates templates;

    /** {@code root}: the project folder, absolute and normalised like the paths the watcher reports. */
    Caches(Path root) {
        this.root = root;
    }

    /**
     * Forgets what depends on {@code paths}: a note read from them; every page for a template. An asset
     * (templates/assets/) is copied as it is and pages only link to it, so its change makes every page's
     * links be checked again, not every page be rendered again: a style sheet tweak stays cheap.
     */
    void changed(Collection<Path> paths) {
        Path assets = root.resolve("templates").resolve("assets");
        for (Path p : paths) {
            if (p.startsWith(assets) && !p.equals(assets)) {
                pages.checkAllLinksNextTime();
            } else if (p.startsWith(root.resolve("templates"))) {
                pages.clear(); // templates shape every page
                templates = null;
            } else if (p.startsWith(root.resolve("content"))) {
                notes.evict(p);
            } else {
                forgetAll();
            }
        }
    }

    /**
     * After a build: keeps its pages (each with its own diagnostics) and forgets the notes and bodies a
     * diagnostic points at, so that their problems are reported again by the next build.
     */
    void finished(Diagnostics diagnostics) {
        Set<Path> shown = diagnostics.sorted().stream().map(d -> d.location().file()).collect(Collectors.toSet());
        for (Path file : shown) notes.evict(root.resolve(file).normalize());
        bodies.finish(shown);
        pages.finish();
    }

    /** After a crash of the pipeline (a bug, an I/O failure) or lost watch events: trust nothing kept. */
    void forgetAll() {
        notes.clear();
        bodies.clear();
        pages.clear();
        templates = null;
    }

    /** How many pages the last build rendered; the rest were reused. */
    int pagesRendered() {
        return pages.rendered();
    }

    @Override
    public NoteMemo notes() {
        return notes;
    }

    /** Kept until a template changes: a new FreeMarker configuration would parse every template again. */
    @Override
    public Templates templates(TemplatesMaker make) throws IOException {
        if (templates == null) templates = make.make();
        return templates;
    }

    @Override
    public ParsedBody parse(Body body, boolean cited, Supplier<ParsedBody> parseAndCheck) {
        return bodies.parse(body, cited, parseAndCheck);
    }

    @Override
    public List<ProcessedPage> pages(SiteModel site, Map<Body, ParsedBody> parsed, Diagnostics diagnostics,
                                     Renderers renderers) {
        return pages.pages(site, parsed, diagnostics, renderers);
    }

    @Override
    public void checkLinks(List<ProcessedPage> all, String basePath, Diagnostics diagnostics, LinkCheck check) {
        pages.checkLinks(all, basePath, diagnostics, check);
    }
}
