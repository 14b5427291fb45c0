package gloss.browser;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real explainer ({@link Projects#REPO}), built once per test run into a temporary folder and served
 * from 127.0.0.1 by a {@link StaticServer}. Test classes get it as a parameter of their {@code @BeforeAll}
 * method through {@link Extension}; it lives in JUnit's root store, so every class shares one build and
 * one server, closed when the run ends.
 *
 * <p>When the build fails, {@link #require()} fails every test that asks for the site with the build's
 * diagnostics (the real content is edited concurrently, and a broken build must not pass silently).
 *
 * <p>For working on the tests themselves, {@code -Dgloss.browser.root=fixture} builds the small fixture
 * project instead (the checks that name real provisions fail there), and {@code -Dgloss.browser.root=DIR}
 * builds the project in DIR.
 */
final class BuiltSite implements AutoCloseable {
    private final Path temp;
    private final Path dir;
    private final String failure;
    private StaticServer server;
    private List<String> htmlFiles;

    private BuiltSite(Path temp, Path dir, String failure) {
        this.temp = temp;
        this.dir = dir;
        this.failure = failure;
    }

    /** Builds the site; never throws, so that a failed build is reported by every test rather than retried. */
    static BuiltSite build() {
        // The Nu Html Checker brings log4j 1.2 onto the test classpath; FreeMarker would pick it and warn
        // that it has no appenders. Unless FreeMarker has already chosen, make it log through the JDK.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "JUL");
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("gloss-browser-");
            Path root = Projects.REPO;
            String other = System.getProperty("gloss.browser.root", "");
            if (other.equals("fixture")) root = Projects.fixtureCopy(temp.resolve("fixture"));
            else if (!other.isEmpty()) root = Path.of(other);
            Path out = temp.resolve("site");
            long start = System.nanoTime();
            Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
            if (run.exit() != 0) {
                return new BuiltSite(temp, out, "gloss build of " + root + " failed with exit code " + run.exit()
                        + ":\n" + run.err() + run.out());
            }
            System.out.printf("[browser] built %s in %d ms%n", root, (System.nanoTime() - start) / 1_000_000);
            BuiltSite site = new BuiltSite(temp, out, null);
            site.htmlFiles = listHtml(out);
            return site;
        } catch (IOException | RuntimeException | LinkageError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new BuiltSite(temp, null, "could not build the site: " + trace);
        }
    }

    /** Fails the calling test with the build's diagnostics when the build failed. */
    BuiltSite require() {
        if (failure != null) throw new AssertionFailedError(failure);
        return this;
    }

    Path dir() {
        return require().dir;
    }

    /** Every HTML file of the site, as sorted '/'-separated paths relative to the site folder. */
    List<String> htmlFiles() {
        return require().htmlFiles;
    }

    /** The site's base URL on the local server, started on first use. */
    synchronized String baseUrl() {
        require();
        if (server == null) {
            try {
                server = new StaticServer(dir, basePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server.baseUrl();
    }

    /** The address of a site-relative URL such as {@code reactions/matrix/}. */
    String url(String relative) {
        return baseUrl() + relative;
    }

    /** The path of the explainer's base_url (e.g. {@code /peace-plan/}), read from the home page's canonical link. */
    private String basePath() {
        try {
            Element canonical = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]");
            String path = canonical == null ? "/" : URI.create(canonical.attr("href")).getPath();
            return path.endsWith("/") ? path : path + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page whose path matches {@code regex} (e.g. {@code provisions/06-[^/]+/index\.html}), as a URL path. */
    Optional<String> page(String regex) {
        return htmlFiles().stream().filter(p -> p.matches(regex)).findFirst().map(BuiltSite::urlPath);
    }

    /** Like {@link #page} but fails the test when there is no such page. */
    String expectPage(String regex) {
        return page(regex).orElseThrow(() -> new AssertionFailedError("no page of the built site matches " + regex));
    }

    /** Every page whose path matches {@code regex}, as URL paths. */
    List<String> pages(String regex) {
        return htmlFiles().stream().filter(p -> p.matches(regex)).map(BuiltSite::urlPath).toList();
    }

    /** {@code a/b/index.html} to {@code a/b/}; other files unchanged. */
    static String urlPath(String file) {
        if (file.equals("index.html")) return "";
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static List<String> listHtml(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) server.close();
        if (temp != null && Files.exists(temp)) {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Resolves a {@link BuiltSite} parameter: one build per test run, kept in the root store. */
    static final class Extension implements ParameterResolver {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BuiltSite.class);

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == BuiltSite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRoot().getStore(NS).computeIfAbsent(BuiltSite.class, k -> build(), BuiltSite.class);
        }
    }
}
