package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleExtractor;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.load.Asset;
import dev.sitegen.load.FrontMatter;
import dev.sitegen.load.Page;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteSettings;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.Chunk;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.StreamKind;

class SiteRendererTest {

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Page title</title>
            <meta name="description" content="">
            <link rel="stylesheet" href="assets/site.css">
            </head>
            <body>
            <header><a data-slot="site-title" href="index.html">Site</a></header>
            <nav data-slot="nav"><ul><li><a href="#">A page</a></li></ul></nav>
            <main><article data-slot="content"><p>Content</p></article>
            <nav data-slot="pager"></nav></main>
            <aside data-slot="toc"></aside>
            <script src="assets/site.js"></script>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private final Reporter reporter = new Reporter();

    @BeforeEach
    void folders() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("page.html"), TEMPLATE);
    }

    private static Page page(String path, String markdown) {
        return new Page(path, "content/" + path, markdown, FrontMatter.NONE);
    }

    private static Page page(String path, String markdown, double order) {
        return new Page(path, "content/" + path, markdown, new FrontMatter(Optional.empty(), OptionalDouble.of(order), Optional.empty()));
    }

    /** A site, its extracted examples and the files rendered from them. */
    private final class Build {
        final Site site;
        final List<ExtractedPage> extracted;
        List<SiteFile> files;

        Build(List<Asset> assets, Page... pages) {
            this(SiteSettings.DEFAULT, assets, pages);
        }

        Build(SiteSettings settings, List<Asset> assets, Page... pages) {
            site = new Site(content, "content", settings, List.of(pages), assets);
            extracted = new ExampleExtractor(reporter).extract(site);
        }

        Example example(String id) {
            return extracted.stream().flatMap(p -> p.examples().stream()).filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        }

        Build render(Map<Example, Evidence> evidence) {
            files = new SiteRenderer(reporter).render(site, extracted, evidence, templates);
            return this;
        }

        Document html(String path) {
            SiteFile file = files.stream().filter(f -> f.path().equals(path)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + path + " in " + files.stream().map(SiteFile::path).toList()));
            return Jsoup.parse(new String(((SiteFile.Generated) file).bytes(), StandardCharsets.UTF_8));
        }

        String raw(String path) {
            return new String(((SiteFile.Generated) files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow()).bytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private Build render(Page... pages) {
        return new Build(List.of(), pages).render(Map.of());
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        assertTrue(all.getFirst().isError());
        return all.getFirst();
    }

    private static RunResult printed(Chunk... chunks) {
        return new RunResult(List.of(chunks), 0, OptionalInt.of(0), Duration.ofMillis(150), false, Optional.empty());
    }

    // ---- pages and headings

    @Test
    void everyPageIsPublishedAsHtmlAndFilesAreSortedByPath() {
        Build b = render(page("index.md", "# Home\n"), page("threads/start.md", "# Start\n"), page("about.md", "# About\n"));

        // with the search's two files (its index and lunr), the 404 page and the whole site on one page
        assertEquals(List.of("404.html", "about.html", "assets/lunr.min.js", "index.html", "print.html", "search-index.js", "threads/start.html"),
                b.files.stream().map(SiteFile::path).toList());
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void headingsGetGithubIdsAndAnchors() {
        Document doc = render(page("index.md", "# Home\n\n## Why `join()` waits?\n\ntext\n\n### Step 1\n\n## Why `join()` waits?\n")).html("index.html");

        Element h2 = doc.selectFirst("article h2");
        assertEquals("why-join-waits", h2.id());
        assertEquals("#why-join-waits", h2.selectFirst("a.heading-anchor").attr("href"));
        assertEquals("step-1", doc.selectFirst("article h3").id());
        assertEquals("#step-1", doc.selectFirst("article h3 a.heading-anchor").attr("href"));
        assertEquals("why-join-waits-1", doc.select("article h2").get(1).id());
    }

    @Test
    void pageTitleComesFromFrontMatterThenFirstHeadingThenFileName() {
        Page titled = new Page("a.md", "content/a.md", "\n\n\n# Heading A\n",
                new FrontMatter(Optional.of("Front Title"), OptionalDouble.empty(), Optional.of("About A")));
        Build b = render(page("index.md", "# Home\n"), titled, page("no-heading.md", "Just text.\n"));

        Document a = b.html("a.html");
        assertEquals("Front Title · Documentation", a.title());
        assertEquals("About A", a.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Home · Documentation", b.html("index.html").title());
        assertEquals("No heading · Documentation", b.html("no-heading.html").title());
        assertNull(b.html("index.html").selectFirst("meta[name=description]"));
    }

    // ---- links

    @Test
    void markdownLinksArePublishedAsHtml() {
        Document doc = render(page("index.md", "# Home\n\n[next](threads/join.md#why)\n"),
                page("threads/join.md", "# Join\n\n## Why\n\n[back](../index.md)\n"))
                .html("index.html");

        assertEquals("threads/join.html#why", doc.selectFirst("article a:contains(next)").attr("href"));
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void linkBackUpFromANestedPageIsPublishedRelative() {
        Document doc = render(page("index.md", "# Home\n"), page("threads/join.md", "# Join\n\n[back](../index.md)\n")).html("threads/join.html");

        assertEquals("../index.html", doc.selectFirst("article a").attr("href"));
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void linkToAMissingPageIsReportedWhereItIsWrittenWithASuggestion() {
        render(page("index.md", "# Home\n\nSee [the join page](jion.md) for more.\n"), page("join.md", "# Join\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/index.md", 3, 5), d.pos());
        assertTrue(d.message().contains("`jion.md`"), d.message());
        assertEquals("did you mean `join.md`?", d.hint());
    }

    @Test
    void suggestionForANestedPageIsRelativeToTheLinkingPage() {
        render(page("index.md", "# Home\n"), page("threads/start.md", "# Start\n\n[x](../threads/jion.md)\n"), page("threads/join.md", "# Join\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/threads/start.md", 3, 1), d.pos());
        assertEquals("did you mean `join.md`?", d.hint());
    }

    @Test
    void linkToAMissingAnchorIsReportedWithTheClosestHeading() {
        render(page("index.md", "# Home\n\n* item with [a link](join.md#wyh)\n"), page("join.md", "# Join\n\n## Why\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/index.md", 3, 13), d.pos());
        assertTrue(d.message().contains("`#wyh`") && d.message().contains("join.md"), d.message());
        assertEquals("did you mean `#why`?", d.hint());
    }

    @Test
    void anchorsOnTheSamePageAreChecked() {
        render(page("index.md", "# Home\n\n## Intro\n\n[ok](#intro) [bad](#intr)\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/index.md", 5, 14), d.pos());
        assertTrue(d.message().contains("this page"), d.message());
    }

    @Test
    void exampleIdsAreValidAnchors() {
        render(page("index.md", "# Home\n\n[see it](#demo)\n\n```java run id=demo\nvoid main() {}\n```\n"));

        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void linkToThePublishedHtmlNameIsRejected() {
        render(page("index.md", "# Home\n\n[join](join.html)\n"), page("join.md", "# Join\n"));

        Diagnostic d = onlyError();
        assertTrue(d.message().contains("`join.html`"), d.message());
        assertTrue(d.hint().contains("`join.md`"), d.hint());
    }

    @Test
    void linksToAssetsAndExternalSitesAreAccepted() throws IOException {
        Files.writeString(content.resolve("pic.png"), "png");
        new Build(List.of(new Asset("pic.png", content.resolve("pic.png"))),
                page("index.md", "# Home\n\n![pic](pic.png) [jdk](https://openjdk.org/missing.md)\n")).render(Map.of());

        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
    }

    @Test
    void linkToAMissingFileIsReported() {
        render(page("index.md", "# Home\n\n![diagram](img/diagram.png)\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/index.md", 3, 1), d.pos());
        assertTrue(d.message().contains("img/diagram.png"), d.message());
    }

    // ---- callouts

    @Test
    void githubCalloutsBecomeCalloutBoxes() {
        Document doc = render(page("index.md", "# Home\n\n> [!NOTE]\n> Threads share memory.\n\n> [!WARNING]\n> Never call `stop()`.\n\n> Plain quote.\n")).html("index.html");

        Element note = doc.selectFirst("article div.callout.callout-note");
        assertNotNull(note, doc.select("article").outerHtml());
        assertEquals("Note", note.selectFirst(".callout-title").text());
        assertTrue(note.text().contains("Threads share memory."), note.text());
        assertFalse(note.text().contains("[!NOTE]"), note.text());
        Element warning = doc.selectFirst("article div.callout-warning");
        assertEquals("Warning", warning.selectFirst(".callout-title").text());
        assertEquals("stop()", warning.selectFirst("code").text());
        assertEquals(1, doc.select("article blockquote").size());
    }

    // ---- examples

    @Test
    void programOutputIsEscapedText() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run\nvoid main() { IO.println(\"<script>alert(1)</script>\"); }\n```\n"));
        Example e = b.example("index-1");
        b.render(Map.of(e, new Evidence(List.of(), List.of(printed(new Chunk(StreamKind.OUT, "<script>alert(1)</script>\n"))), false)));

        Document doc = b.html("index.html");
        Element output = doc.selectFirst("#index-1 .example-output samp");
        assertEquals("<script>alert(1)</script>", output.text());
        assertTrue(doc.select("article script").isEmpty());
        assertTrue(b.raw("index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void stderrIsMarkedAndExitCodeShown() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run exit=1\nvoid main() { throw new RuntimeException(); }\n```\n"));
        Example e = b.example("index-1");
        RunResult crash = new RunResult(List.of(new Chunk(StreamKind.OUT, "before\n"), new Chunk(StreamKind.ERR, "Exception in thread \"main\"\n")),
                0, OptionalInt.of(1), Duration.ofMillis(90), false, Optional.empty());
        b.render(Map.of(e, new Evidence(List.of(), List.of(crash), false)));

        Element box = b.html("index.html").getElementById("index-1");
        assertEquals("before", box.selectFirst("samp span.out").text());
        assertEquals("standard error", box.selectFirst("samp span.err").attr("title"));
        assertEquals("exit 1", box.selectFirst(".badge-exit").text());
    }

    @Test
    void droppedBytesAreAnnounced() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run\nvoid main() {}\n```\n"));
        Example e = b.example("index-1");
        RunResult big = new RunResult(List.of(new Chunk(StreamKind.OUT, "x")), 1_234_567, OptionalInt.of(0), Duration.ofMillis(5), false, Optional.empty());
        b.render(Map.of(e, new Evidence(List.of(), List.of(big), false)));

        assertTrue(b.html("index.html").selectFirst(".output-note").text().contains("1,234,567 more bytes"));
    }

    @Test
    void pagesOfAPartFormASectionOfTheNavigationAndOthersStandAlone() {
        SiteSettings settings = new SiteSettings("Site", java.util.Optional.empty(), java.util.Optional.empty(),
                Map.of("guide", "The guide"));
        Build b = new Build(settings, List.of(), page("index.md", "# Home\n"), page("guide/a.md", "# A\n"), page("guide/b.md", "# B\n"),
                page("z.md", "# Z\n")).render(Map.of());

        Element nav = b.html("guide/b.html").selectFirst("[data-slot=nav]");
        Element section = nav.selectFirst("li.nav-part");
        assertEquals("The guide", section.selectFirst(".nav-part-title").text());
        assertEquals(List.of("A", "B"), section.select("a").eachText());
        assertEquals("page", section.select("a").get(1).attr("aria-current"));
        assertEquals(List.of("Home", "A", "B", "Z"), nav.select("a").eachText());
        assertEquals(null, nav.selectFirst("li.nav-part a[href=../z.html]"));
    }

    @Test
    void githubFlavouredMarkdownRendersAsOnGithub() {
        Build b = render(page("index.md", """
                # Home

                - [x] done
                - [ ] to do

                ~~gone~~, a note[^1] and https://openjdk.org/jeps/444, but not java.lang.Thread.

                | left | center | right |
                |:-----|:------:|------:|
                | a | b | c |

                [^1]: The note.
                """));

        Document doc = b.html("index.html");
        assertEquals(List.of("done", "not done"), doc.select("li.task-list-item input[type=checkbox]").eachAttr("aria-label"));
        assertEquals("gone", doc.selectFirst("del").text());
        assertEquals("https://openjdk.org/jeps/444", doc.selectFirst("a[href^=https://openjdk]").text());
        assertEquals(List.of("left", "center", "right"), doc.select("th").eachAttr("align"));
        assertEquals("The note.", doc.selectFirst(".footnotes li p").text());
        assertEquals(0, doc.select("a:contains(java.lang.Thread)").size());
        assertTrue(reporter.sorted().isEmpty(), reporter.sorted()::toString);
    }

    @Test
    void rawHtmlLinksAreCheckedAndRewrittenLikeMarkdownLinks() {
        Build b = render(page("index.md", "# Home\n\n<p>See <a href=\"other.md#top\">the other page</a>.</p>\n\nInline <a href=\"missing.md\">gone</a>.\n"),
                page("other.md", "# Top\n"));

        assertEquals("other.html#top", b.html("index.html").selectFirst("a:contains(the other page)").attr("href"));
        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/index.md", 5, 17), d.pos());
        assertTrue(d.message().contains("`missing.md` points to a page that does not exist"), d.message());
    }

    @Test
    void aRootAbsolutePathIsAnErrorWithTheRelativeOneSuggested() {
        render(page("guide/index.md", "# Guide\n\n![logo](/img/logo.png) and <img src=\"/img/logo.png\" alt=\"logo\">\n"));

        List<Diagnostic> all = reporter.sorted();
        assertEquals(2, all.size(), all::toString);
        assertTrue(all.getFirst().message().contains("`/img/logo.png` is root-absolute"), all.getFirst().message());
        assertTrue(all.getFirst().hint().contains("`../img/logo.png`"), all.getFirst().hint());
    }

    @Test
    void codeLinesCarryAnchorsAndStackFramesOfThisPageLinkToThem() {
        Build b = new Build(List.of(), page("guide/page.md", "# Page\n\n```java run exit=1\nvoid main() {\n    throw new IllegalStateException();\n}\n```\n"));
        String trace = "Exception in thread \"main\" java.lang.IllegalStateException\n\tat Main.main(guide/page.md:5)\n\tat Other.run(guide/other.md:9)\n";
        b.render(Map.of(b.example("guide-page-1"), new Evidence(List.of(), List.of(
                new RunResult(List.of(new Chunk(StreamKind.ERR, trace)), 0, OptionalInt.of(1), Duration.ofMillis(5), false, Optional.empty())), false)));

        Document doc = b.html("guide/page.html");
        assertEquals(List.of("L4", "L5", "L6"), doc.select("pre.code .line-anchor").eachAttr("id"));
        assertEquals("void main() {\n    throw new IllegalStateException();\n}", doc.selectFirst("pre.code code").wholeText().strip());
        Element link = doc.selectFirst(".example-output a.frame-link");
        assertEquals("#L5", link.attr("href"));
        assertEquals("guide/page.md:5", link.text());
        assertEquals(1, doc.select(".example-output a.frame-link").size(), "a frame of another page is not linked");
    }

    @Test
    void aCodeBlockInAnotherLanguageGetsTheFrameAndACopyButton() {
        Document doc = render(page("index.md", "# Home\n\n```sh\nmvn site-gen\n```\n\n    indented\n")).html("index.html");

        Element box = doc.selectFirst(".example-plain");
        assertEquals("sh", box.selectFirst(".example-name").text());
        assertEquals("mvn site-gen", box.selectFirst("pre.code code").text());
        assertEquals(2, doc.select(".example-plain .copy-button").size());
    }

    @Test
    void repeatedRunsShowTheirShareAsABarDrawnWithoutScript() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run runs=4\nIO.println(1);\n```\n"));
        b.render(Map.of(b.example("index-1"), new Evidence(List.of(), List.of(printed(new Chunk(StreamKind.OUT, "lost\n")),
                printed(new Chunk(StreamKind.OUT, "lost\n")), printed(new Chunk(StreamKind.OUT, "lost\n")),
                printed(new Chunk(StreamKind.OUT, "none lost\n"))), false)));

        Document doc = b.html("index.html");
        assertEquals(List.of("75.0", "25.0"), doc.select(".run-group svg.run-bar rect.run-bar-fill").eachAttr("width"));
        assertEquals(List.of("3 of 4 runs", "1 of 4 runs"), doc.select(".run-count").eachText());
    }

    @Test
    void theContentsAreAlsoFoldedAtTheTopOfTheArticleForNarrowScreens() {
        Document doc = render(page("index.md", "# Home\n\n## First\n\nText.\n\n## Second\n\nText.\n")).html("index.html");

        Element inline = doc.selectFirst("[data-slot=content] > h1 + details.toc-inline");
        assertEquals("On this page", inline.selectFirst("summary").text());
        assertEquals(List.of("#first", "#second"), inline.select("a").eachAttr("href"));
    }

    @Test
    void outputBlocksAreCheckedButNotShown() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run\nvoid main() { IO.println(\"real\"); }\n```\n\n```output\nexpected-secret\n```\n"));
        b.render(Map.of(b.example("index-1"), new Evidence(List.of(), List.of(printed(new Chunk(StreamKind.OUT, "real\n"))), false)));

        Document doc = b.html("index.html");
        assertFalse(doc.text().contains("expected-secret"), doc.text());
        assertEquals("real", doc.selectFirst("#index-1 .example-output samp").text());
    }

    @Test
    void aBlockThatOnlyLooksLikeAnOutputAfterARunBlockIsShown() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java run\nvoid main() { IO.println(\"real\"); }\n```\n\n```outputs\nsample-text\n```\n"));
        b.render(Map.of(b.example("index-1"), new Evidence(List.of(), List.of(printed(new Chunk(StreamKind.OUT, "real\n"))), false)));

        assertTrue(b.html("index.html").text().contains("sample-text"), "an ```outputs block is not an expectation and must not vanish");
    }

    @Test
    void hiddenLinesAreNotShownInTheCode() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n```java\nimport java.util.*; // hide\nvoid main() {}\n```\n"));
        b.render(Map.of());

        Element code = b.html("index.html").selectFirst("#index-1 pre.code code");
        assertEquals("void main() {}", code.text());
        assertTrue(code.select("span.tok-kw").stream().anyMatch(s -> s.text().equals("void")));
    }

    @Test
    void headingWithTheSameTextAsAnExampleIdGetsASuffix() {
        Build b = new Build(List.of(), page("index.md", "# Home\n\n## Demo\n\n```java id=demo\nclass A {}\n```\n"));
        b.render(Map.of());

        Document doc = b.html("index.html");
        assertEquals("demo-1", doc.selectFirst("article h2").id());
        assertEquals(1, doc.select("#demo").size());
    }

    // ---- navigation, toc, pager

    @Test
    void navigationFollowsOrderWithTheHomePageFirstAndThenPaths() {
        Build b = render(page("c.md", "# Cee\n"), page("a.md", "# Ay\n", 2), page("index.md", "# Home\n"), page("b.md", "# Bee\n", 1));

        Document doc = b.html("b.html");
        assertEquals(List.of("Home", "Bee", "Ay", "Cee"), doc.select("nav[data-slot=nav] a").eachText());
        assertEquals(List.of("index.html", "b.html", "a.html", "c.html"), doc.select("nav[data-slot=nav] a").eachAttr("href"));
        assertEquals("page", doc.selectFirst("nav[data-slot=nav] a.current").attr("aria-current"));
        assertEquals("Bee", doc.selectFirst("nav[data-slot=nav] a.current").text());
    }

    @Test
    void pagerLinksThePreviousAndNextPageInNavigationOrder() {
        Build b = render(page("c.md", "# Cee\n"), page("a.md", "# Ay\n", 2), page("index.md", "# Home\n"), page("b.md", "# Bee\n", 1));

        Element pager = b.html("b.html").selectFirst("nav[data-slot=pager]");
        assertEquals("index.html", pager.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("Home", pager.selectFirst("a[rel=prev] .pager-title").text());
        assertEquals("a.html", pager.selectFirst("a[rel=next]").attr("href"));
        assertNull(b.html("index.html").selectFirst("nav[data-slot=pager] a[rel=prev]"));
        assertNull(b.html("c.html").selectFirst("nav[data-slot=pager] a[rel=next]"));
    }

    @Test
    void homePageWithAnOrderIsSortedLikeTheOthers() {
        Build b = render(page("index.md", "# Home\n", 5), page("a.md", "# Ay\n", 1));

        assertEquals(List.of("Ay", "Home"), b.html("a.html").select("nav[data-slot=nav] a").eachText());
    }

    @Test
    void nestedPagesLinkUpToTheRoot() {
        Build b = render(page("index.md", "# Home\n"), page("threads/start.md", "# Start\n"));

        Document doc = b.html("threads/start.html");
        assertEquals(List.of("../index.html", "../threads/start.html"), doc.select("nav[data-slot=nav] a").eachAttr("href"));
        assertEquals("../assets/site.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../index.html", doc.selectFirst("[data-slot=site-title]").attr("href"));
    }

    @Test
    void tableOfContentsListsSectionsWithSubsections() {
        Document doc = render(page("index.md", "# Home\n\n## First\n\n### Detail\n\n## Second\n\n#### Too deep\n")).html("index.html");

        Element toc = doc.selectFirst("aside[data-slot=toc]");
        assertFalse(toc.hasAttr("hidden"));
        Element sections = toc.selectFirst("ul");
        assertEquals(List.of("#first", "#second"), sections.children().stream().map(li -> li.selectFirst("a").attr("href")).toList());
        assertEquals(List.of("#detail"), sections.child(0).selectFirst("ul").select("a").eachAttr("href"));
        assertTrue(toc.select("a[href=#too-deep]").isEmpty());
    }

    @Test
    void tableOfContentsIsHiddenWithFewerThanTwoSections() {
        Document doc = render(page("index.md", "# Home\n\n## Only\n")).html("index.html");

        Element toc = doc.selectFirst("aside[data-slot=toc]");
        assertTrue(toc.hasAttr("hidden"));
        assertTrue(toc.children().isEmpty());
    }

    @Test
    void assetsAreCopiedAsTheyAre() throws IOException {
        Files.writeString(content.resolve("pic.png"), "png");
        Build b = new Build(List.of(new Asset("pic.png", content.resolve("pic.png"))), page("index.md", "# Home\n")).render(Map.of());

        SiteFile copied = b.files.stream().filter(f -> f.path().equals("pic.png")).findFirst().orElseThrow();
        assertEquals(new SiteFile.Copied("pic.png", content.resolve("pic.png")), copied);
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        Page index = page("index.md", "# Home\n\n## A\n\n## B\n\n[x](other.md)\n");
        Page other = page("other.md", "# Other\n\n> [!TIP]\n> Hi\n");
        String first = render(index, other).raw("index.html");
        String second = render(index, other).raw("index.html");
        assertEquals(first, second);
    }

    @Test
    void theOnePageViewHoldsEveryPageInReadingOrderWithItsLinksKeptInside() {
        Build b = render(page("index.md", "# Home\n\nStart with [the second page](part/two.md#why).\n", 0),
                page("part/two.md", "# Two\n\n## Why\n\nBack [home](../index.md) or to [this section](#why); a [picture](pic.png).\n", 2),
                page("one.md", "# One\n\n## Why\n\nText.\n", 1));
        Document print = b.html("print.html");
        assertEquals(List.of("index", "one", "part-two"), print.select("section.print-page").eachAttr("id"));
        assertEquals(1, print.select("h1").size(), "one h1: the site's title; each page's becomes an h2");
        assertEquals(List.of("Home", "One", "Two"), print.select("section.print-page > h2.print-page-title").eachText());
        assertEquals(List.of("one--why", "part-two--why"), print.select("h3[id]").eachAttr("id"), "the same heading on two pages stays two ids");
        assertEquals("#part-two--why", print.selectFirst("#index a").attr("href"));
        Element two = print.getElementById("part-two");
        assertEquals(List.of("#index", "#part-two--why", "part/pic.png"), two.select("p a").eachAttr("href"));
        assertEquals(List.of("#index", "#one", "#part-two"), print.select(".print-contents a").eachAttr("href"));
        assertTrue(print.select("[data-slot=nav], [data-slot=pager], [data-slot=toc]").isEmpty());
    }

    @Test
    void theNotFoundPageLinksFromTheSitesRootOrAbsolutelyWithABaseUrl() {
        Build plain = render(page("index.md", "# Home\n"));
        Document notFound = plain.html("404.html");
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertEquals("assets/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertFalse(plain.raw("404.html").contains("sitemap"));

        SiteSettings published = new SiteSettings("Site", Optional.of("https://example.org/docs/"), Optional.empty());
        Build b = new Build(published, List.of(), page("index.md", "# Home\n"), page("part/two.md", "# Two\n")).render(Map.of());
        Document atBase = b.html("404.html");
        assertEquals("https://example.org/docs/assets/site.css", atBase.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://example.org/docs/index.html", atBase.selectFirst("article a").attr("href"));
        assertEquals("https://example.org/docs/part/two.html", b.html("part/two.html").selectFirst("link[rel=canonical]").attr("href"));
        String sitemap = b.raw("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/docs/part/two.html</loc>"), sitemap);
        assertFalse(sitemap.contains("404.html") || sitemap.contains("print.html"), sitemap);
    }
}
