package gloss.serve;

import gloss.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A renamed reaction's old address redirects in the live preview as it does in the built site. */
class RedirectServeTest {
    @Test
    void serveAnswersTheOldAddressWithTheRedirectPage(@TempDir Path dir) throws Exception {
        Path root = Projects.fixtureCopy(dir.resolve("project"));
        assertEquals(0, Projects.gloss("rename", "reaction", "2025-11-21-alice-statement", "2025-11-21-alice-remarks",
                "--root", root.toString()).exit());
        try (RunningPreview serve = RunningPreview.at(root, false)) {
            HttpResponse<String> old = serve.get("reactions/2025-11-21-alice-statement/");
            assertEquals(200, old.statusCode());
            assertTrue(old.body().contains("<meta http-equiv=\"refresh\" content=\"0; url=../../reactions/2025-11-21-alice-remarks/\">"),
                    old.body());
            assertEquals(200, serve.get("reactions/2025-11-21-alice-remarks/").statusCode());
        }
    }
}
