package gloss.build;

import gloss.content.Body;
import gloss.content.Diagnostics;
import gloss.load.NoteMemo;
import gloss.markdown.ParsedBody;
import gloss.postprocess.PostProcessor;
import gloss.postprocess.ProcessedPage;
import gloss.render.SiteRenderer;
import gloss.render.Templates;
import gloss.site.SiteModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What a long-running caller ({@code gloss serve}) may carry from one build to the next. Each hook is
 * handed the work a full build does and may answer from memory instead, provided the answer is the
 * same; {@link #NONE} does the work every time, which is what {@code build} and {@code check} use.
 * Hooks run on the pipeline's worker threads and must be thread-safe.
 */
public interface Reuse {
    /** Notes read by the loader. */
    NoteMemo notes();

    /** A body parsed and checked by {@code parseAndCheck}. */
    ParsedBody parse(Body body, boolean cited, Supplier<ParsedBody> parseAndCheck);

    /** Makes the templates. */
    interface TemplatesMaker {
        Templates make() throws IOException;
    }

    /** The templates (FreeMarker parses each one on first use, so keeping them saves that). */
    Templates templates(TemplatesMaker make) throws IOException;

    /** Makes a renderer; each may remember views across the pages it renders, so serve uses one per page. */
    interface Renderers {
        SiteRenderer make(SiteModel site, Map<Body, ParsedBody> parsed, Diagnostics diagnostics);
    }

    /** Every page, rendered and post-processed, in {@link SiteRenderer#jobs()} order, then the sources page. */
    List<ProcessedPage> pages(SiteModel site, Map<Body, ParsedBody> parsed, Diagnostics diagnostics, Renderers renderers);

    /** Checks the links of some pages, reporting to {@code diagnostics}. */
    interface LinkCheck {
        void check(Collection<ProcessedPage> pages, Diagnostics diagnostics);
    }

    /** Checks the links of every page (serve checks only pages whose links or link targets changed). */
    void checkLinks(List<ProcessedPage> pages, String basePath, Diagnostics diagnostics, LinkCheck check);

    Reuse NONE = new Reuse() {
        @Override
        public NoteMemo notes() {
            return NoteMemo.NONE;
        }

        @Override
        public ParsedBody parse(Body body, boolean cited, Supplier<ParsedBody> parseAndCheck) {
            return parseAndCheck.get();
        }

        @Override
        public Templates templates(TemplatesMaker make) throws IOException {
            return make.make();
        }

        @Override
        public List<ProcessedPage> pages(SiteModel site, Map<Body, ParsedBody> parsed, Diagnostics diagnostics,
                                         Renderers renderers) {
            return renderAll(renderers.make(site, parsed, diagnostics), UnaryOperator.identity());
        }

        @Override
        public void checkLinks(List<ProcessedPage> pages, String basePath, Diagnostics diagnostics, LinkCheck check) {
            check.check(pages, diagnostics);
        }
    };

    /**
     * Renders and post-processes every page in parallel, each page as soon as it is rendered (so its raw
     * HTML is garbage at once), then the sources page; {@code finish} runs on each page in the worker
     * that made it ({@code build} writes the page there and keeps only what the link checker needs).
     */
    static List<ProcessedPage> renderAll(SiteRenderer renderer, UnaryOperator<ProcessedPage> finish) {
        List<ProcessedPage> pages = new ArrayList<>(renderer.jobs().parallelStream()
                .flatMap(j -> j.render().get().stream()).map(PostProcessor::process).map(finish).toList());
        renderer.renderSources(pages.stream().map(ProcessedPage::page).toList())
                .map(PostProcessor::process).map(finish).ifPresent(pages::add);
        return pages;
    }
}
