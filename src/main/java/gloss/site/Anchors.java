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

    /** Ids made per item (references, citation markers, version rows, source entries, events). */
    private static final Pattern GENERATED = Pattern.compile("(ref|cite|version|source|event|point)-.*");

    private Anchors() {}

    /** The section ids of a provision page (one row anchor per later document too). */
    public static Set<String> provisionSections(List<PlanDocument> documents) {
        Set<String> out = new LinkedHashSet<>(List.of(MAIN, TEXT, CONTENTS, VERSIONS, REACTIONS, WHOLE_PLAN, TIMELINE, REFERENCES));
        documents.forEach(d -> out.add(Urls.versionAnchor(d.id())));
        return out;
    }

    /** The section ids of any other page made from a note. */
    public static Set<String> noteSections() {
        return Set.of(MAIN, CONTENTS, REFERENCES);
    }

    /** True for an id a template makes per item; a heading of a note never takes one. */
    public static boolean isGenerated(String id) {
        return GENERATED.matcher(id).matches();
    }
}
