package gloss.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Consecutive citation numbers collapsed into ranges, as printed citation styles do: 1, 2, 3 ... 9 becomes
 * 1–9 and 1, 3, 4, 5, 8 becomes 1, 3–5, 8. A range needs at least {@link #SHORTEST} numbers (1–2 saves
 * nothing over 1, 2), and an item that must stay visible on its own (a citation with a locator, whose
 * reference names the page or point) breaks a run.
 */
final class NumberRuns {
    static final int SHORTEST = 3;

    private NumberRuns() {}

    /**
     * {@code items}, in the order given (sort them first), cut into groups: a group of {@link #SHORTEST} or
     * more is a range of consecutive numbers, every other item is a group of one.
     */
    static <T> List<List<T>> of(List<T> items, ToIntFunction<T> number, Predicate<T> collapsible) {
        List<List<T>> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int end = i + 1;
            if (collapsible.test(items.get(i))) {
                while (end < items.size() && collapsible.test(items.get(end))
                        && number.applyAsInt(items.get(end)) == number.applyAsInt(items.get(end - 1)) + 1) end++;
            }
            if (end - i >= SHORTEST) {
                out.add(List.copyOf(items.subList(i, end)));
            } else {
                for (int k = i; k < end; k++) out.add(List.of(items.get(k)));
            }
            i = end;
        }
        return out;
    }
}
