package gloss.content;

/** A person or body whose reactions the explainer records. */
public record Actor(String id, String name, String role, String organisation, String country, Location at) {}
