package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePos;

/** {@code python run} blocks: read as {@code java} blocks are, with the attributes that make sense for a process. */
class PythonBlocksTest extends ExtractionTest {

    @Test
    void aPythonRunBlockIsAnExampleWithItsAttributesAndExpectedOutput() {
        ExtractedPage page = extract("""
                ```python run timeout=3s exit=2 runs=4 args="a b" stdin="x" exclusive id=py
                import sys
                print(sys.argv)
                ```

                ```output unordered
                x
                ```
                """).getFirst();
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
        Example e = page.examples().getFirst();
        assertEquals(Language.PYTHON, e.language());
        assertEquals(ExampleMode.RUN, e.mode());
        assertEquals("py", e.id());
        assertEquals(Duration.ofSeconds(3), e.attrs().timeout());
        assertEquals(2, e.attrs().exit());
        assertEquals(4, e.attrs().runs());
        assertEquals(List.of("a", "b"), e.attrs().args());
        assertEquals("x", e.attrs().stdin());
        assertTrue(e.attrs().exclusive());
        assertEquals("import sys\nprint(sys.argv)\n", e.source());
        assertEquals(at(2, 1), e.code().getFirst().origin());
        assertTrue(e.expected().orElseThrow().unordered());
        assertEquals(1, page.outputBlocks().size());
        assertTrue(page.units().isEmpty());
    }

    @Test
    void aPlainPythonBlockIsOnlyShownAndNoExample() {
        ExtractedPage page = extract("```python\nprint('shown')\n```\n\n```java run\nIO.println(1);\n```\n").getFirst();
        assertTrue(reporter.sorted().isEmpty(), () -> reporter.sorted().toString());
        assertEquals(1, page.examples().size());
        assertEquals(Language.JAVA, page.examples().getFirst().language());
        assertEquals("p-1", page.examples().getFirst().id());
    }

    @Test
    void pythonRunBlocksCountInTheDefaultIdsWithJavaBlocks() {
        List<Example> examples = examples("```java run\nIO.println(1);\n```\n\n```python run\nprint(2)\n```\n\n```java run\nIO.println(3);\n```\n");
        assertEquals(List.of("p-1", "p-2", "p-3"), examples.stream().map(Example::id).toList());
        assertEquals(List.of(Language.JAVA, Language.PYTHON, Language.JAVA), examples.stream().map(Example::language).toList());
    }

    @Test
    void aLineEndingInHashHideRunsButIsNotShown() {
        Example e = examples("```python run\nimport time  # hide\nprint(1)\n```\n").getFirst();
        assertEquals("import time  # hide\nprint(1)\n", e.source());
        assertEquals("print(1)\n", e.shownSource());
    }

    @Test
    void javaOnlyAttributesOnAPythonBlockAreErrorsAtTheirWord() {
        assertTrue(examples("```python run jvm=\"-Xmx64m\"\nprint(1)\n```\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(at(1, 15), d.pos());
        assertEquals(3, d.span());
        assertEquals("`jvm=` is for Java examples, and this block is `python`", d.message());
        assertTrue(d.hint().startsWith("remove `jvm=`; a `python run` block takes `id=`, `timeout=`"), d.hint());
    }

    @Test
    void previewAndIncludeAreJavasToo() {
        assertTrue(examples("```python run preview\nprint(1)\n```\n\n```python run include=examples/a.py\n```\n").isEmpty());
        List<Diagnostic> all = reporter.sorted();
        assertEquals(2, all.size(), all::toString);
        assertEquals(at(1, 15), all.get(0).pos());
        assertTrue(all.get(0).message().startsWith("`preview` is for Java examples"), all.get(0).message());
        assertEquals(at(5, 15), all.get(1).pos());
        assertTrue(all.get(1).hint().contains("write the Python code in the block"), all.get(1).hint());
    }

    @Test
    void pythonBlocksAreNeverCompiledSoCompileAndFailAreErrors() {
        assertTrue(examples("```python compile\nprint(1)\n```\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(at(1, 11), d.pos());
        assertTrue(d.message().startsWith("`python compile`: only Java examples are compiled"), d.message());
        assertTrue(d.hint().contains("`python run`"), d.hint());
    }

    @Test
    void aRunAttributeOnAPythonBlockWithoutAModeSuggestsPythonRun() {
        assertTrue(examples("```python timeout=3s\nprint(1)\n```\n").isEmpty());
        Diagnostic d = onlyError();
        assertEquals(at(1, 11), d.pos());
        assertEquals("write `python run timeout...`", d.hint());
    }

    @Test
    void aMisspelledModeSuggestsRun() {
        assertTrue(examples("```python rnu\nprint(1)\n```\n").isEmpty());
        assertTrue(onlyError().hint().contains("`run`"));
    }

    @Test
    void anOutputBlockAfterAShownPythonBlockIsAnError() {
        examples("```python\nprint(1)\n```\n\n```output\n1\n```\n");
        Diagnostic d = onlyError();
        assertEquals(at(5, 1), d.pos());
        assertTrue(d.message().contains("`python run`"), d.message());
    }

    @Test
    void anEmptyPythonRunBlockIsAnError() {
        assertTrue(examples("```python run\n\n```\n").isEmpty());
        assertEquals("the `python run` block is empty", onlyError().message());
    }

    @Test
    void theAttributeTableSaysWhichAttributesAPythonBlockTakes() {
        List<String> python = java.util.Arrays.stream(Attribute.values()).filter(a -> a.appliesTo(Language.PYTHON)).map(Attribute::word).toList();
        assertEquals(List.of("id", "timeout", "exit", "expect", "runs", "args", "stdin", "exclusive"), python);
        for (Attribute a : Attribute.values()) assertTrue(a.appliesTo(Language.JAVA));
        assertFalse(Attribute.JVM.appliesTo(Language.PYTHON));
    }

    @Test
    void onlyJavaExamplesAreCompiled() {
        Optional<Expectation> none = Optional.empty();
        SourcePos pos = at(1, 1);
        List<CodeLine> code = List.of(new CodeLine("print(1)", at(2, 1), true));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Example("x", "p.md", pos, ExampleMode.COMPILE, Attributes.DEFAULTS, code, none, Language.PYTHON));
    }
}
