package gloss.export;

import gloss.content.Actor;
import gloss.content.Event;
import gloss.content.Page;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Source;
import gloss.content.Topic;
import gloss.markdown.Headings;
import gloss.render.Json;
import gloss.site.SiteModel;
import gloss.site.Titles;
import gloss.site.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * search/index.json: one document per provision, reaction, actor, topic, event, free page and source,
 * made from the model (titles, summaries, the plain text of bodies) at build time, so search works
 * offline from any static server. URLs are relative to the site root.
 */
public final class SearchIndex {
    private SearchIndex() {}

    private record Entry(String url, String kind, String title, String text) {}

    public static String write(SiteModel site) {
        String label = site.content().explainer().provisionLabel();
        List<Entry> entries = new ArrayList<>();
        for (Provision p : site.provisions().values()) {
            entries.add(new Entry(Urls.provision(p.slug()), "Provision", Titles.provision(p, label),
                    p.summary() + " " + p.text() + " " + text(site, p.body())));
        }
        for (Reaction r : site.content().reactions()) {
            entries.add(new Entry(Urls.reaction(r.slug()), "Reaction", Titles.reaction(r, site.actorOf(r)),
                    r.summary().orElse("") + " " + r.quote().orElse("") + " " + text(site, r.body())));
        }
        for (Actor a : site.actors().values()) {
            entries.add(new Entry(Urls.actor(a.id()), "Actor", a.name(), a.role() + " " + a.organisation() + " " + a.country()));
        }
        for (Topic t : site.topics().values()) entries.add(new Entry(Urls.topic(t.id()), "Topic", t.title(), t.summary()));
        for (Event e : site.content().events()) {
            entries.add(new Entry(Urls.timeline() + "#" + Urls.eventAnchor(e), "Event", e.title(), e.summary()));
        }
        for (Page p : site.content().pages()) entries.add(new Entry(Urls.page(p.slug()), "Page", p.title(), text(site, p.body())));
        for (Source s : site.sources().values()) {
            entries.add(new Entry(Urls.source(s.id()), "Source", s.publisher() + ": " + s.title(), s.note().orElse("")));
        }
        List<Map<String, Object>> docs = entries.stream().sorted(Comparator.comparing(Entry::url)).map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("u", e.url());
            m.put("k", e.kind());
            m.put("t", e.title());
            m.put("x", e.text().strip().replaceAll("\\s+", " "));
            return m;
        }).toList();
        return Json.write(docs) + "\n";
    }

    private static String text(SiteModel site, gloss.content.Body body) {
        return Headings.text(site.body(body).parsed().document());
    }
}
