package gloss.content;

import java.util.List;

/**
 * A person or body whose reactions the explainer records. {@code aliases} are other spellings of the
 * name (other alphabets, transliterations) that search treats as the name.
 */
public record Actor(String id, String name, String role, String organisation, String country, List<String> aliases,
                    Location at) {}
