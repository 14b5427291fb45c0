package gloss.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.remote.RemoteWebDriver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The screens a reader may use, emulated through the Chrome DevTools Protocol: a phone (390 CSS px wide,
 * touch), a desktop (1366 px, mouse), light or dark colour scheme, and print. Also a real tap with a
 * finger, and a wait for the page to stop scrolling.
 */
final class Screens {
    private Screens() {}

    /** A screen size and whether it is touched or pointed at. */
    enum Size {
        PHONE(390, 844, 3, true), DESKTOP(1366, 768, 1, false);

        final int width;
        final int height;
        final int scale;
        final boolean touch;

        Size(int width, int height, int scale, boolean touch) {
            this.width = width;
            this.height = height;
            this.scale = scale;
            this.touch = touch;
        }
    }

    /** The page width of A4 paper with the print stylesheet's 15 mm margins, in CSS px (180 mm at 96 px to the inch). */
    static final int PRINT_WIDTH = 680;

    static void use(WebDriver driver, Size size, String scheme) {
        cdp(driver, "Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
                "deviceScaleFactor", size.scale, "mobile", size.touch));
        cdp(driver, "Emulation.setTouchEmulationEnabled", Map.of("enabled", size.touch, "maxTouchPoints", size.touch ? 5 : 1));
        media(driver, "", scheme);
    }

    /** Print media, on paper {@link #PRINT_WIDTH} wide, with the screen's colour scheme still reported as {@code scheme}. */
    static void print(WebDriver driver, String scheme) {
        cdp(driver, "Emulation.setDeviceMetricsOverride", Map.of("width", PRINT_WIDTH, "height", 1000,
                "deviceScaleFactor", 1, "mobile", false));
        cdp(driver, "Emulation.setTouchEmulationEnabled", Map.of("enabled", false, "maxTouchPoints", 1));
        cdp(driver, "Emulation.setScrollbarsHidden", Map.of("hidden", true)); // paper has no scroll bar
        media(driver, "print", scheme);
    }

    /** Back to the browser's own window and media. */
    static void reset(WebDriver driver) {
        cdp(driver, "Emulation.clearDeviceMetricsOverride", Map.of());
        cdp(driver, "Emulation.setScrollbarsHidden", Map.of("hidden", false));
        cdp(driver, "Emulation.setTouchEmulationEnabled", Map.of("enabled", false, "maxTouchPoints", 1));
        media(driver, "", "light");
    }

    private static void media(WebDriver driver, String media, String scheme) {
        cdp(driver, "Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void cdp(WebDriver driver, String command, Map<String, Object> params) {
        ((HasCdp) driver).executeCdpCommand(command, params);
    }

    /** A tap with one finger at the middle of {@code element}'s first box (it must be in the viewport). */
    static void tap(WebDriver driver, WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> c = (Map<String, Number>) Pages.js(driver, "var r = arguments[0].getClientRects()[0];"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2};", element);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                        (int) Math.round(c.get("x").doubleValue()), (int) Math.round(c.get("y").doubleValue())))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((RemoteWebDriver) driver).perform(List.of(tap));
    }

    /**
     * Waits until the page has stopped scrolling: the scroll position unchanged for 20 animation frames (a third
     * of a second), long enough for the browser's own hover update after a scroll to have happened.
     */
    static void waitUntilStill(WebDriver driver) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1], last = null, still = 0;"
                        + " function tick() { var now = window.scrollX + ',' + window.scrollY;"
                        + "   if (now === last) { if (++still >= 20) { done(true); return; } } else { still = 0; last = now; }"
                        + "   requestAnimationFrame(tick); }"
                        + " requestAnimationFrame(tick);");
    }
}
