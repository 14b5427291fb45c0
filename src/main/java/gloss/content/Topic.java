package gloss.content;

import java.util.List;

/** {@code aliases}: names readers may search the topic by (places and terms in other spellings and alphabets). */
public record Topic(String id, String title, String summary, List<String> aliases, Location at) {}
