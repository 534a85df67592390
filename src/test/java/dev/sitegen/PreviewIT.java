package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as an author uses it, in the headless Chromium of {@link BrowserIT}: a page
 * open in the browser reloads itself after a save, at the same scroll position; a broken
 * example shows its problem over the page, at its file and line; the fix takes it away.
 * All with the site's real template, under its Content-Security-Policy, which the preview's
 * script must satisfy.
 */
class PreviewIT {

    private static ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    /** A page long enough to scroll, with an example whose output block is on line 9. */
    private static final String PAGE = """
            # Long

            The introduction.

            ```java run
            IO.println("hello");
            ```

            ```output
            hello
            ```

            """ + IntStream.rangeClosed(1, 80).mapToObj(i -> "Paragraph " + i + " of a page long enough to scroll.\n")
            .collect(Collectors.joining("\n"));

    @Test
    void anOpenPageReloadsAtItsScrollPositionAndShowsABrokenExampleUntilItIsFixed() throws Exception {
        TestSite site = new TestSite(dir).page("index.md", PAGE);
        copyTree(Path.of("templates"), dir.resolve("templates")); // the real template: its scripts, and the Content-Security-Policy they get
        try (RunningPreview preview = new RunningPreview(site)) {
            browser.get(preview.uri("/index.html").toString());
            browser.manage().logs().get(LogType.BROWSER); // from here on, every console message is this test's
            browser.executeScript("window.scrollTo({ top: 1200, behavior: \"instant\" });");
            long scrolled = scrollY();
            assertThat(scrolled).as("the page scrolls").isGreaterThan(500L);

            site.page("index.md", PAGE.replace("The introduction.", "The introduction, edited."));
            awaitLoaded(d -> d.findElement(By.tagName("article")).getText().contains("The introduction, edited."));
            assertThat(scrollY()).as("the scroll position after the reload").isEqualTo(scrolled);

            site.page("index.md", PAGE.replace("The introduction.", "The introduction, edited.").replace("```output\nhello", "```output\ngoodbye"));
            WebElement overlay = new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.cssSelector(".sitegen-preview-overlay")));
            assertThat(overlay.isDisplayed()).isTrue();
            assertThat(overlay.findElement(By.cssSelector(".sitegen-preview-where")).getText()).isEqualTo("content/index.md:9:1");
            assertThat(overlay.getText()).contains("does not match").contains("-goodbye").contains("+hello").contains("hint: ");
            Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("preview-overlay.png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(browser.findElement(By.tagName("article")).getText()).as("the last good page stays").contains("The introduction, edited.");

            site.page("index.md", PAGE.replace("The introduction.", "The introduction, fixed."));
            awaitLoaded(d -> d.findElement(By.tagName("article")).getText().contains("The introduction, fixed."));
            assertThat(browser.findElements(By.cssSelector(".sitegen-preview-overlay"))).as("the overlay is gone").isEmpty();
            assertThat(scrollY()).isEqualTo(scrolled);

            List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()).map(e -> e.getMessage())
                    .toList();
            assertThat(console).as("no error, no Content-Security-Policy refusal").isEmpty();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static long scrollY() {
        return ((Number) browser.executeScript("return Math.round(window.scrollY);")).longValue();
    }

    /** Waits for a reload the page did itself: until the condition holds on a page that finished loading. */
    private static void awaitLoaded(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> "complete".equals(browser.executeScript("return document.readyState;")) && condition.apply(d));
    }
}
