package gloss.content;

import java.util.List;

/** A free page (methodology, corrections, about) from {@code content/pages/SLUG.md}. */
public record Page(String slug, String title, boolean draft, Body body, List<Correction> corrections, Location at,
                   NoteDates dates) {}
