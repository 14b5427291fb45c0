package gloss.postprocess;

import gloss.render.RenderedPage;

import java.util.List;
import java.util.Set;

/** A page after post-processing: final HTML plus the ids it defines and the site-internal links it holds. */
public record ProcessedPage(RenderedPage page, String html, Set<String> ids, List<String> links,
                            List<SearchEntry> search) {}
