package gloss.export;

import gloss.Projects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picture each provision's page offers to social networks: a real PNG of 1200 × 630 at the address
 * the page's og:image gives, with text drawn on it, the same bytes from two builds.
 */
class PreviewImagesTest {
    private static final String BASE = "https://example.org/fixture/";
    static Path a;
    static Path b;

    @BeforeAll
    static void buildTwice(@TempDir Path dir) throws IOException {
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        a = dir.resolve("a");
        b = dir.resolve("b");
        for (Path out : List.of(a, b)) {
            Projects.Run run = Projects.gloss("build", "--root", root.toString(), "--out", out.toString());
            assertEquals(0, run.exit(), run.err());
        }
    }

    private static List<Path> provisionPages(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site.resolve("provisions"))) {
            return list.map(p -> p.resolve("index.html")).filter(Files::exists).sorted().toList();
        }
    }

    @Test
    void everyProvisionPageOffersALargeCardWhosePictureExists() throws IOException {
        List<Path> pages = provisionPages(a);
        assertFalse(pages.isEmpty());
        Set<String> pictures = new HashSet<>();
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String image = doc.select("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith(BASE), page + ": og:image is absolute on the site: " + image);
            Path file = a.resolve(image.substring(BASE.length()));
            assertTrue(Files.isRegularFile(file), page + ": og:image " + image + " is a file of the site");
            assertEquals("1200", doc.select("meta[property=og:image:width]").attr("content"));
            assertEquals("630", doc.select("meta[property=og:image:height]").attr("content"));
            assertEquals("image/png", doc.select("meta[property=og:image:type]").attr("content"));
            assertTrue(doc.select("meta[property=og:image:alt]").attr("content").contains(doc.selectFirst("h1").text()),
                    "the picture's description names the provision");
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"));
            assertEquals(image, doc.select("meta[name=twitter:image]").attr("content"));

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
            assertNotNull(png, file + " decodes as an image");
            assertEquals(1200, png.getWidth());
            assertEquals(630, png.getHeight());
            assertTrue(darkPixels(png) > 2000, file + " has text drawn on it: " + darkPixels(png) + " dark pixels");
            pictures.add(Arrays.toString(Files.readAllBytes(file)));
        }
        assertEquals(pages.size(), pictures.size(), "each provision has its own picture");
        // Other pages keep the small card.
        Document home = Jsoup.parse(a.resolve("index.html").toFile(), "UTF-8");
        assertEquals("summary", home.select("meta[name=twitter:card]").attr("content"));
        assertTrue(home.select("meta[property=og:image]").isEmpty());
    }

    @Test
    void twoBuildsDrawTheSameBytes() throws IOException {
        List<Path> pages = provisionPages(a);
        for (Path page : pages) {
            Path picture = page.resolveSibling("preview.png");
            Path other = b.resolve(a.relativize(picture));
            assertArrayEquals(Files.readAllBytes(picture), Files.readAllBytes(other), picture.toString());
        }
    }

    @Test
    void longTextWrapsAndEndsWithAnEllipsisWhenCutShort() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics m = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.dispose();
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        List<String> all = PreviewImages.lines(text, m, m.stringWidth("one two three four"), 10);
        assertTrue(all.size() > 2, all.toString());
        assertEquals(text, String.join(" ", all), "nothing lost when it fits");
        for (String line : all) assertTrue(m.stringWidth(line) <= m.stringWidth("one two three four"), line);
        List<String> two = PreviewImages.lines(text, m, m.stringWidth("one two three four"), 2);
        assertEquals(2, two.size());
        assertTrue(two.get(1).endsWith("…"), two.toString());
        assertEquals(List.of("short"), PreviewImages.lines("short", m, 500, 3));
    }

    /** Pixels much darker than the light background: drawn text. */
    private static int darkPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 3 * 80) n++;
            }
        }
        return n;
    }
}
