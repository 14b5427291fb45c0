package gloss.site;

/**
 * The picture a social network or chat app shows when a provision's page is shared (Open Graph
 * {@code og:image}): where it lives, beside the page, and its size, the 1.91:1 that Open Graph and
 * Twitter's large card recommend. The exports draw the pictures (PreviewImages).
 */
public final class SocialCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private SocialCard() {}

    public static String path(String provisionSlug) {
        return Urls.provision(provisionSlug) + "preview.png";
    }
}
