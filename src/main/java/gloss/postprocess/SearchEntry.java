package gloss.postprocess;

/** One result search can return: a provision, a reaction, an actor or a source, with its plain text. */
public record SearchEntry(String url, String kind, String title, String text) {}
