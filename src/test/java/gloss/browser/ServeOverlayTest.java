package gloss.browser;

import gloss.Projects;
import gloss.content.Diagnostics;
import gloss.serve.Preview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The serve experience in a real browser: a save reloads the open tab; an error shows an overlay the
 * screen reader announces (role=alert) and the editor can dismiss; the fix removes it and reloads.
 * Waits are bounded by timeouts.
 */
class ServeOverlayTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void errorsShowADismissibleOverlayAndTheFixReloadsThePage(@TempDir Path dir) throws Exception {
        Chromium.require();
        Path root = Projects.fixtureCopy(dir.resolve("p"));
        Path note = root.resolve("content/provisions/01-borders.md");
        Preview.Log quiet = new Preview.Log() {
            @Override
            public void info(String line) {}

            @Override
            public void diagnostics(Diagnostics diagnostics) {}
        };
        try (Preview serve = Preview.start(new Preview.Settings(root, false, "127.0.0.1", 0), quiet);
             Chromium chromium = Chromium.start()) {
            var driver = chromium.driver;
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(serve.url().resolve("provisions/01-borders/").toString());
            wait.until(d -> d.findElement(By.cssSelector("script[data-gloss-version='1']")) != null);

            Files.writeString(note, Files.readString(note).replace("frozen [@wire-one]", "frozen [@wire-onee]"));
            WebElement overlay = wait.until(d -> d.findElements(By.cssSelector("#gloss-overlay")).stream().findFirst().orElse(null));
            assertEquals("alert", overlay.getAttribute("role"));
            assertTrue(overlay.getText().contains("content/provisions/01-borders.md:18:27"), overlay.getText());
            assertTrue(overlay.getText().contains("unknown source 'wire-onee' in citation"), overlay.getText());
            assertTrue(overlay.getText().contains("showing the last good build") || overlay.getText().contains("last good build"));

            overlay.findElement(By.tagName("button")).click();
            wait.until(d -> d.findElements(By.cssSelector("#gloss-overlay")).isEmpty());

            // A second, different error brings it back; Escape dismisses it too.
            Files.writeString(note, Files.readString(note).replace("frozen [@wire-onee]", "frozen [@wire-onex]"));
            WebElement again = wait.until(d -> d.findElements(By.cssSelector("#gloss-overlay")).stream().findFirst().orElse(null));
            again.findElement(By.tagName("button")).sendKeys(Keys.ESCAPE);
            wait.until(d -> d.findElements(By.cssSelector("#gloss-overlay")).isEmpty());

            Files.writeString(note, Files.readString(note).replace("frozen [@wire-onex]", "frozen [@paper-two]"));
            wait.until(d -> !d.findElements(By.cssSelector("script[data-gloss-version='2']")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector("#gloss-overlay")).isEmpty());
            assertTrue(driver.getPageSource().contains("Example Paper"), "the reloaded page shows the fix");
        }
    }
}
