package dev.sitegen.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

class ContentLoaderTest {

    @TempDir
    Path root;

    private final Reporter reporter = new Reporter();

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Site load() {
        return new ContentLoader(reporter).load(root, "content");
    }

    private Page onlyPage() {
        List<Page> pages = load().pages();
        assertEquals(1, pages.size(), () -> "pages: " + pages);
        return pages.getFirst();
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        assertTrue(all.getFirst().isError());
        return all.getFirst();
    }

    @Test
    void markdownFilesArePagesOtherFilesAssetsAndUnderscoreDotAndExamplesAreSkipped() throws IOException {
        write("index.md", "# Home\n");
        write("threads/start.md", "# Start\n");
        write("img/logo.png", "png");
        write("_drafts/later.md", "# Later\n");
        write("threads/_notes.md", "# Notes\n");
        write(".hidden/page.md", "# Hidden\n");
        write("threads/.DS_Store", "x");
        write("examples/Counter.java", "class Counter {}\n");
        write("examples/readme.md", "# Examples\n");
        write("_site.yml", "title: T\n");

        Site site = load();

        assertEquals(List.of("index.md", "threads/start.md"), site.pages().stream().map(Page::path).toList());
        assertEquals(List.of("content/index.md", "content/threads/start.md"), site.pages().stream().map(Page::file).toList());
        assertEquals(List.of("img/logo.png"), site.assets().stream().map(Asset::path).toList());
        assertEquals(root.resolve("img/logo.png"), site.assets().getFirst().source());
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void pageWithoutFrontMatterIsKeptAsWritten() throws IOException {
        write("index.md", "# Home\n\nText.\n");

        Page page = onlyPage();
        assertEquals("# Home\n\nText.\n", page.markdown());
        assertEquals(FrontMatter.NONE, page.front());
        assertEquals("index.html", page.outputPath());
    }

    @Test
    void frontMatterIsReadAndItsLinesBlankedSoLineNumbersStay() throws IOException {
        write("threads/join.md", """
                ---
                title: Waiting with join
                order: 2.5
                description: How a thread waits for another.
                ---
                # Join

                ```java run
                """);

        Page page = onlyPage();
        assertEquals(Optional.of("Waiting with join"), page.front().title());
        assertEquals(OptionalDouble.of(2.5), page.front().order());
        assertEquals(Optional.of("How a thread waits for another."), page.front().description());
        List<String> lines = page.markdown().lines().toList();
        assertEquals(List.of("", "", "", "", ""), lines.subList(0, 5));
        assertEquals("# Join", lines.get(5));
        assertEquals("```java run", lines.get(7));
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void integerOrderIsANumber() throws IOException {
        write("a.md", "---\norder: 3\n---\n");
        assertEquals(OptionalDouble.of(3), onlyPage().front().order());
    }

    @Test
    void unknownFrontMatterKeyIsReportedAtTheKeyWithTheClosestKey() throws IOException {
        write("a.md", "---\ntitle: A\ntitel: B\n---\n# A\n");

        Page page = onlyPage();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 3, 1), d.pos());
        assertEquals(5, d.span());
        assertTrue(d.message().contains("`titel`"), d.message());
        assertEquals("did you mean `title`?", d.hint());
        assertEquals(Optional.of("A"), page.front().title());
    }

    @Test
    void unknownKeyIsNamedEvenWithOtherValidKeysAround() throws IOException {
        write("a.md", "---\ntitle: A\norder: 1\nauthor: me\n---\n");

        load();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 4, 1), d.pos());
        assertTrue(d.message().contains("`author`"), d.message());
        assertTrue(d.hint().contains("`title`") && d.hint().contains("`order`") && d.hint().contains("`description`"), d.hint());
    }

    @Test
    void malformedYamlIsReportedAtItsLineInThePage() throws IOException {
        write("a.md", "---\ntitle: ok\ndescription: one: two\n---\n# A\n");

        Page page = onlyPage();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 3, 17), d.pos());
        assertTrue(d.message().contains("malformed YAML"), d.message());
        assertEquals(FrontMatter.NONE, page.front());
        assertEquals("# A", page.markdown().lines().toList().get(4));
    }

    @Test
    void nonNumericOrderIsReportedAtTheValue() throws IOException {
        write("a.md", "---\norder: first\n---\n");

        onlyPage();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 2, 8), d.pos());
        assertTrue(d.message().contains("`first`"), d.message());
    }

    @Test
    void emptyTitleIsReported() throws IOException {
        write("a.md", "---\ntitle:\n---\n");

        assertEquals(Optional.empty(), onlyPage().front().title());
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 2, 1), d.pos());
        assertTrue(d.message().contains("`title`"), d.message());
    }

    @Test
    void infiniteOrderIsANumberOrAReportedProblemNotACrash() throws IOException {
        write("a.md", "---\norder: .inf\n---\n");

        Page page = assertDoesNotThrow(this::onlyPage);
        boolean accepted = page.front().order().equals(OptionalDouble.of(Double.POSITIVE_INFINITY));
        boolean reported = reporter.sorted().stream().anyMatch(d -> d.isError() && new SourcePos("content/a.md", 2, 8).equals(d.pos()));
        assertTrue(accepted || reported, () -> "order " + page.front().order() + ", problems " + reporter.sorted());
    }

    @Test
    void unclosedFrontMatterIsReportedAtTheFirstLine() throws IOException {
        write("a.md", "---\ntitle: A\n# A\n");

        Page page = onlyPage();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/a.md", 1, 1), d.pos());
        assertTrue(d.message().contains("never closed"), d.message());
        assertEquals(FrontMatter.NONE, page.front());
        assertEquals("---\ntitle: A\n# A\n", page.markdown());
    }

    @Test
    void windowsLineEndingsAreNormalised() throws IOException {
        write("a.md", "---\r\ntitle: Crlf\r\n---\r\n# Heading\r\nText\r\n");

        Page page = onlyPage();
        assertEquals(Optional.of("Crlf"), page.front().title());
        assertTrue(page.markdown().indexOf('\r') < 0, page.markdown());
        assertEquals(List.of("", "", "", "# Heading", "Text"), page.markdown().lines().toList());
    }

    @Test
    void errorsInCrlfFrontMatterKeepTheirLine() throws IOException {
        write("a.md", "---\r\ntitle: A\r\nsummary: B\r\n---\r\n");

        onlyPage();
        assertEquals(new SourcePos("content/a.md", 3, 1), onlyError().pos());
    }

    @Test
    void fileThatIsNotUtf8IsReported() throws IOException {
        Files.write(root.resolve("latin1.md"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});

        load();
        List<Diagnostic> all = reporter.sorted();
        assertTrue(all.stream().anyMatch(d -> new SourcePos("content/latin1.md", 1, 3).equals(d.pos()) && d.message().contains("UTF-8")), all.toString());
    }

    @Test
    void contentWithoutPagesIsAnError() throws IOException {
        write("img/logo.png", "png");

        Site site = load();
        assertTrue(site.pages().isEmpty());
        Diagnostic d = onlyError();
        assertEquals(null, d.pos());
        assertTrue(d.message().contains("`content`"), d.message());
    }

    @Test
    void siteSettingsAreRead() throws IOException {
        write("index.md", "# Home\n");
        write("_site.yml", "title: Java Threads\nbaseUrl: https://threads.example.org\neditUrl: https://github.com/o/r/edit/main/content/\n");

        SiteSettings settings = load().settings();
        assertEquals("Java Threads", settings.title());
        assertEquals(Optional.of("https://threads.example.org/"), settings.baseUrl());
        assertEquals(Optional.of("https://github.com/o/r/edit/main/content/"), settings.editUrl());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void partsNameTopLevelFoldersInTheOrderWritten() throws IOException {
        write("index.md", "# Home\n");
        write("b/one.md", "# One\n");
        write("a/two.md", "# Two\n");
        write("_site.yml", "title: T\nparts:\n  b: \"First part\"\n  a: Second part\n  nowhere: Missing\n");

        SiteSettings settings = load().settings();
        assertEquals(List.of("b", "a", "nowhere"), List.copyOf(settings.parts().keySet()));
        assertEquals(Optional.of("First part"), settings.partOf("b/one.md"));
        assertEquals(Optional.empty(), settings.partOf("index.md"));
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), all::toString);
        assertEquals(new SourcePos("content/_site.yml", 5, 3), all.getFirst().pos());
        assertTrue(all.getFirst().message().contains("the part `nowhere` names no folder"), all.getFirst().message());
    }

    @Test
    void withoutSiteSettingsTheDefaultsApply() throws IOException {
        write("index.md", "# Home\n");
        assertEquals(SiteSettings.DEFAULT, load().settings());
    }

    @Test
    void unknownSiteSettingIsReportedAtItsKeyWithTheClosestKey() throws IOException {
        write("index.md", "# Home\n");
        write("_site.yml", "title: T\nbasUrl: https://x.org\n");

        Site site = load();
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/_site.yml", 2, 1), d.pos());
        assertTrue(d.message().contains("`basUrl`"), d.message());
        assertEquals("did you mean `baseUrl`?", d.hint());
        assertEquals("T", site.settings().title());
    }

    @Test
    void malformedSiteSettingsAreReportedAtTheirLine() throws IOException {
        write("index.md", "# Home\n");
        write("_site.yml", "title: T\nbaseUrl: [unclosed\n");

        Site site = load();
        Diagnostic d = reporter.sorted().getFirst();
        assertEquals("content/_site.yml", d.pos().file());
        assertTrue(d.pos().line() >= 2, d.pos().toString());
        assertEquals(SiteSettings.DEFAULT, site.settings());
    }
}
