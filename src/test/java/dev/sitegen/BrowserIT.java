package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The published site, as readers get it, in a real headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}): every page passes the axe accessibility
 * rules in both themes, outputs read as the program printed them, the copy button and the
 * mobile menu work.
 *
 * <p>Without the browser installed these tests are skipped, so that {@code mvn verify} works
 * on any machine; CI installs it and sets {@code SITEGEN_BROWSER_TESTS=require}, which turns
 * a missing browser into a failure.
 */
class BrowserIT {

    private static final Path SITE = Path.of("site").toAbsolutePath();

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void open(Path page, String theme) {
        browser.get(page.toUri().toString());
        if (theme != null) {
            browser.executeScript("localStorage.setItem('sitegen-theme', arguments[0])", theme);
            browser.navigate().refresh();
        }
    }

    @Test
    void everyPagePassesTheAccessibilityRulesInBothThemes() throws IOException {
        assertThat(pages()).hasSizeGreaterThan(5);
        for (String theme : List.of("light", "dark")) {
            for (Path page : pages()) {
                open(page, theme);
                Results results = new AxeBuilder().analyze(browser);
                List<Rule> violations = results.getViolations();
                assertThat(violations).as(() -> SITE.relativize(page) + " (" + theme + "): " + violations.stream()
                        .map(v -> v.getId() + " on " + v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))).isEmpty();
            }
        }
    }

    @Test
    void outputPanelsShowWhatTheProgramPrinted() {
        open(SITE.resolve("index.html"), null);
        WebElement output = browser.findElement(By.cssSelector(".example-output pre.output"));
        assertThat(output.getText()).isEqualTo("Hello from worker\nHello from main");
        open(SITE.resolve("threads/start.html"), null);
        WebElement stderr = browser.findElements(By.cssSelector(".example-output .err")).getFirst();
        assertThat(stderr.getText()).startsWith("Exception in thread \"main\" java.lang.IllegalThreadStateException");
        assertThat(stderr.getCssValue("color")).isNotEqualTo(browser.findElement(By.cssSelector(".example-output .out")).getCssValue("color"));
    }

    @Test
    void theCopyButtonSaysItCopied() {
        open(SITE.resolve("index.html"), null);
        WebElement button = browser.findElement(By.cssSelector(".example .copy-button"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> button.getText().contains("Copied"));
        assertThat(button.getText()).contains("Copied");
    }

    @Test
    void onAPhoneTheNavigationOpensFromTheMenuButton() {
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open(SITE.resolve("sharing/races.html"), null);
            WebElement toggle = browser.findElement(By.cssSelector(".nav-toggle"));
            WebElement nav = browser.findElement(By.id("site-nav"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(nav.findElement(By.cssSelector("a[aria-current=page]")).isDisplayed()).isFalse();
            toggle.click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> nav.findElement(By.cssSelector("a[aria-current=page]")).isDisplayed());
            assertThat(nav.findElement(By.cssSelector("a[aria-current=page]")).getText()).isEqualTo("Race conditions");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /**
     * At a phone's width no page scrolls sideways as a whole (code and output panels scroll
     * inside themselves). Screenshots of a few pages at both widths go to
     * {@code target/screenshots/} for a person to look at.
     */
    @Test
    void noPageIsWiderThanAPhoneAndScreenshotsAreKept() throws IOException {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        List<String> pages;
        try (Stream<Path> walk = Files.walk(SITE)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> SITE.relativize(p).toString()).sorted().toList();
        }
        List<String> shown = List.of("index.html", "threads/join.html", "sharing/memory-model.html", "liveness/deadlock.html");
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            for (String page : pages) {
                open(SITE.resolve(page), null);
                Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as(page + " is wider than the phone's screen by " + overflow + " px").isLessThanOrEqualTo(0L);
                if (shown.contains(page)) Files.write(shots.resolve(page.replace('/', '-').replace(".html", "-phone.png")), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
            browser.manage().window().setSize(new Dimension(1400, 1000));
            for (String page : shown) {
                if (!pages.contains(page)) continue;
                open(SITE.resolve(page), null);
                Files.write(shots.resolve(page.replace('/', '-').replace(".html", "-desktop.png")), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** On a 1280 px screen, code is wide enough that at least three examples in four show whole lines without scrolling sideways. */
    @Test
    void atA1280PixelWidthMostExamplesDoNotScrollSideways() throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(SITE)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("print.html")).map(p -> SITE.relativize(p).toString()).sorted().toList();
        }
        long examples = 0;
        List<String> scrolling = new java.util.ArrayList<>();
        try {
            browser.manage().window().setSize(new Dimension(1280, 900));
            for (String page : pages) {
                open(SITE.resolve(page), null);
                @SuppressWarnings("unchecked")
                List<String> wide = (List<String>) browser.executeScript(
                        "return [...document.querySelectorAll('.example:not(.example-plain) pre.code')]"
                                + ".filter(p => p.scrollWidth > p.clientWidth).map(p => p.closest('.example').id);");
                examples += (Long) browser.executeScript("return document.querySelectorAll('.example:not(.example-plain) pre.code').length;");
                wide.forEach(id -> scrolling.add(page + "#" + id));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
        assertThat(examples).as("examples on the site").isGreaterThan(100);
        assertThat(scrolling.size()).as(scrolling.size() + " of " + examples + " examples scroll sideways at 1280 px: " + scrolling)
                .isLessThanOrEqualTo((int) (examples / 4));
    }

    @Test
    void aStackFrameLinkLandsOnItsLineHighlighted() {
        open(SITE.resolve("threads/failures.html"), null);
        WebElement link = browser.findElement(By.cssSelector(".example-output .frame-link"));
        String target = link.getAttribute("href");
        String id = target.substring(target.indexOf('#') + 1);
        String before = (String) browser.executeScript("return getComputedStyle(document.getElementById(arguments[0]), '::before').content;", id);
        assertThat(before).isEqualTo("none");

        link.click();

        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> browser.getCurrentUrl().endsWith("#" + id));
        String after = (String) browser.executeScript("return getComputedStyle(document.getElementById(arguments[0]), '::before').content;", id);
        assertThat(after).as("the line the frame names is highlighted").isNotEqualTo("none");
    }

    /** Types a word from a deep page into the search box and opens the first result with Enter. */
    private void searchAndOpen(String start) {
        browser.get(start);
        assertThat(browser.executeScript("return typeof window.SITEGEN_SEARCH + ' ' + typeof window.lunr"))
                .as("a page that is only read loads neither the index nor lunr").isEqualTo("undefined undefined");
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement input = browser.switchTo().activeElement();
        assertThat(input.getAttribute("id")).as("/ focuses the search box").isEqualTo("search-input");
        input.sendKeys("scopedval");
        WebElement first = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.cssSelector("#search-results [role=option][aria-selected=true]")));
        assertThat(first.getText()).contains("ThreadLocal and ScopedValue");
        assertThat(first.findElements(By.tagName("mark"))).as("the match is marked").isNotEmpty();
        try {
            Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("search.png"),
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ARROW_UP, org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("modern/thread-local.html#"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.findElements(By.id(anchor))).as("the result opens at its section").isNotEmpty();
    }

    @Test
    void searchFindsAWordOfADeepPageFromDisk() {
        searchAndOpen(SITE.resolve("sharing/races.html").toUri().toString());
    }

    @Test
    void searchFindsAWordOfADeepPageOverHttp() throws IOException {
        var server = com.sun.net.httpserver.SimpleFileServer.createFileServer(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), SITE,
                com.sun.net.httpserver.SimpleFileServer.OutputLevel.NONE);
        server.start();
        try {
            searchAndOpen("http://127.0.0.1:" + server.getAddress().getPort() + "/sharing/races.html");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void noPageLogsAnErrorOrBreaksItsContentSecurityPolicy() throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(SITE)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> SITE.relativize(p).toString()).sorted().toList();
        }
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER); // drop what earlier tests logged
        for (String page : pages) {
            open(SITE.resolve(page), null);
            List<String> errors = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(entry -> entry.getMessage()).toList();
            assertThat(errors).as(page).isEmpty();
            assertThat(browser.findElement(By.cssSelector(".search")).isDisplayed()).as(page + ": scripts ran").isTrue();
        }
    }
}
