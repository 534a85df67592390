package dev.sitegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Attributes;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;

/** The compile stage on hand-built examples: no pages, no files but the classes it writes, the real javac. */
class ExampleCompilerTest {

    @TempDir
    Path classes;

    /** An example on {@code p.md} whose code starts on the line after its fence. */
    private static Example example(String id, int fence, ExampleMode mode, Attributes attrs, String... lines) {
        List<CodeLine> code = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) code.add(new CodeLine(lines[i], new SourcePos("content/p.md", fence + 1 + i, 1), true));
        return new Example(id, "p.md", new SourcePos("content/p.md", fence, 1), mode, attrs, code, Optional.empty());
    }

    private static Example run(String id, int fence, String... lines) {
        return example(id, fence, ExampleMode.RUN, Attributes.DEFAULTS, lines);
    }

    @Test
    void compactAndWrappedExamplesCompileAndNameTheirMainClass() {
        Example compact = run("a", 3, "void main() { IO.println(1); }");
        Example wrapped = run("b", 7, "IO.println(2);");

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(List.of(compact, wrapped), e -> true);

        assertTrue(results.get(compact).compiled(), () -> results.get(compact).errors().toString());
        assertTrue(results.get(wrapped).compiled(), () -> results.get(wrapped).errors().toString());
        assertNotNull(results.get(compact).program().orElseThrow().mainClass());
    }

    @Test
    void anErrorIsReportedAtTheMarkdownLineAndDoesNotSpreadToTheOtherExample() {
        Example good = run("good", 3, "IO.println(\"fine\");");
        Example bad = run("bad", 7, "int x = 1;", "IO.println(y);");

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(List.of(good, bad), e -> true);

        assertTrue(results.get(good).compiled());
        CompilerMessage m = results.get(bad).errors().getFirst();
        assertEquals(new SourcePos("content/p.md", 9, 12), m.pos());
        assertTrue(m.message().startsWith("cannot find symbol"), m.message());
    }

    @Test
    void aUnitOfThePageIsSeenAndOnlyTheWantedExamplesAreCompiled() {
        Attributes unitAttrs = new Attributes(Attributes.DEFAULTS.timeout(), 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.of("Greeter.java"));
        Example unit = example("unit", 3, ExampleMode.FILE, unitAttrs, "class Greeter { static String hi() { return \"hi\"; } }");
        Example uses = run("uses", 7, "IO.println(Greeter.hi());");
        Example skipped = run("skipped", 11, "this does not compile");

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(List.of(unit, uses, skipped), e -> e == uses);

        assertEquals(List.of(uses), List.copyOf(results.keySet()));
        assertTrue(results.get(uses).compiled(), () -> results.get(uses).errors().toString());
    }
}
