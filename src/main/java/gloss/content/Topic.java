package gloss.content;

public record Topic(String id, String title, String summary, Location at) {}
