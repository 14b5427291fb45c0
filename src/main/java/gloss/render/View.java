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

    /**
     * A provision on the page that gives the whole document in order: {@code versions} are the later versions
     * whose treatment of it is known, {@code versionsUnknown} how many others there are.
     */
    public record PlanPoint(ProvisionLink provision, String anchor, String text, TemplateScalarModel markers,
                            List<PlanVersion> versions, int versionsUnknown) {}

    /** What one later version did with a provision, linked to that row of the provision's page. */
    public record PlanVersion(String document, String date, String status, String statusLabel, String number,
                              String url) {}

    public record Crumb(String title, String url) {}

    /** Who writes the explainer ("the Gloss editors", or names joined with "and") and the address that reaches them. */
    public record Desk(String authors, String contact) {}

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

    /** A provision as lists show it; {@code gist} is its one line in the home page's list (the summary when it has none). */
    public record ProvisionLink(int number, String title, String summary, String gist, String url, int reactions,
                                boolean disputed, boolean weak, List<TopicLink> topics) {}

    /** The home page's dated "where things stand" box. */
    public record Standing(String title, String date, String isoDate, TemplateScalarModel body) {}

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

    /**
     * A timeline event; {@code provisions}, {@code reactions} and {@code actors} are what it links to (the
     * timeline shows them; other pages list the event with {@link EventLink}).
     */
    public record EventView(String anchor, String date, String isoDate, String title, String summary,
                            TemplateScalarModel markers, List<CorrectionView> corrections, List<ProvisionLink> provisions,
                            List<ReactionLink> reactions, List<Crumb> actors) {}

    /** A timeline event as a page it concerns lists it: "21 Nov 2025: Zelenskyy addresses the nation". */
    public record EventLink(String url, String title, String date, String isoDate) {}

    /** A part of a long list with its own heading and anchor ({@code id}); {@code shortLabel} names it in the jump list. */
    public record Group<T>(String id, String label, String shortLabel, List<T> items) {}

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

    /** One later version on the versions page: which provisions it kept, changed, removed, merged or left unknown. */
    public record VersionSummary(DocumentView document, List<StatusGroup> groups) {}

    public record StatusGroup(String status, String label, List<ProvisionLink> provisions) {}

    public record ComparisonRow(ProvisionLink provision, List<ComparisonCell> cells) {}

    public record DocumentPoint(ProvisionLink provision, String status, String statusLabel, String number,
                                String mergedInto) {}

    /** One reaction in a matrix cell: who (actor), when ({@code date}, {@code isoDate}), which stance. */
    public record CellEntry(String stance, String stanceLabel, String url, String actor, String date, String isoDate) {}

    /** A country's row: a cell per matrix column, and how many of its reactions concern the whole document. */
    public record MatrixRow(String country, String url, List<List<CellEntry>> cells, int whole) {}

    /** A stance with what it means (the methodology's rubric). */
    public record StanceView(String key, String label, String definition, String url) {}

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
