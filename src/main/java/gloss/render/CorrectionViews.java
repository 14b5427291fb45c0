package gloss.render;

import gloss.content.Correction;
import gloss.site.CorrectionLog;
import gloss.site.SiteModel;

import java.util.List;

/** The view records of corrections: those of one page, and the whole log for the corrections page. */
final class CorrectionViews {
    /** The free page that lists the log under its own text. */
    static final String LOG_PAGE = "corrections";

    private CorrectionViews() {}

    /** A page's own corrections, in the order written; their sources are numbered among the page's citations. */
    static List<View.CorrectionView> of(List<Correction> corrections, PageCitations refs) {
        return corrections.stream().map(c -> view(c, null, null, refs)).toList();
    }

    /** Every correction of the explainer, newest first, each with a link to the corrected page. */
    static List<View.CorrectionView> log(SiteModel site, PageCitations refs) {
        return CorrectionLog.collect(site).stream()
                .map(e -> view(e.correction(), e.title(), e.url(), refs)).toList();
    }

    private static View.CorrectionView view(Correction c, String pageTitle, String pageUrl, PageCitations refs) {
        return new View.CorrectionView(gloss.text.Dates.longForm(c.date()), c.date().toString(), c.was(), c.now(),
                refs.markers(c.sources()), pageTitle, pageUrl);
    }
}
