package gloss.export;

import gloss.content.Explainer;
import gloss.content.Provision;
import gloss.site.SiteModel;
import gloss.site.SocialCard;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The picture a social network or chat app shows when someone shares a provision's page ({@link SocialCard}:
 * Open Graph {@code og:image}, Twitter's large card), drawn at build time with the JDK's own imaging,
 * with no network and no bundled font. The same input on the same machine gives the same bytes: no
 * timestamps are written and nothing depends on thread scheduling. Fonts are the first of {@link #FAMILIES}
 * the machine has, else the JDK's logical fonts (which map to whatever the system has).
 */
public final class PreviewImages {
    private static final int WIDTH = SocialCard.WIDTH;
    private static final int HEIGHT = SocialCard.HEIGHT;

    /** Families found on most fresh machines (Linux, macOS, Windows), in order of preference. */
    private static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans", "Noto Sans", "Helvetica Neue",
            "Helvetica", "Arial");
    private static final String LOGICAL = Font.SANS_SERIF;

    // The site's light palette (gloss.css :root).
    private static final Color BACKGROUND = new Color(0xfdfcf9);
    private static final Color TEXT = new Color(0x1d1d1b);
    private static final Color MUTED = new Color(0x5b5b57);
    private static final Color ACCENT = new Color(0x0b5cad);
    private static final Color RULE = new Color(0xd9d6cf);

    private static final int MARGIN = 72;

    private PreviewImages() {}

    /** The picture of every provision, by path. */
    public static Map<String, byte[]> all(SiteModel site) {
        Explainer explainer = site.content().explainer();
        String family = family();
        Map<String, byte[]> out = new TreeMap<>();
        site.provisions().values().parallelStream()
                .map(p -> Map.entry(SocialCard.path(p.slug()), png(card(explainer, p, site.provisions().size()), family)))
                .toList().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** What one picture says. */
    record Card(String site, String kicker, String title, String summary, String address) {}

    static Card card(Explainer explainer, Provision p, int total) {
        URI base = URI.create(explainer.baseUrl());
        String address = base.getAuthority() + (base.getPath() == null ? "" : base.getPath().replaceAll("/$", ""));
        return new Card(explainer.title(), explainer.provisionLabel() + " " + p.number() + " of " + total, p.title(),
                p.summary(), address);
    }

    static byte[] png(Card card, String family) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 16, HEIGHT);

            int width = WIDTH - 2 * MARGIN;
            int y = MARGIN;
            y = write(g, List.of(card.site()), font(family, Font.BOLD, 28, card.site()), MUTED, y);
            y += 28;
            y = write(g, List.of(card.kicker().toUpperCase(java.util.Locale.ROOT)), font(family, Font.BOLD, 30, card.kicker()), ACCENT, y);
            y += 12;
            // The title as large as fits in three lines.
            Font titleFont = null;
            List<String> title = null;
            for (int size = 68; size >= 40; size -= 4) {
                titleFont = font(family, Font.BOLD, size, card.title());
                title = lines(card.title(), g.getFontMetrics(titleFont), width, 3);
                if (!title.get(title.size() - 1).endsWith("…")) break;
            }
            y = write(g, title, titleFont, TEXT, y);
            y += 20;
            Font summaryFont = font(family, Font.PLAIN, 32, card.summary());
            int footerTop = HEIGHT - MARGIN - 40;
            int room = Math.max(1, (footerTop - 24 - y) / g.getFontMetrics(summaryFont).getHeight());
            write(g, lines(card.summary(), g.getFontMetrics(summaryFont), width, Math.min(3, room)), summaryFont, MUTED, y);

            g.setColor(RULE);
            g.fillRect(MARGIN, footerTop, width, 2);
            write(g, List.of(card.address()), font(family, Font.PLAIN, 26, card.address()), MUTED, footerTop + 18);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }

    /** Writes lines from {@code top} down; returns the y below the last. */
    private static int write(Graphics2D g, List<String> lines, Font font, Color color, int top) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics m = g.getFontMetrics();
        int y = top;
        for (String line : lines) {
            g.drawString(line, MARGIN, y + m.getAscent());
            y += m.getHeight();
        }
        return y;
    }

    /** {@code text} wrapped at spaces into at most {@code max} lines; an ellipsis ends a text cut short. */
    static List<String> lines(String text, FontMetrics m, int width, int max) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || m.stringWidth(candidate) <= width) {
                line = candidate;
            } else {
                out.add(line);
                line = word;
            }
        }
        if (!line.isEmpty()) out.add(line);
        if (out.size() <= max) return out;
        List<String> kept = new ArrayList<>(out.subList(0, max));
        String last = kept.get(max - 1);
        while (last.contains(" ") && m.stringWidth(last + "…") > width) last = last.substring(0, last.lastIndexOf(' '));
        kept.set(max - 1, last + "…");
        return kept;
    }

    /** The preferred family if it can show {@code text}, else the logical font (which falls back per glyph). */
    private static Font font(String family, int style, int size, String text) {
        Font f = new Font(family, style, size);
        return f.canDisplayUpTo(text) == -1 ? f : new Font(LOGICAL, style, size);
    }

    /** The first of {@link #FAMILIES} this machine has, else the logical sans-serif font. */
    static String family() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
        return FAMILIES.stream().filter(installed::contains).findFirst().orElse(LOGICAL);
    }
}
