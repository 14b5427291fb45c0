package gloss.render;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Long lists cut into groups a reader can jump between (the timeline by month, reactions by day, sources
 * by the initial of their publisher). Items keep their order within a group, and groups come in the order
 * of their first item. Each group's {@code id} is its anchor on the page, {@code shortLabel} its name in
 * the jump list.
 */
final class Groups {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Groups() {}

    /** "November 2025", anchored {@code prefix-2025-11}. */
    static <T> List<View.Group<T>> byMonth(List<T> items, Function<T, LocalDate> date, String prefix) {
        return group(items, t -> {
            LocalDate d = date.apply(t);
            return new Key(prefix + "-" + d.toString().substring(0, 7), MONTH.format(d), MONTH.format(d));
        });
    }

    /** "Friday 21 November 2025" (in the jump list "21 Nov"), anchored {@code prefix-2025-11-21}. */
    static <T> List<View.Group<T>> byDay(List<T> items, Function<T, LocalDate> date, String prefix) {
        return group(items, t -> {
            LocalDate d = date.apply(t);
            return new Key(prefix + "-" + d, DAY.format(d), DAY_SHORT.format(d));
        });
    }

    /** By the first letter of a name, accents dropped ("É" files under E); anything else under "#". */
    static <T> List<View.Group<T>> byInitial(List<T> items, Function<T, String> name, String prefix) {
        return group(items, t -> {
            String letter = initial(name.apply(t));
            String id = letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT);
            return new Key(prefix + "-" + id, letter, letter);
        });
    }

    static String initial(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') return String.valueOf(Character.toUpperCase(c));
            if (Character.isLetterOrDigit(c)) return "#";
        }
        return "#";
    }

    private record Key(String id, String label, String shortLabel) {}

    private static <T> List<View.Group<T>> group(List<T> items, Function<T, Key> key) {
        Map<Key, List<T>> groups = new LinkedHashMap<>();
        for (T t : items) groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        List<View.Group<T>> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(new View.Group<>(k.id(), k.label(), k.shortLabel(), List.copyOf(list))));
        return List.copyOf(out);
    }
}
