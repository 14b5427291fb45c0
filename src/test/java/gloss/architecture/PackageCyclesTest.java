package gloss.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages of Gloss depend on each other in one direction only: no package reaches, directly or
 * through others, back to itself. Read from the sources (every {@code gloss.x} a file names, in an
 * import or written out in full), so it holds for code that does not compile into a class reference.
 */
class PackageCyclesTest {
    private static final Path MAIN = Path.of("src/main/java/gloss");
    private static final Pattern USE = Pattern.compile("\\bgloss\\.([a-z]+)\\.");

    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = MAIN.relativize(f).getName(0).toString();
                if (from.endsWith(".java")) continue; // gloss/*.java has no package of its own
                Set<String> uses = out.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) if (!m.group(1).equals(from)) uses.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertTrue(graph.size() > 5, "the packages were found: " + graph.keySet());
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertEquals(List.of(), cycles, "package dependencies: " + graph);
    }

    @Test
    void theBottomPackageDependsOnNoOther() throws IOException {
        assertEquals(Set.of(), dependencies().getOrDefault("text", Set.of()));
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path,
                                          Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (!seen.add(next)) continue;
            path.add(next);
            List<String> found = cycleFrom(start, next, graph, path, seen);
            if (found != null) return found;
            path.remove(path.size() - 1);
        }
        return null;
    }
}
