package gloss.scaffold;

import gloss.content.Placeholders;
import gloss.content.DocumentStatus;
import gloss.content.SourceKind;
import gloss.content.Stance;
import gloss.content.VersionStatus;

import java.util.List;
import java.util.Optional;

import static gloss.scaffold.YamlText.commented;
import static gloss.scaffold.YamlText.flowList;
import static gloss.scaffold.YamlText.quote;

/**
 * The text {@code gloss new} writes: front matter or a registry entry with a comment on every field,
 * and a {@code FILL IN: ...} placeholder wherever the command line did not say what goes there.
 */
final class NoteText {
    private final StringBuilder out = new StringBuilder();
    private int placeholders;

    /** The text and how many placeholders it holds. */
    record Written(String text, int placeholders) {}

    private NoteText line(String s) {
        out.append(s).append('\n');
        return this;
    }

    private NoteText field(String indent, String key, String value, String comment) {
        return line(commented(indent + key + ": " + value, comment));
    }

    /** A quoted text value, or a quoted placeholder saying what to write. */
    private String text(Optional<String> value, String what) {
        if (value.isPresent()) return quote(value.get());
        placeholders++;
        return quote(Placeholders.of(what));
    }

    /** A flow list of ids, or a one-item list holding a placeholder. */
    private String ids(List<String> value, String what) {
        if (!value.isEmpty()) return flowList(value);
        placeholders++;
        return "[" + quote(Placeholders.of(what)) + "]";
    }

    /** An optional field: written when given, otherwise a commented-out line to uncomment (never a placeholder). */
    private NoteText optionalField(String key, Optional<String> value, String comment) {
        return value.isPresent() ? field("", key, quote(value.get()), comment) : line(commented("# " + key + ": \"...\"", comment));
    }

    private NoteText paragraph(String what) {
        placeholders++;
        return line(Placeholders.of(what));
    }

    private Written done() {
        return new Written(out.toString(), placeholders);
    }

    /** Today, in UTC like every date Gloss writes; GLOSS_TODAY=YYYY-MM-DD fixes it (tests, reproducible scaffolds). */
    static String today() {
        String fixed = System.getenv("GLOSS_TODAY");
        return fixed != null && fixed.matches("\\d{4}-\\d{2}-\\d{2}") ? fixed : java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    }

    static Written provision(Scaffolder.ProvisionSpec p, String file, List<String> documents) {
        NoteText t = new NoteText();
        t.line("---")
                .line("# Provision " + p.number() + ". Replace every \"FILL IN: ...\", then run: gloss check")
                .line("# (the fields are explained in docs/editors-guide.md).")
                .field("", "number", Integer.toString(p.number()), "the point's number; must match the file name " + file)
                .field("", "title", quote(p.title()), "short, neutral headline of the point")
                .field("", "topics", t.ids(p.topics(), "topic ids from content/topics.yaml"),
                        "ids from content/topics.yaml, e.g. [territory]")
                .field("", "summary", t.text(p.summary(), "one neutral sentence"), "one neutral sentence: what the point does")
                .field("", "text", t.text(p.text(), "a neutral paraphrase of what the point says"),
                        "the point's wording, paraphrased neutrally")
                .field("", "text_sources", t.ids(p.textSources(), "ids of the sources that give the point's wording"),
                        "ids from content/sources.yaml that give the wording")
                .line(commented("# sourcing: weak", "optional: uncomment when the wording is weakly sourced"));
        if (!documents.isEmpty()) {
            t.line(commented("versions:", "what each document of content/documents.yaml did with the point"));
            for (String d : documents) {
                t.field("  ", "- document", d, "one entry per document")
                        .field("    ", "status", t.text(Optional.empty(), "one of " + String.join(", ", VersionStatus.keys())),
                                String.join(" | ", VersionStatus.keys()))
                        .field("    ", "sources", t.ids(List.of(), "ids of the sources that say so"), "at least one source id")
                        .line(commented("    # number: 6", "optional: the point's number in that document"))
                        .line(commented("    # text: \"...\"", "required for changed: that version's wording"))
                        .line(commented("    # into: 5", "required for merged: the point it was merged into"));
            }
        }
        if (p.draft()) t.field("", "draft", "true", "left out of the site until removed (build --drafts shows it)");
        t.field("", "added", today(), "when it entered the explainer: the feed and page dates use it");
        return t.line("---")
                .paragraph("the annotation. Every paragraph and list item cites at least one source, such as "
                        + "`[@source-id]` or `[@source-id, point 7]`; link other notes with cross-references such as "
                        + "`[point 7](provision:7)` or `[Peskov](actor:peskov)`.")
                .done();
    }

    static Written reaction(Scaffolder.ReactionSpec r, String stem) {
        NoteText t = new NoteText();
        t.line("---")
                .line("# A reaction by " + r.actor() + " on " + r.date() + ". Replace every \"FILL IN: ...\", then run: gloss check")
                .line("# (the fields are explained in docs/editors-guide.md).")
                .field("", "actor", r.actor(), "id from content/actors.yaml")
                .field("", "date", r.date(), "YYYY-MM-DD; must match the file name " + stem + ".md")
                .field("", "medium", t.text(r.medium(), "where it was said, e.g. national address, Telegram post, press briefing"),
                        "e.g. national address, Telegram post, TV interview, press briefing")
                .field("", "stance", r.stance().orElseGet(() -> t.text(Optional.empty(), "one of " + String.join(", ", Stance.keys()))),
                        String.join(" | ", Stance.keys()))
                .field("", "provisions", r.provisions().equals(List.of("all")) ? "all"
                                : t.ids(r.provisions(), "provision numbers such as 7, 21 (or write: provisions: all)"),
                        "the points it concerns, e.g. [7, 21], or: all")
                .optionalField("title", r.title(), "optional: a neutral headline")
                .optionalField("summary", r.summary(), "optional: one neutral sentence")
                .line(commented("# quote: \"...\"", "optional: verbatim words, as the cited source gives them"))
                .line(commented("# quote_sources: [source-id]", "optional: the source(s) the quote is taken from"))
                .field("", "sources", t.ids(r.sources(), "ids of the sources this reaction relies on"),
                        "ids from content/sources.yaml");
        if (r.draft()) t.field("", "draft", "true", "left out of the site until removed (build --drafts shows it)");
        t.field("", "added", today(), "when it entered the explainer (not when it was said): the feed uses it");
        return t.line("---")
                .paragraph("the context: when, where and to whom it was said, and what it means for the plan. Every "
                        + "paragraph and list item cites at least one source, such as `[@source-id]`.")
                .done();
    }

    static Written source(Scaffolder.SourceSpec s) {
        NoteText t = new NoteText();
        t.field("", "- id", s.id(), "cite it in notes as [@" + s.id() + "]")
                .field("  ", "publisher", quote(s.publisher()), "the ORIGINAL outlet")
                .field("  ", "title", quote(s.title()), "the publisher's own headline, as published")
                .field("  ", "date", s.date(), "YYYY-MM-DD, the best known date (say so in note when approximate)")
                .field("  ", "kind", s.kind(), String.join(" | ", SourceKind.keys()));
        if (s.url().isPresent()) t.field("  ", "url", quote(s.url().get()), "the address actually read");
        if (s.originalUrl().isPresent()) t.field("  ", "original_url", quote(s.originalUrl().get()), "the publisher's own address");
        optional(t, "author", s.author(), "only when known");
        optional(t, "via", s.via(), "the site the url copy is on, when it is not the publisher's own");
        if (s.note().isPresent() || s.url().isPresent()) optional(t, "note", s.note(), "free text, e.g. Date approximate.");
        else t.field("  ", "note", t.text(Optional.empty(), "where a reader can find this source, as it has no url"),
                "no url: say where the source can be found");
        return t.done();
    }

    static Written actor(Scaffolder.ActorSpec a) {
        NoteText t = new NoteText();
        return t.field("", "- id", a.id(), "actor: " + a.id() + " in reactions, [name](actor:" + a.id() + ") in notes")
                .field("  ", "name", quote(a.name()), "full name, or the name of the body or group")
                .field("  ", "role", t.text(a.role(), "role, e.g. President of Ukraine"), "what they are, at the time")
                .field("  ", "organisation", t.text(a.organisation(), "organisation, e.g. Office of the President of Ukraine"),
                        "the body they speak for")
                .field("  ", "country", t.text(a.country(), "country"), "the country (or e.g. European Union)")
                .done();
    }

    static Written event(Scaffolder.EventSpec e) {
        NoteText t = new NoteText();
        return t.field("", "- date", e.date(), "YYYY-MM-DD; the timeline is sorted by it")
                .field("  ", "title", quote(e.title()), "what happened, in a few neutral words")
                .field("  ", "summary", t.text(e.summary(), "one or two neutral sentences"), "one or two neutral sentences")
                .field("  ", "sources", t.ids(e.sources(), "ids of the sources that report it"), "ids from content/sources.yaml")
                .done();
    }

    static Written topic(Scaffolder.TopicSpec s) {
        NoteText t = new NoteText();
        return t.field("", "- id", s.id(), "topics: [" + s.id() + "] in provisions, [name](topic:" + s.id() + ") in notes")
                .field("  ", "title", quote(s.title()), "a short name")
                .field("  ", "summary", t.text(s.summary(), "one sentence: which points belong here"),
                        "one sentence: which points belong here")
                .done();
    }

    static Written document(Scaffolder.DocumentSpec d) {
        NoteText t = new NoteText();
        t.field("", "- id", d.id(), "then run: gloss new version " + d.id())
                .field("  ", "title", quote(d.title()), "a neutral name for the document")
                .field("  ", "date", d.date(), "YYYY-MM-DD, when it was presented or first reported")
                .field("  ", "proposer", quote(d.proposer()), "who put it forward")
                .field("  ", "status", d.status(), String.join(" | ", DocumentStatus.keys()))
                .field("  ", "sources", t.ids(d.sources(), "ids of the sources for its text or the reports of it"),
                        "ids from content/sources.yaml");
        if (d.summary().isPresent()) t.field("  ", "summary", quote(d.summary().get()), "optional: one or two sentences");
        else t.line(commented("  # summary: \"...\"", "optional: one or two sentences"));
        return t.done();
    }

    static Written page(Scaffolder.PageSpec p) {
        NoteText t = new NoteText();
        t.line("---")
                .line("# A page of its own (e.g. methodology, about). Replace the \"FILL IN: ...\" paragraph, then run: gloss check")
                .field("", "title", quote(p.title()), "the page's heading");
        if (p.draft()) t.field("", "draft", "true", "left out of the site until removed (build --drafts shows it)");
        t.field("", "added", today(), "when it entered the explainer: the feed and page dates use it");
        return t.line("---")
                .paragraph("the page's text. Pages need no citations; link other pages with cross-references such as "
                        + "`[the sources](page:sources)` or `[point 7](provision:7)`.")
                .done();
    }

    private static void optional(NoteText t, String key, Optional<String> value, String comment) {
        if (value.isPresent()) t.field("  ", key, quote(value.get()), comment);
        else t.line(commented("  # " + key + ": \"...\"", "optional: " + comment));
    }
}
