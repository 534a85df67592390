package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

class IncludesTest {

    private static final String COUNTER = """
            import java.util.concurrent.atomic.AtomicInteger;
            // region setup
            class Counter {
                final AtomicInteger n = new AtomicInteger(); // hide
                void inc() { n.incrementAndGet(); }
            }
            // endregion
            // region main
            void main() {
                new Counter().inc();
            }
            // endregion
            """;

    @TempDir
    Path root;

    private final Reporter reporter = new Reporter();
    private final SourcePos valuePos = new SourcePos("content/p.md", 7, 21);
    private Includes includes;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(root.resolve("examples"));
        Files.writeString(root.resolve("examples/Counter.java"), COUNTER);
        includes = new Includes(root, "content", reporter);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        return all.getFirst();
    }

    @Test
    void wholeFileIsCompiledAndShownExceptMarkersAndHiddenLines() {
        List<CodeLine> code = includes.read("examples/Counter.java", valuePos).orElseThrow();

        assertEquals(COUNTER.lines().toList(), code.stream().map(CodeLine::text).toList());
        List<String> shown = code.stream().filter(CodeLine::shown).map(CodeLine::text).toList();
        assertTrue(shown.stream().noneMatch(l -> l.contains("// region") || l.contains("// endregion") || l.contains("// hide")), shown.toString());
        assertEquals(COUNTER.lines().count() - 5, shown.size());
    }

    @Test
    void includedLinesPointIntoTheIncludedFile() {
        List<CodeLine> code = includes.read("examples/Counter.java", valuePos).orElseThrow();

        assertEquals(SourcePos.of("content/examples/Counter.java", 1), code.getFirst().origin());
        assertEquals(SourcePos.of("content/examples/Counter.java", 9), code.get(8).origin());
        assertEquals("void main() {", code.get(8).text());
    }

    @Test
    void regionIsShownWhileTheWholeFileIsCompiled() {
        List<CodeLine> code = includes.read("examples/Counter.java#main", valuePos).orElseThrow();

        assertEquals(COUNTER.lines().toList(), code.stream().map(CodeLine::text).toList());
        assertEquals(List.of("void main() {", "    new Counter().inc();", "}"),
                code.stream().filter(CodeLine::shown).map(CodeLine::text).toList());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void hiddenLinesInsideTheRegionStayHidden() {
        List<CodeLine> code = includes.read("examples/Counter.java#setup", valuePos).orElseThrow();

        assertEquals(List.of("class Counter {", "    void inc() { n.incrementAndGet(); }", "}"),
                code.stream().filter(CodeLine::shown).map(CodeLine::text).toList());
    }

    @Test
    void missingFileIsReportedAtTheValueWithItsPathUnderTheContentDirectory() {
        assertEquals(Optional.empty(), includes.read("examples/Nope.java", valuePos));

        Diagnostic d = onlyError();
        assertEquals(valuePos, d.pos());
        assertTrue(d.message().contains("content/examples/Nope.java"), d.message());
    }

    @Test
    void missingRegionListsTheAvailableOnes() {
        assertEquals(Optional.empty(), includes.read("examples/Counter.java#teardown", valuePos));

        Diagnostic d = onlyError();
        assertEquals(valuePos, d.pos());
        assertTrue(d.message().contains("`teardown`"), d.message());
        assertTrue(d.hint().contains("`setup`, `main`"), d.hint());
    }

    @Test
    void regionInAFileWithoutRegionsExplainsHowToMarkOne() throws IOException {
        Files.writeString(root.resolve("examples/Plain.java"), "void main() {}\n");

        assertEquals(Optional.empty(), includes.read("examples/Plain.java#main", valuePos));
        assertTrue(onlyError().hint().contains("// region main"));
    }

    @Test
    void unclosedRegionIsReportedAtItsMarker() throws IOException {
        Files.writeString(root.resolve("examples/Open.java"), "class A {}\n// region body\nvoid main() {}\n");

        assertEquals(Optional.empty(), includes.read("examples/Open.java#body", valuePos));

        Diagnostic d = onlyError();
        assertEquals(SourcePos.of("content/examples/Open.java", 2), d.pos());
        assertTrue(d.message().contains("`body`") && d.message().contains("never closed"), d.message());
    }

    @Test
    void pathsOutsideTheContentDirectoryAreRefused() {
        assertEquals(Optional.empty(), includes.read("examples/../../secret.java", valuePos));

        Diagnostic d = onlyError();
        assertEquals(valuePos, d.pos());
        assertTrue(d.message().contains("outside the content directory"), d.message());
    }

    @Test
    void windowsLineEndingsAreNotPartOfTheCode() throws IOException {
        Files.writeString(root.resolve("examples/Crlf.java"), "class A {}\r\nvoid main() {}\r\n");

        List<CodeLine> code = includes.read("examples/Crlf.java", valuePos).orElseThrow();
        assertEquals(List.of("class A {}", "void main() {}"), code.stream().map(CodeLine::text).toList());
    }
}
