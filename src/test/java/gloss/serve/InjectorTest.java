package gloss.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InjectorTest {
    private static String inject(String html, boolean draft) {
        return new String(Injector.inject(html.getBytes(StandardCharsets.UTF_8), 7, draft), StandardCharsets.UTF_8);
    }

    @Test
    void theReloadScriptGoesBeforeTheLastBodyEndTag() {
        assertEquals("<html><body class=\"x\"><p>&lt;/body&gt; é</p>" + Injector.reloadScript(7) + "</BODY></html>",
                inject("<html><body class=\"x\"><p>&lt;/body&gt; é</p></BODY></html>", false));
    }

    @Test
    void aPageWithoutBodyEndGetsTheScriptAtTheEnd() {
        assertEquals("<p>x" + Injector.reloadScript(7), inject("<p>x", false));
    }

    @Test
    void draftPagesGetTheBannerRightAfterTheBodyTag() {
        assertEquals("<body class=\"a\">" + Injector.DRAFT_BANNER + "<main></main>" + Injector.reloadScript(7) + "</body>",
                inject("<body class=\"a\"><main></main></body>", true));
    }
}
