package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePos;

class ExampleExtractorTest extends ExtractionTest {

    // ---- which blocks are outputs: decided here, once, and handed to render

    @Test
    void onlyABlockWhoseFirstWordIsOutputIsAnExpectationAndALookalikeIsAWarnedCodeBlock() {
        ExtractedPage page = extract(page("p.md", """
                # Outputs

                ```java run
                IO.println("a");
                ```

                ```outputs
                a
                ```

                ```java run
                IO.println("b");
                ```

                ```output
                b
                ```
                """)).getFirst();

        assertEquals(2, page.blocks().size());
        assertEquals(1, page.outputBlocks().size());
        assertTrue(page.examples().get(0).expected().isEmpty());
        assertEquals(List.of("b"), page.examples().get(1).expected().orElseThrow().lines());
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "problems: " + all);
        assertFalse(all.getFirst().isError());
        assertEquals(at(7, 4), all.getFirst().pos());
        assertTrue(all.getFirst().message().contains("`outputs` is not `output`"), all.getFirst().message());
    }

    // ---- ids

    @Test
    void defaultIdsArePagePathAndTheNumberOfTheJavaBlockOnThePage() {
        List<ExtractedPage> pages = extract(page("threads/start.md", """
                # Start

                ```java
                Thread t = new Thread(() -> {});
                ```

                ```text
                not an example
                ```

                ```java run
                void main() { IO.println("hi"); }
                ```

                ```java compile
                class A {}
                ```
                """));

        List<Example> examples = pages.getFirst().examples();
        assertEquals(List.of("threads-start-1", "threads-start-2", "threads-start-3"), examples.stream().map(Example::id).toList());
        assertEquals(List.of(ExampleMode.SHOW, ExampleMode.RUN, ExampleMode.COMPILE), examples.stream().map(Example::mode).toList());
        assertEquals(List.of("threads/start.md", "threads/start.md", "threads/start.md"), examples.stream().map(Example::page).toList());
    }

    @Test
    void brokenJavaBlocksStillCountForTheNumbering() {
        List<Example> examples = examples("""
                ```java rnu
                void main() {}
                ```

                ```java run
                void main() {}
                ```
                """);

        assertEquals(List.of("p-2"), examples.stream().map(Example::id).toList());
    }

    @Test
    void explicitIdReplacesTheDefault() {
        List<Example> examples = examples("```java run id=hello-world\nvoid main() {}\n```\n");
        assertEquals("hello-world", examples.getFirst().id());
    }

    @Test
    void duplicateIdAcrossPagesIsReportedAtTheSecondExample() {
        extract(page("a.md", "```java run id=demo\nvoid main() {}\n```\n"),
                page("b.md", "# B\n\n```java compile id=demo\nclass B {}\n```\n"));

        Diagnostic d = onlyError();
        assertEquals(new SourcePos("content/b.md", 3, 1), d.pos());
        assertTrue(d.message().contains("`demo`"), d.message());
        assertTrue(d.message().contains("content/a.md:1:1"), d.message());
    }

    @Test
    void explicitIdCollidingWithADefaultIdIsReported() {
        extract(page("a.md", "```java run\nvoid main() {}\n```\n"),
                page("b.md", "```java run id=a-1\nvoid main() {}\n```\n"));

        assertEquals(new SourcePos("content/b.md", 1, 1), onlyError().pos());
    }

    @Test
    void attributesOfTheInfoStringReachTheExample() {
        Example e = examples("```java run timeout=500ms runs=4 args=\"a 'b c'\" stdin=\"x\\ny\" preview\nvoid main() {}\n```\n").getFirst();

        assertEquals(Duration.ofMillis(500), e.attrs().timeout());
        assertEquals(4, e.attrs().runs());
        assertEquals(List.of("a", "b c"), e.attrs().args());
        assertEquals("x\ny", e.attrs().stdin());
        assertTrue(e.attrs().preview());
        assertTrue(reporter.sorted().isEmpty());
    }

    // ---- positions and code lines

    @Test
    void exampleKeepsItsFenceAndEachLineItsOrigin() {
        Example e = examples("""
                # Title

                ```java run
                void main() {
                    IO.println("hi");
                }
                ```
                """).getFirst();

        assertEquals(at(3, 1), e.pos());
        assertEquals(List.of(at(4, 1), at(5, 1), at(6, 1)), e.code().stream().map(CodeLine::origin).toList());
        assertEquals("void main() {\n    IO.println(\"hi\");\n}\n", e.source());
    }

    @Test
    void infoStringErrorPointsAtTheWordInThePage() {
        assertTrue(examples("# T\n\n```java rnu\nvoid main() {}\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(3, 9), d.pos());
        assertEquals("did you mean `run`?", d.hint());
    }

    @Test
    void misspelledModeIsTheOnlyProblemReported() {
        assertTrue(examples("```java rnu timeout=3s\nvoid main() {}\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(1, 9), d.pos());
        assertEquals("did you mean `run`?", d.hint());
    }

    @Test
    void problemsOfTheWordsAfterABadWordAreReportedToo() {
        assertTrue(examples("```java run timout=3s runs=0\nvoid main() {}\n```\n").isEmpty());

        assertEquals(List.of(at(1, 13), at(1, 28)), reporter.sorted().stream().map(Diagnostic::pos).toList());
    }

    @Test
    void infoStringColumnsCountExtraSpacesAndTildeFences() {
        assertTrue(examples("~~~java   run  timeout=3x\nvoid main() {}\n~~~\n").isEmpty());

        assertEquals(at(1, 24), onlyError().pos());
    }

    @Test
    void codeInAListItemKeepsItsColumn() {
        Example e = examples("""
                1. First step:

                   ```java run timeout=3s
                   void main() {
                       IO.println(1);
                   }
                   ```
                """).getFirst();

        assertEquals(at(3, 4), e.pos());
        assertEquals(List.of(at(4, 4), at(5, 4), at(6, 4)), e.code().stream().map(CodeLine::origin).toList());
        assertEquals(List.of("void main() {", "    IO.println(1);", "}"), e.code().stream().map(CodeLine::text).toList());
    }

    @Test
    void errorInAListItemInfoStringPointsAtItsColumn() {
        examples("- item\n\n  ```java run timout=3s\n  void main() {}\n  ```\n");

        assertEquals(at(3, 15), onlyError().pos());
    }

    @Test
    void codeInABlockquoteKeepsItsColumn() {
        Example e = examples("> ```java run\n> void main() {}\n> ```\n").getFirst();

        assertEquals(at(1, 3), e.pos());
        assertEquals(at(2, 3), e.code().getFirst().origin());
        assertEquals("void main() {}", e.code().getFirst().text());
    }

    @Test
    void hiddenLinesAreCompiledButNotShown() {
        Example e = examples("""
                ```java run
                import java.util.List; // hide
                void main() {
                    IO.println(List.of(1));
                }
                ```
                """).getFirst();

        assertTrue(e.source().contains("import java.util.List; // hide"));
        assertFalse(e.shownSource().contains("import"));
        assertEquals("void main() {\n    IO.println(List.of(1));\n}\n", e.shownSource());
    }

    @Test
    void emptyRunBlockIsAnError() {
        assertTrue(examples("# T\n```java run\n\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(2, 1), d.pos());
        assertTrue(d.message().contains("empty"), d.message());
    }

    @Test
    void emptyShowBlockIsFine() {
        assertEquals(1, examples("```java\n```\n").size());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void unclosedFenceIsReportedAtTheOpeningFence() {
        assertTrue(examples("# T\n\n```java run\nvoid main() {}\n\nMore prose.\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(3, 1), d.pos());
        assertTrue(d.message().contains("never closed"), d.message());
        assertTrue(d.hint().contains("```"), d.hint());
    }

    // ---- include=

    private void writeExample(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    @Test
    void includedRegionIsShownAndTheWholeFileCompiled() throws IOException {
        writeExample("examples/Hello.java", "class Helper {} // hide\n// region main\nvoid main() {\n    IO.println(\"hi\");\n}\n// endregion\n");

        Example e = examples("```java run include=examples/Hello.java#main\n```\n").getFirst();

        assertEquals("void main() {\n    IO.println(\"hi\");\n}\n", e.shownSource());
        assertTrue(e.source().startsWith("class Helper {} // hide\n// region main\n"), e.source());
        assertEquals(SourcePos.of("content/examples/Hello.java", 3), e.code().get(2).origin());
        assertEquals(Optional.of("examples/Hello.java#main"), e.attrs().include());
    }

    @Test
    void includeWithABodyIsReportedAtTheFirstBodyLine() throws IOException {
        writeExample("examples/Hello.java", "void main() {}\n");

        assertTrue(examples("```java run include=examples/Hello.java\n\n  void main() {}\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(3, 1), d.pos());
        assertTrue(d.message().contains("body must be empty"), d.message());
    }

    @Test
    void missingIncludedFileIsReportedAtTheValue() {
        assertTrue(examples("# T\n```java run include=examples/Gone.java\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(2, 21), d.pos());
        assertTrue(d.message().contains("content/examples/Gone.java"), d.message());
    }

    @Test
    void missingRegionIsReportedAtTheValueListingTheRegions() throws IOException {
        writeExample("examples/Hello.java", "// region a\n// endregion\n// region b\nvoid main() {}\n// endregion\n");

        assertTrue(examples("```java run include=examples/Hello.java#c\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(1, 21), d.pos());
        assertTrue(d.hint().contains("`a`, `b`"), d.hint());
    }

    // ---- file= units

    @Test
    void fileUnitsAreListedAsThePageUnits() {
        ExtractedPage page = extract(page("p.md", """
                ```java file=Counter.java
                public class Counter { int n; }
                ```

                ```java run
                void main() { IO.println(new Counter().n); }
                ```
                """)).getFirst();

        assertEquals(2, page.examples().size());
        assertEquals(1, page.units().size());
        Example unit = page.units().getFirst();
        assertEquals(ExampleMode.FILE, unit.mode());
        assertEquals(Optional.of("Counter.java"), unit.attrs().fileName());
        assertEquals("p-1", unit.id());
    }

    @Test
    void twoUnitsWithOneFileNameAreReportedAtTheSecond() {
        extract(page("p.md", """
                ```java file=Counter.java
                class Counter {}
                ```

                ```java file=Counter.java
                class Counter {}
                ```
                """));

        Diagnostic d = onlyError();
        assertEquals(at(5, 1), d.pos());
        assertTrue(d.message().contains("file=Counter.java"), d.message());
    }

    // ---- output blocks

    @Test
    void outputBlockAttachesToTheRunBlockBeforeItAcrossBlankLines() {
        Example e = examples("""
                ```java run
                void main() { IO.println("a"); IO.println("b"); }
                ```


                ```output
                a
                ...
                ```
                """).getFirst();

        Expectation x = e.expected().orElseThrow();
        assertEquals(List.of("a", "..."), x.lines());
        assertFalse(x.unordered());
        assertEquals(at(6, 1), x.pos());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void unorderedOutputBlockIsMarkedUnordered() {
        Example e = examples("```java run\nvoid main() {}\n```\n```output unordered\nb\na\n```\n").getFirst();

        assertTrue(e.expected().orElseThrow().unordered());
        assertEquals(List.of("b", "a"), e.expected().orElseThrow().lines());
    }

    @Test
    void runBlockWithoutOutputBlockExpectsNothing() {
        Example e = examples("```java run\nvoid main() {}\n```\n\nProse.\n").getFirst();
        assertEquals(Optional.empty(), e.expected());
    }

    @Test
    void outputAfterACompileBlockIsAnErrorAtTheOutputBlock() {
        assertTrue(examples("```java compile\nclass A {}\n```\n\n```output\nx\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(5, 1), d.pos());
        assertTrue(d.message().contains("`java compile`"), d.message());
    }

    @Test
    void outputAfterAShowBlockIsAnError() {
        assertTrue(examples("```java\nclass A {}\n```\n```output\nx\n```\n").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(at(4, 1), d.pos());
        assertTrue(d.message().contains("`java`"), d.message());
    }

    @Test
    void outputAfterProseIsAnError() {
        List<Example> examples = examples("```java run\nvoid main() {}\n```\n\nSome prose.\n\n```output\nx\n```\n");

        assertEquals(Optional.empty(), examples.getFirst().expected());
        Diagnostic d = onlyError();
        assertEquals(at(7, 1), d.pos());
        assertTrue(d.message().contains("follows text"), d.message());
    }

    @Test
    void outputAfterAnotherKindOfBlockIsAnError() {
        examples("```text\nx\n```\n```output\nx\n```\n");

        Diagnostic d = onlyError();
        assertEquals(at(4, 1), d.pos());
        assertTrue(d.message().contains("`text`"), d.message());
    }

    @Test
    void outputAtTheTopOfThePageIsAnError() {
        examples("```output\nx\n```\n");

        assertEquals(at(1, 1), onlyError().pos());
    }

    @Test
    void outputAfterABrokenJavaBlockIsNotReportedAgain() {
        examples("```java rnu\nvoid main() {}\n```\n```output\nx\n```\n");

        assertEquals(at(1, 9), onlyError().pos());
    }

    @Test
    void ellipsisInAnUnorderedOutputIsReportedWhereItIsWritten() {
        examples("```java run\nvoid main() {}\n```\n```output unordered\nfirst\n  ...\n```\n");

        Diagnostic d = onlyError();
        assertEquals(at(6, 3), d.pos());
        assertTrue(d.message().contains("`...`"), d.message());
    }

    @Test
    void unknownWordAfterOutputIsReportedAtTheWord() {
        examples("```java run\nvoid main() {}\n```\n```output sorted\nx\n```\n");

        Diagnostic d = onlyError();
        assertEquals(at(4, 11), d.pos());
        assertTrue(d.message().contains("`sorted`"), d.message());
    }

    @Test
    void misspelledUnorderedIsCorrected() {
        examples("```java run\nvoid main() {}\n```\n```output unorderd\nx\n```\n");

        Diagnostic d = onlyError();
        assertEquals(at(4, 11), d.pos());
        assertEquals("did you mean `unordered`?", d.hint());
    }

    @Test
    void repeatedUnorderedIsReportedAtTheSecondOne() {
        examples("```java run\nvoid main() {}\n```\n```output unordered unordered\nx\n```\n");

        Diagnostic d = onlyError();
        assertEquals(at(4, 21), d.pos());
        assertFalse("did you mean `unordered`?".equals(d.hint()), d.hint());
    }

    @Test
    void examplesOfEveryPageAreFoundInPageOrder() {
        List<ExtractedPage> pages = extract(page("a.md", "```java run\nvoid main() {}\n```\n"),
                page("b.md", "no code"),
                page("c/d.md", "```java compile\nclass D {}\n```\n"));

        List<String> ids = new ArrayList<>();
        pages.forEach(p -> p.examples().forEach(e -> ids.add(e.id())));
        assertEquals(List.of("a-1", "c-d-1"), ids);
        assertEquals(3, pages.size());
    }
}
