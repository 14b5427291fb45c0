package gloss.content;

/** A reference by id (source, actor, topic, provision number) together with where it was written. */
public record Ref(String id, Location at) {}
