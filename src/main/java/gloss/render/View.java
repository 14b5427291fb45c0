package gloss.render;

import gloss.text.Dates;
import freemarker.template.TemplateScalarModel;
import gloss.content.Actor;
import gloss.content.Source;
import gloss.content.SourceKind;
import gloss.text.Dates;
import gloss.content.WebAddress;

import java.util.List;

/**
 * The records templates see. They hold display-ready strings and root-relative URLs (templates prefix
 * {@code meta.root}); optional values are null and templates test them with {@code ??}.
 */
public final class View {
    private View() {}

    public record Meta(String title, String fullTitle, String description, String canonical, String root,
                       String url, String lang, String siteTitle, String siteSubtitle, String publisher,
                       String ogType, String published, String modified, String modifiedLabel, String jsonLd,
                       List<Crumb> crumbs, String section, boolean draft) {
        /** The same page with links starting from {@code root} (the 404 page is served at any address). */
        public Meta withRoot(String root) {
            return new Meta(title, fullTitle, description, canonical, root, url, lang, siteTitle, siteSubtitle, publisher,
                    ogType, published, modified, modifiedLabel, jsonLd, crumbs, section, draft);
        }
    }

    /** One entry of a page's "On this page" list. */
    public record TocEntry(String id, String title) {}

    /** A provision on the page that gives the whole document in order. */
    public record PlanPoint(ProvisionLink provision, String anchor, String text, TemplateScalarModel markers,
                            String versions) {}

    public record Crumb(String title, String url) {}

    /** The picture a shared link shows (og:image): absolute address, size in pixels, and what it shows in words. */
    public record SocialImage(String url, int width, int height, String alt) {}

    public record Use(String letter, String id, String locator) {}

    /**
     * A source as a reference shows it. {@code url} is where the headline leads (the publisher's own page when
     * known); {@code via} says which site the copy consulted is on, and {@code viaUrl} links that copy when the
     * headline leads elsewhere. {@code site} and {@code archiveSite} name the sites the links lead to (reuters.com):
     * what a printed page shows instead of the whole address. {@code entryUrl} is the source's entry on the sources page.
     */
    public record SourceView(String id, String publisher, String title, String author, String date, String isoDate,
                             String url, String via, String kind, String kindLabel, boolean stateMedia,
                             boolean lowReliability, String note, String titleEn, String lang, String viaUrl,
                             String archiveUrl, String accessed, String accessedIso, String site, String archiveSite,
                             String entryUrl) {}

    public record Reference(int number, SourceView source, List<Use> uses) {}

    public record CitedBy(String title, String url) {}

    public record SourceEntry(SourceView source, List<CitedBy> citedBy) {}

    public record TopicLink(String id, String title, String url) {}

    public record ProvisionLink(int number, String title, String summary, String url, int reactions,
                                boolean disputed, boolean weak, List<TopicLink> topics) {}

    public record TopicGroup(TopicLink topic, String summary, List<ProvisionLink> provisions) {}

    public record ActorView(String id, String name, String role, String organisation, String country, String url,
                            int reactions) {}

    public record ReactionCard(String slug, String url, String title, ActorView actor, String date, String isoDate,
                               String medium, String stance, String stanceLabel, String quote, TemplateScalarModel quoteMarkers,
                               String summary, boolean allProvisions, List<ProvisionLink> provisions,
                               QuoteTranslation translation) {}

    /** A quote's language ({@code lang}: its tag, {@code language}: its English name) and English translation. */
    public record QuoteTranslation(String lang, String language, String text, TemplateScalarModel markers) {}

    /** A correction; {@code pageTitle} and {@code pageUrl} are set only in the corrections log. */
    public record CorrectionView(String date, String isoDate, String was, String now, TemplateScalarModel markers,
                                 String pageTitle, String pageUrl) {}

    public record DateLabel(String label, String isoDate) {}

    public record ReactionLink(String url, String title, String actor, String date, String isoDate, String stance,
                               String stanceLabel) {}

    public record EventView(String anchor, String date, String isoDate, String title, String summary,
                            TemplateScalarModel markers, List<CorrectionView> corrections) {}

    public record Neighbour(String label, String title, String url) {}

    public record CountryGroup(String country, List<ActorView> actors) {}

    /** One choice of a filter: {@code key} is its value in the reactions index's live filter and address (?stance=supports). */
    public record Filter(String label, String url, int count, String key) {
        public Filter(String label, String url, int count) {
            this(label, url, count, label);
        }
    }

    public record DocumentView(String id, String title, String url, String date, String isoDate, String proposer,
                               String status, String statusLabel, String summary, TemplateScalarModel markers) {}

    public record VersionRow(DocumentView document, String anchor, String status, String statusLabel, String number,
                             String text, String diff, String mergedInto, TemplateScalarModel markers) {}

    public record ComparisonCell(String status, String statusLabel, String url, String number) {}

    public record ComparisonRow(ProvisionLink provision, List<ComparisonCell> cells) {}

    public record DocumentPoint(ProvisionLink provision, String status, String statusLabel, String number,
                                String mergedInto) {}

    public record CellEntry(String stance, String stanceLabel, String url, String actor, String date) {}

    public record MatrixRow(String country, String url, List<List<CellEntry>> cells, List<CellEntry> whole) {}

    static SourceView source(Source s) {
        String link = s.headlineLink().map(WebAddress::text).orElse(null);
        String copy = s.url().map(WebAddress::text).orElse(null);
        return new SourceView(s.id(), s.publisher(), s.title(), s.author().orElse(null), Dates.shortForm(s.date()),
                s.date().toString(), link, via(s), s.kind().key(), s.kind().label(),
                s.kind() == SourceKind.STATE_MEDIA, s.lowReliability(), s.note().orElse(null),
                s.titleEn().orElse(null), s.lang().orElse(null),
                s.isCopy() && copy != null && !copy.equals(link) ? copy : null,
                s.archiveUrl().map(WebAddress::text).orElse(null),
                s.accessed().map(Dates::shortForm).orElse(null), s.accessed().map(Object::toString).orElse(null),
                s.headlineLink().map(WebAddress::site).orElse(null), s.archiveUrl().map(WebAddress::site).orElse(null),
                gloss.site.Urls.source(s.id()));
    }

    /** "CNA (channelnewsasia.com)" for a copy, or just the host when the name says no more than it. */
    private static String via(Source s) {
        if (!s.isCopy()) return null;
        String name = s.via().orElseThrow();
        String host = s.url().map(WebAddress::site).orElse("");
        if (host.isEmpty() || name.toLowerCase(java.util.Locale.ROOT).contains(host)) return name;
        return name + " (" + host + ")";
    }

    static ActorView actor(Actor a, String url, int reactions) {
        return new ActorView(a.id(), a.name(), a.role(), a.organisation(), a.country(), url, reactions);
    }
}
