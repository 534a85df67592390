package dev.sitegen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file a URL names, and what the preview adds to a page on its way out. */
class SiteHandlerTest {

    @TempDir
    Path site;

    private SiteHandler handler() {
        return new SiteHandler(site, () -> "s-7");
    }

    @Test
    void aUrlNamesAFileInsideTheSiteAndNeverTheBuildsOwnOrOneOutside() throws IOException {
        Files.createDirectories(site.resolve("threads"));
        Files.writeString(site.resolve("threads/start.html"), "<html></html>");
        assertThat(handler().resolve("/threads/start.html")).contains(site.resolve("threads/start.html"));
        assertThat(handler().resolve("/../secret.txt")).isEmpty();
        assertThat(handler().resolve("/threads/../../secret.txt")).isEmpty();
        assertThat(handler().resolve("/.sitegen-manifest")).isEmpty();
        assertThat(handler().resolve("/.sitegen-staging/index.html")).isEmpty();
    }

    @Test
    void theScriptAndStylesheetGoAtTheEndOfTheHeadWithTheSiteTheyWereServedWith() {
        String page = "<html><head><title>t</title></HEAD><body><p>x</p></body></html>";
        String served = handler().inject(page);
        assertThat(served).isEqualTo("<html><head><title>t</title><link rel=\"stylesheet\" href=\"/_sitegen/live.css\">"
                + "<script src=\"/_sitegen/live.js?site=s-7\" defer></script></HEAD><body><p>x</p></body></html>");
    }

    @Test
    void contentTypesFollowTheExtension() {
        assertThat(SiteHandler.type(Path.of("a.HTML"))).isEqualTo("text/html; charset=utf-8");
        assertThat(SiteHandler.type(Path.of("assets/site.js"))).startsWith("text/javascript");
        assertThat(SiteHandler.type(Path.of("favicon.svg"))).isEqualTo("image/svg+xml");
        assertThat(SiteHandler.type(Path.of("LICENSE"))).isEqualTo("application/octet-stream");
    }
}
