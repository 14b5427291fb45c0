package gloss.publish;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishing: {@code build --base-url} through real builds (every absolute and root-relative address of
 * the site follows it), and the GitHub Pages workflow: valid YAML with the steps named, whose build
 * command, run as written, builds the site into the folder it uploads.
 */
class PublishTest {
    private static final String CONFIGURED = "https://example.org/fixture/"; // the fixture's explainer.yaml
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    @Test
    void aBaseUrlBuildUsesTheNewAddressForCanonicalLinksFeedSitemapAnd404(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path out = dir.resolve("preview");
        Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--out", out.toString(),
                "--base-url", "http://localhost:8000");
        assertEquals(0, run.exit(), run.err());
        String base = "http://localhost:8000/"; // the final '/' is added

        assertTrue(read(out, "index.html").contains("<link rel=\"canonical\" href=\"" + base + "\">"), read(out, "index.html"));
        assertTrue(read(out, "provisions/01-borders/index.html")
                .contains("<link rel=\"canonical\" href=\"" + base + "provisions/01-borders/\">"));
        assertTrue(read(out, "feed.xml").contains("<link rel=\"self\" href=\"" + base + "feed.xml\"/>"), read(out, "feed.xml"));
        assertTrue(read(out, "feed.xml").contains("href=\"" + base + "reactions/2025-11-21-alice-statement/\""), read(out, "feed.xml"));
        assertTrue(read(out, "sitemap.xml").contains("<loc>" + base + "provisions/02-forces/</loc>"), read(out, "sitemap.xml"));
        assertTrue(read(out, "robots.txt").contains("Sitemap: " + base + "sitemap.xml"), read(out, "robots.txt"));

        // The 404 page is served at any missing address, so its links are root-relative: under the new base
        // path ('/'), and each one leads to a file of the site when it is served there.
        String notFound = read(out, "404.html");
        List<String> links = rootRelative(notFound);
        assertTrue(links.size() > 5, notFound);
        for (String link : links) {
            assertFalse(link.startsWith("/fixture/"), link);
            String path = link.substring(1).replaceFirst("[#?].*", "");
            Path file = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertTrue(Files.isRegularFile(file), link + " leads nowhere when the site is served at " + base);
        }
        for (Path f : files(out)) {
            if (f.toString().endsWith(".png")) continue; // pictures (og:image) hold no addresses
            assertFalse(Files.readString(f).contains(CONFIGURED), f + " still names explainer.yaml's base_url");
        }

        // Without the option the configured address is used: the option is what changed them.
        Projects.Run plain = Projects.gloss("build", "--root", root.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(read(root.resolve("site"), "feed.xml").contains(CONFIGURED + "feed.xml"));
        assertTrue(rootRelative(read(root.resolve("site"), "404.html")).stream().allMatch(l -> l.startsWith("/fixture/")));
    }

    @Test
    void aBaseUrlWithAPathMovesTheRootRelativeLinks(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--base-url", "https://preview.example.net/pr-12/");
        assertEquals(0, run.exit(), run.err());
        assertTrue(rootRelative(read(root.resolve("site"), "404.html")).stream().allMatch(l -> l.startsWith("/pr-12/")));
        assertTrue(read(root.resolve("site"), "sitemap.xml").contains("<loc>https://preview.example.net/pr-12/</loc>"));
    }

    @Test
    void aMalformedBaseUrlIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        for (String bad : List.of("localhost:8000", "ftp://example.org/", "https://exa mple.org/", "/peace-plan/")) {
            Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--base-url", bad);
            assertEquals(2, run.exit(), bad + ": " + run.err());
            assertTrue(run.err().contains("--base-url must be an absolute http(s) URL"), run.err());
            assertFalse(Files.exists(root.resolve("site")), "nothing written for " + bad);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePagesWorkflowBuildsTheSiteAndUploadsWhatItBuilt(@TempDir Path dir) throws IOException {
        Path workflow = Projects.REPO.resolve(".github/workflows/pages.yml");
        Map<String, Object> yaml = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(workflow));
        Map<String, Object> on = (Map<String, Object>) yaml.get("on");
        assertEquals(List.of("main"), ((Map<String, Object>) on.get("push")).get("branches"));
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), yaml.get("permissions"));
        Map<String, Object> jobs = (Map<String, Object>) yaml.get("jobs");
        List<Map<String, Object>> build = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        List<Map<String, Object>> deploy = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("deploy")).get("steps");
        assertEquals("build", ((Map<String, Object>) jobs.get("deploy")).get("needs"));

        assertEquals(List.of("Check out the repository", "Set up JDK 17", "Configure Pages", "Build Gloss with Maven",
                "Build the site", "Upload the site"), build.stream().map(s -> s.get("name")).toList());
        assertTrue(((String) build.get(0).get("uses")).startsWith("actions/checkout@"));
        assertTrue(((String) build.get(1).get("uses")).startsWith("actions/setup-java@"));
        assertEquals("17", ((Map<String, Object>) build.get(1).get("with")).get("java-version"));
        assertTrue(((String) build.get(2).get("uses")).startsWith("actions/configure-pages@"));
        assertEquals("pages", build.get(2).get("id"));
        assertEquals("mvn -B -q package -DskipTests", build.get(3).get("run"));
        assertTrue(((String) build.get(5).get("uses")).startsWith("actions/upload-pages-artifact@"));
        String uploaded = (String) ((Map<String, Object>) build.get(5).get("with")).get("path");
        assertEquals(List.of("Deploy to GitHub Pages"), deploy.stream().map(s -> s.get("name")).toList());
        assertTrue(((String) deploy.get(0).get("uses")).startsWith("actions/deploy-pages@"));

        // The build step as written, with the address configure-pages gives (no final '/'), on a project copy.
        String command = (String) build.get(4).get("run");
        String prefix = "java -jar target/gloss.jar ";
        assertTrue(command.startsWith(prefix), command);
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.substring(prefix.length())
                .replace("${{ steps.pages.outputs.base_url }}", "https://owner.github.io/explainer"));
        while (m.find()) args.add(m.group(1) != null ? m.group(1) : m.group(2));
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        args.addAll(List.of("--root", root.toString()));
        Projects.Run run = Projects.gloss(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        Path site = root.resolve(uploaded);
        assertTrue(read(site, "index.html").contains("href=\"https://owner.github.io/explainer/\""), "built for Pages' address");
        assertTrue(Files.isRegularFile(site.resolve("404.html")));
    }

    private static List<String> rootRelative(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = ROOT_RELATIVE.matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".svg") && !p.toString().endsWith(".woff2"))
                    .toList();
        }
    }
}
