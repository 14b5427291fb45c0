package gloss.export;

import gloss.content.Explainer;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.site.CorrectionLog;
import gloss.site.PageDates;
import gloss.site.Titles;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * feed.xml: an Atom entry per reaction, per provision and per correction (dated by the correction). A
 * note's entry is published when the note was added and updated when it last changed (see
 * {@link PageDates}), so a reaction added today is new today, whatever day it was said. Entry
 * ids are tag: URIs built from the site's host and the note's file name (for a correction: the corrected
 * page, its date and its place among that day's corrections of the page), so they stay the same when
 * titles or the base path change.
 */
public final class AtomFeed {
    private AtomFeed() {}

    private record Entry(String id, String title, String url, LocalDate published, LocalDate updated, String summary) {}

    public static String write(SiteModel site) {
        Explainer e = site.content().explainer();
        String host = URI.create(e.baseUrl()).getHost();
        String tag = "tag:" + host + "," + e.published().getYear() + ":";
        PageDates dates = new PageDates(site);
        List<Entry> entries = new ArrayList<>();
        for (Reaction r : site.content().reactions()) {
            String actor = site.actorOf(r).map(gloss.content.Actor::name).orElse(r.actor().id());
            entries.add(new Entry(tag + "reaction/" + r.slug(), Titles.reaction(r, site.actorOf(r)),
                    e.baseUrl() + Urls.reaction(r.slug()), dates.added(r), dates.changed(r), r.summary().orElse(actor + ", " + r.medium())));
        }
        for (Provision p : site.provisions().values()) {
            entries.add(new Entry(tag + "provision/" + p.slug(), Titles.provision(p, e.provisionLabel()),
                    e.baseUrl() + Urls.provision(p.slug()), dates.added(p), dates.changed(p), p.summary()));
        }
        Map<String, Integer> sameDay = new HashMap<>();
        for (CorrectionLog.Entry c : CorrectionLog.collect(site)) {
            String page = c.url().replace("#", "");
            String key = page + c.correction().date();
            int n = sameDay.merge(key, 1, Integer::sum);
            entries.add(new Entry(tag + "correction/" + page + "/" + c.correction().date() + "/" + n, "Correction: " + c.title(),
                    e.baseUrl() + c.url(), c.correction().date(), c.correction().date(),
                    "What was wrong: " + c.correction().was() + " What it says now: " + c.correction().now()));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.text(e.language())).append("\">\n")
                .append("  <id>").append(Xml.text(tag + "feed")).append("</id>\n")
                .append("  <title>").append(Xml.text(e.title())).append("</title>\n")
                .append("  <subtitle>").append(Xml.text(e.subtitle())).append("</subtitle>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.text(e.baseUrl() + "feed.xml")).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.text(e.baseUrl())).append("\"/>\n")
                .append("  <updated>").append(entries.isEmpty() ? e.published() : entries.get(0).updated()).append("T00:00:00Z</updated>\n");
        for (String author : e.authors()) out.append("  <author><name>").append(Xml.text(author)).append("</name></author>\n");
        for (Entry en : entries) {
            out.append("  <entry>\n")
                    .append("    <id>").append(Xml.text(en.id())).append("</id>\n")
                    .append("    <title>").append(Xml.text(en.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.text(en.url())).append("\"/>\n")
                    .append("    <published>").append(en.published()).append("T00:00:00Z</published>\n")
                    .append("    <updated>").append(en.updated()).append("T00:00:00Z</updated>\n")
                    .append("    <summary>").append(Xml.text(en.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }
}
