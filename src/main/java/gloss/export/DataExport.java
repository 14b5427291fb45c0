package gloss.export;

import gloss.content.Actor;
import gloss.content.Event;
import gloss.content.ProvisionNumber;
import gloss.content.Provision;
import gloss.content.Reaction;
import gloss.content.Ref;
import gloss.content.Source;
import gloss.content.Topic;
import gloss.render.Json;
import gloss.site.SiteModel;
import gloss.site.Urls;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** data/explainer.json: the whole explainer as data, for readers who want to reuse or check it. */
public final class DataExport {
    private DataExport() {}

    public static String write(SiteModel site) {
        var e = site.content().explainer();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", e.title());
        root.put("description", e.description());
        root.put("url", e.baseUrl());
        root.put("published", e.published().toString());
        root.put("updated", e.updated().toString());
        root.put("publisher", e.publisher());
        root.put("provisions", site.provisions().values().stream().map(p -> provision(site, p)).toList());
        root.put("reactions", site.content().reactions().stream().map(r -> reaction(site, r)).toList());
        root.put("actors", site.actors().values().stream().map(DataExport::actor).toList());
        root.put("topics", site.topics().values().stream().map(DataExport::topic).toList());
        root.put("sources", site.sources().values().stream().map(DataExport::source).toList());
        root.put("events", site.content().events().stream().map(DataExport::event).toList());
        root.put("documents", site.content().documents().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            m.put("date", d.date().toString());
            m.put("proposer", d.proposer());
            m.put("status", d.status().key());
            d.summary().ifPresent(s -> m.put("summary", s));
            m.put("sources", ids(d.sources()));
            return m;
        }).toList());
        root.put("corrections", gloss.site.CorrectionLog.collect(site).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", c.correction().date().toString());
            m.put("page", site.content().explainer().baseUrl() + c.url());
            m.put("was", c.correction().was());
            m.put("now", c.correction().now());
            m.put("sources", ids(c.correction().sources()));
            return m;
        }).toList());
        return Json.write(root) + "\n";
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    private static Map<String, Object> provision(SiteModel site, Provision p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("title", p.title());
        m.put("summary", p.summary());
        m.put("text", p.text());
        m.put("text_sources", ids(p.textSources()));
        m.put("topics", ids(p.topics()));
        m.put("weakly_sourced", p.weakSourcing());
        m.put("reactions", site.reactionsTo(p.number()).stream().map(Reaction::slug).toList());
        m.put("versions", p.versions().stream().map(v -> {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("document", v.document().id());
            vm.put("status", v.status().key());
            v.number().ifPresent(n -> vm.put("number", n));
            v.text().ifPresent(t -> vm.put("text", t));
            v.into().ifPresent(n -> vm.put("into", n));
            vm.put("sources", ids(v.sources()));
            return vm;
        }).toList());
        m.put("url", site.content().explainer().baseUrl() + Urls.provision(p.slug()));
        return m;
    }

    private static Map<String, Object> reaction(SiteModel site, Reaction r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.slug());
        m.put("actor", r.actor().id());
        m.put("date", r.date().toString());
        m.put("medium", r.medium());
        m.put("stance", r.stance().key());
        m.put("provisions", r.allProvisions() ? "all" : r.provisions().stream().map(gloss.content.ProvisionNumber::value).toList());
        r.title().ifPresent(t -> m.put("title", t));
        r.summary().ifPresent(t -> m.put("summary", t));
        r.quote().ifPresent(q -> m.put("quote", q));
        if (!r.quoteSources().isEmpty()) m.put("quote_sources", ids(r.quoteSources()));
        r.quoteLang().ifPresent(l -> m.put("quote_lang", l));
        r.quoteTranslation().ifPresent(q -> m.put("quote_translation", q));
        if (!r.quoteTranslationSources().isEmpty()) m.put("quote_translation_sources", ids(r.quoteTranslationSources()));
        m.put("sources", ids(r.sources()));
        m.put("url", site.content().explainer().baseUrl() + Urls.reaction(r.slug()));
        return m;
    }

    private static Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("role", a.role());
        m.put("organisation", a.organisation());
        m.put("country", a.country());
        return m;
    }

    private static Map<String, Object> topic(Topic t) {
        // Not Map.of: its iteration order changes from one JVM run to the next, and so would the export's bytes.
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("summary", t.summary());
        return m;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("publisher", s.publisher());
        m.put("title", s.title());
        s.titleEn().ifPresent(t -> m.put("title_en", t));
        s.lang().ifPresent(l -> m.put("lang", l));
        s.author().ifPresent(a -> m.put("author", a));
        m.put("date", s.date().toString());
        s.url().ifPresent(u -> m.put("url", u.text()));
        s.originalUrl().ifPresent(u -> m.put("original_url", u.text()));
        s.archiveUrl().ifPresent(u -> m.put("archive_url", u.text()));
        s.accessed().ifPresent(a -> m.put("accessed", a.toString()));
        m.put("kind", s.kind().key());
        s.via().ifPresent(v -> m.put("via", v));
        if (s.lowReliability()) m.put("reliability", "low");
        s.note().ifPresent(n -> m.put("note", n));
        return m;
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date().toString());
        m.put("title", e.title());
        m.put("summary", e.summary());
        m.put("sources", ids(e.sources()));
        if (!e.provisions().isEmpty()) m.put("provisions", e.provisions().stream().map(ProvisionNumber::value).toList());
        if (!e.reactions().isEmpty()) m.put("reactions", ids(e.reactions()));
        if (!e.actors().isEmpty()) m.put("actors", ids(e.actors()));
        return m;
    }
}
