package gloss.render;

import gloss.content.Actor;
import gloss.content.Provision;
import gloss.content.ProvisionNumber;
import gloss.content.Reaction;
import gloss.site.SiteModel;
import gloss.site.Urls;
import gloss.text.Dates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The reactions matrix: a row per country or organisation, a column per provision that someone reacted
 * to specifically, a cell per pair listing who said what (actor, date, stance, linked). Rows and columns
 * with nothing in them are left out and named below the table instead. Reactions to the plan as a
 * whole are counted per row, not listed: a count states no stance, and every stance shown names its actor.
 */
final class Matrix {
    private Matrix() {}

    /** The table: {@code columns} are the provisions with at least one specific reaction, in order. */
    record Table(List<View.ProvisionLink> columns, List<View.MatrixRow> rows, List<View.ProvisionLink> unreacted) {}

    static Table of(SiteModel site, Function<Provision, View.ProvisionLink> provisionLink) {
        TreeSet<Integer> reacted = new TreeSet<>();
        for (Reaction r : site.content().reactions()) {
            if (!r.allProvisions()) r.provisions().stream().map(ProvisionNumber::value).filter(site.provisions()::containsKey).forEach(reacted::add);
        }
        List<View.MatrixRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<Reaction>> e : site.reactionsByCountry().entrySet()) {
            Map<Integer, List<View.CellEntry>> byPoint = new LinkedHashMap<>();
            reacted.forEach(n -> byPoint.put(n, new ArrayList<>()));
            int whole = 0;
            for (Reaction r : e.getValue()) {
                if (r.allProvisions()) {
                    whole++;
                    continue;
                }
                View.CellEntry entry = entry(site, r);
                r.provisions().stream().map(ProvisionNumber::value).distinct().filter(byPoint::containsKey)
                        .forEach(n -> byPoint.get(n).add(entry));
            }
            rows.add(new View.MatrixRow(e.getKey(), Urls.country(e.getKey()),
                    byPoint.values().stream().map(List::copyOf).toList(), whole));
        }
        List<View.ProvisionLink> columns = reacted.stream().map(site.provisions()::get).map(provisionLink).toList();
        List<View.ProvisionLink> unreacted = site.provisions().values().stream().filter(p -> !reacted.contains(p.number()))
                .map(provisionLink).toList();
        return new Table(columns, List.copyOf(rows), unreacted);
    }

    private static View.CellEntry entry(SiteModel site, Reaction r) {
        String actor = site.actorOf(r).map(Actor::name).orElse(r.actor().id());
        return new View.CellEntry(r.stance().key(), r.stance().label(), Urls.reaction(r.slug()), actor,
                Dates.shortForm(r.date()), r.date().toString());
    }
}
