package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.load.FrontMatter;
import dev.sitegen.load.Page;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteSettings;

/** What the extraction tests share: pages made from markdown, extracted with a fresh reporter, and its problems. */
abstract class ExtractionTest {

    @TempDir
    Path root;

    final Reporter reporter = new Reporter();

    static Page page(String path, String markdown) {
        return new Page(path, "content/" + path, markdown, FrontMatter.NONE);
    }

    List<ExtractedPage> extract(Page... pages) {
        return new ExampleExtractor(reporter).extract(new Site(root, "content", SiteSettings.DEFAULT, List.of(pages), List.of()));
    }

    /** The page {@code content/p.md} holding {@code markdown}, extracted. */
    List<ExtractedPage> extract(String markdown) {
        return extract(page("p.md", markdown));
    }

    List<Example> examples(String markdown) {
        return extract(markdown).getFirst().examples();
    }

    Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        assertTrue(all.getFirst().isError());
        return all.getFirst();
    }

    static SourcePos at(int line, int column) {
        return new SourcePos("content/p.md", line, column);
    }
}
