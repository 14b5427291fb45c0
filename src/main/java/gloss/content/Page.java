package gloss.content;

/** A free page (methodology, corrections, about) from {@code content/pages/SLUG.md}. */
public record Page(String slug, String title, boolean draft, Body body, Location at) {}
