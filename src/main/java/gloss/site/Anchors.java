package gloss.site;

import gloss.content.PlanDocument;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids the page templates give their own sections. A cross-reference may point at them
 * ({@code provision:21#reactions-heading}); headings written in a note never take them (see
 * {@link gloss.markdown.Headings}). The templates write these ids; a test checks each is on its page.
 */
public final class Anchors {
    public static final String TEXT = "text-heading";
    public static final String CONTENTS = "on-this-page";
    public static final String VERSIONS = "versions-heading";
    public static final String REACTIONS = "reactions-heading";
    public static final String WHOLE_PLAN = "whole-plan";
    public static final String TIMELINE = "timeline-heading";
    public static final String REFERENCES = "references-heading";
    public static final String MAIN = "main";

    /**
     * Every other id the built-in templates write as it stands (id="..."), on whichever page: a heading in
     * a note never takes one, so no page has an id twice. TemplateIdsTest keeps this list equal to the
     * templates.
     */
    static final Set<String> TEMPLATE_IDS = Set.of("about-heading", "actor-events", "actor-reactions", "comparison-caption",
            "comparison-heading", "corrections", "corrections-heading", "desk-heading", "filters-heading", "latest-heading",
            "log-heading", "mapped", "matrix-caption", "matrix-heading", "new-points", "provisions-heading", "reaction-events",
            "reaction-list", "search-form", "search-q", "search-results", "search-status", "site-q", "stance-legend-heading",
            "standing-heading", "the-versions", "topics-heading");

    /** Ids made per item (references, citation markers, version rows, source entries, events, country cards). */
    private static final Pattern GENERATED = Pattern.compile("(ref|cite|version|source|event|point|country)-.*");

    private Anchors() {}

    /** The section ids of a provision page (one row anchor per later document too). */
    public static Set<String> provisionSections(List<PlanDocument> documents) {
        Set<String> out = new LinkedHashSet<>(List.of(MAIN, TEXT, CONTENTS, VERSIONS, REACTIONS, WHOLE_PLAN, TIMELINE, REFERENCES));
        documents.forEach(d -> out.add(Urls.versionAnchor(d.id())));
        out.addAll(new java.util.TreeSet<>(TEMPLATE_IDS));
        return out;
    }

    /** The section ids of any other page made from a note. */
    public static Set<String> noteSections() {
        Set<String> out = new LinkedHashSet<>(List.of(MAIN, CONTENTS, REFERENCES));
        out.addAll(new java.util.TreeSet<>(TEMPLATE_IDS));
        return out;
    }

    /** True for an id a template writes as it stands, on any page. */
    static boolean isTemplateId(String id) {
        return TEMPLATE_IDS.contains(id) || List.of(MAIN, TEXT, CONTENTS, VERSIONS, REACTIONS, WHOLE_PLAN, TIMELINE, REFERENCES).contains(id);
    }

    /** True for an id a template makes per item; a heading of a note never takes one. */
    public static boolean isGenerated(String id) {
        return GENERATED.matcher(id).matches();
    }
}
