package gloss.serve.incremental;

import gloss.build.Pipeline;
import gloss.content.Diagnostics;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Rebuilds a project after changes, doing again only what the changes affect. It runs the ordinary
 * {@link Pipeline} with caches plugged into it, so an incremental build takes the very same steps as a
 * full one and skips only work whose inputs did not change: notes that were not touched are not read
 * again, unchanged bodies are not parsed again, unchanged pages are not rendered again. Resolving the
 * model, indexing links and the exports run as in {@code build}. Not thread-safe: one caller rebuilds.
 */
public final class IncrementalBuild {
    private final Pipeline.Options options;
    private final Caches caches;
    private final Pipeline pipeline;

    public IncrementalBuild(Pipeline.Options options) {
        Path root = options.root().toAbsolutePath().normalize();
        this.options = new Pipeline.Options(root, options.drafts(), options.warnings());
        this.caches = new Caches(root);
        this.pipeline = new Pipeline(caches);
    }

    public Path root() {
        return options.root();
    }

    /**
     * Builds again after {@code changed} (absolute paths of files or folders under the root; the first
     * build needs none). Empty when there were errors, all of them in {@code diagnostics}, exactly as a
     * full build would report them.
     */
    public Optional<Pipeline.Pages> rebuild(Collection<Path> changed, Diagnostics diagnostics) {
        caches.changed(changed);
        Optional<Pipeline.Pages> pages;
        try {
            pages = pipeline.runPages(options, diagnostics);
        } catch (RuntimeException | Error e) {
            caches.forgetAll();
            throw e;
        }
        caches.finished(diagnostics);
        return pages;
    }

    /** How many pages the last build rendered; it reused the others. */
    public int pagesRendered() {
        return caches.pagesRendered();
    }
}
