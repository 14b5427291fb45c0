package gloss.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether {@code build} may write its site to a folder, before anything is built. Paths are
 * compared as real paths (every link resolved), so {@code --root /link/to/project --out /real/project}
 * is seen for what it is. Refused: the project itself, its {@code content/}, {@code templates/} or
 * {@code .git} (or any folder containing one of them, or inside the last three), and an existing folder
 * with other files that Gloss did not write: every site Gloss writes holds a {@link #MARKER} file, and a
 * folder without one is someone else's (a home folder, {@code docs/}, a checkout) even if it looks empty
 * but for {@code .git}, {@code CNAME} and {@code .nojekyll}, which Gloss keeps anyway.
 */
public final class OutputFolder {
    /** The file that marks a folder as a site Gloss wrote; it lists what the build keeps (see {@link SiteWriter}). */
    public static final String MARKER = ".gloss-site";
    /** Kept across builds in every site, as Jekyll's keep_files does: a gh-pages checkout and its domain. */
    public static final List<String> ALWAYS_KEPT = List.of(".git", "CNAME", ".nojekyll");

    private OutputFolder() {}

    /**
     * The marker file's text, which a build writes into every site: what the folder is, and the entries
     * the next build carries over, one a line ({@link #ALWAYS_KEPT} and the {@code keep:} list).
     */
    public static String markerText(java.util.Collection<String> keep) {
        java.util.TreeSet<String> kept = new java.util.TreeSet<>(ALWAYS_KEPT);
        kept.addAll(keep);
        StringBuilder s = new StringBuilder("# Written by gloss build, which replaces this folder on every build.\n"
                + "# It carries over from the previous build these entries (.git, CNAME, .nojekyll and keep: in content/explainer.yaml):\n");
        kept.forEach(k -> s.append(k).append('\n'));
        return s.toString();
    }

    /** Why a folder may not be the output; the message names it and says how to proceed. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** The real path to write the site to, after the checks of the class comment; {@code root} must be a folder. */
    public static Path check(Path root, Path out) throws Refused, IOException {
        Path realRoot = root.toRealPath();
        Path target = realPath(out);
        for (String part : List.of("", "content", "templates", ".git")) {
            Path own = realPath(realRoot.resolve(part));
            String what = part.isEmpty() ? "the project folder " + own : "the project's " + part + "/ (" + own + ")";
            if (own.startsWith(target)) {
                throw new Refused("refusing to write the site to " + target + ": that would replace "
                        + (target.equals(own) ? what : "a folder containing " + what) + "; choose another --out");
            }
            if (!part.isEmpty() && target.startsWith(own)) {
                throw new Refused("refusing to write the site to " + target + ": it is inside " + what + "; choose another --out");
            }
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("refusing to write the site to " + target + ": it is a file, not a folder; choose another --out");
            }
            List<String> foreign = foreignEntries(target);
            if (!foreign.isEmpty() && !Files.exists(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
                String shown = String.join(", ", foreign.subList(0, Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", ..." : "");
                throw new Refused("refusing to replace " + target + ": it holds files Gloss did not write (" + shown
                        + ") and no " + MARKER + " file; choose a new or empty folder with --out, "
                        + "or, if everything in it may be replaced, create the empty file " + target.resolve(MARKER));
            }
        }
        return target;
    }

    /** Up to four entries of {@code dir} that are neither kept across builds nor the marker. */
    private static List<String> foreignEntries(Path dir) throws IOException {
        Set<String> ignored = new java.util.HashSet<>(ALWAYS_KEPT);
        ignored.add(MARKER);
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !ignored.contains(n)).sorted().limit(4).toList();
        }
    }

    /**
     * The real path of {@code path}, which need not exist: the longest existing part has its links
     * resolved (including {@code ..} after a link, as the system resolves it), the rest is appended.
     */
    static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        int i = 0;
        for (; i < absolute.getNameCount(); i++) {
            Path next = current.resolve(absolute.getName(i));
            if (!Files.exists(next)) break;
            current = next.toRealPath();
        }
        for (; i < absolute.getNameCount(); i++) current = current.resolve(absolute.getName(i));
        return current.normalize();
    }
}
