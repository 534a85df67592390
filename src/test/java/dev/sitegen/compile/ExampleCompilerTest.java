package dev.sitegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void eachExampleThatCompiledIsHandedOnWithItsFinalResultAndAFailedOneIsNot() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < ExampleCompiler.FIRST_BATCH + 3; i++) examples.add(run("ok" + i, 3 + 4 * i, "IO.println(" + i + ");"));
        Example bad = run("bad", 200, "IO.println(y);");
        examples.add(bad);
        Map<Example, CompileResult> handed = new java.util.LinkedHashMap<>();
        List<Boolean> lastStartedAtFirstHandOff = new ArrayList<>();
        Path lastExample = classes.resolve(ExampleCompiler.GENERATED_PREFIX + (ExampleCompiler.FIRST_BATCH + 3));

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(examples, e -> true, r -> {
            if (handed.isEmpty()) lastStartedAtFirstHandOff.add(java.nio.file.Files.exists(lastExample));
            handed.put(r.example(), r);
        });

        assertEquals(java.util.Set.copyOf(examples.subList(0, examples.size() - 1)), handed.keySet());
        handed.forEach((e, r) -> assertTrue(r == results.get(e) && r.compiled(), e.id()));
        assertFalse(results.get(bad).compiled());
        // the first task holds FIRST_BATCH examples: they are handed on before the last one even starts to compile
        assertEquals(List.of(false), lastStartedAtFirstHandOff);
        assertTrue(java.nio.file.Files.isDirectory(lastExample));
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

    // ---- examples with their own classes share a task, and the sharing never shows

    /** What {@code e} gives compiled in a build of {@code all} where nothing else is compiled: alone in its task. */
    private CompileResult alone(List<Example> all, Example e) {
        return new ExampleCompiler(classes.resolve("alone-" + e.id())).compile(all, x -> x == e).get(e);
    }

    @Test
    void anExampleUsingAnotherExamplesClassFailsExactlyAsItDoesAlone() {
        Example declares = run("declares", 3, "class Helper { static String hi() { return \"hi\"; } }",
                "public class First { public static void main(String[] a) { System.out.println(Helper.hi()); } }");
        Example uses = run("uses", 8, "public class Second {", "    public static void main(String[] a) {",
                "        System.out.println(Helper.hi());", "    }", "}");
        List<Example> all = List.of(declares, uses);

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(all, e -> true);

        assertTrue(results.get(declares).compiled(), () -> results.get(declares).errors().toString());
        CompileResult shared = results.get(uses);
        assertEquals(alone(all, uses).errors(), shared.errors());
        CompilerMessage m = shared.errors().getFirst();
        assertTrue(m.message().startsWith("cannot find symbol"), m.message());
        assertEquals(new SourcePos("content/p.md", 11, 28), m.pos());
    }

    @Test
    void aCompactExampleDoesNotSeeAClassDeclaredByAnotherExample() {
        // in one task, the unnamed package's `Thread` of the first would hide java.lang.Thread from the second
        Example declares = run("declares", 3, "class Thread { }", "public class Mine { public static void main(String[] a) { } }");
        Example uses = run("uses", 7, "Thread t = Thread.ofVirtual().start(() -> IO.println(\"virtual\"));", "t.join();");
        List<Example> all = List.of(declares, uses);

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(all, e -> true);

        assertTrue(results.get(declares).compiled(), () -> results.get(declares).errors().toString());
        assertTrue(results.get(uses).compiled(), () -> results.get(uses).errors().toString());
        assertEquals(alone(all, uses).errors(), results.get(uses).errors());
    }

    @Test
    void anImportOfAPackageOnlyAnotherExampleDeclaresFailsAsItDoesAlone() {
        Example declares = run("declares", 3, "package tools;", "public class Tool { public static void main(String[] a) { } }");
        Example imports = run("imports", 7, "import tools.*;", "public class User { public static void main(String[] a) { } }");
        List<Example> all = List.of(declares, imports);

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(all, e -> true);

        assertTrue(results.get(declares).compiled(), () -> results.get(declares).errors().toString());
        assertFalse(results.get(imports).compiled(), "the package exists only in the other example");
        assertEquals(alone(all, imports).errors(), results.get(imports).errors());
    }

    @Test
    void twoExamplesDeclaringMainBothCompileEachIntoItsOwnFolder() throws Exception {
        Example first = run("first", 3, "public class Main { public static void main(String[] a) { System.out.println(1); } }");
        Example second = run("second", 7, "public class Main { public static void main(String[] a) { System.out.println(2); } }");
        Example other = run("other", 11, "public class Other { public static void main(String[] a) { System.out.println(3); } }");

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(List.of(first, second, other), e -> true);

        for (Example e : List.of(first, second, other)) assertTrue(results.get(e).compiled(), () -> results.get(e).errors().toString());
        Path firstDir = results.get(first).program().orElseThrow().classPath().getFirst();
        Path secondDir = results.get(second).program().orElseThrow().classPath().getFirst();
        Path otherDir = results.get(other).program().orElseThrow().classPath().getFirst();
        assertNotEquals(firstDir, secondDir);
        assertTrue(java.nio.file.Files.exists(firstDir.resolve("Main.class")));
        assertTrue(java.nio.file.Files.exists(secondDir.resolve("Main.class")));
        assertEquals(List.of("Other.class"), classFiles(otherDir), "each example's classes go to its own folder, even in a shared task");
    }

    private static List<String> classFiles(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anErrorInOneExampleNeitherHidesNorChangesTheMessagesOfAnother() {
        // javac skips the flow checks ("unreported exception") of later classes once one has an error
        Example broken = run("broken", 3, "public class Broken { public static void main(String[] a) { int x = \"text\"; } }");
        Example flow = run("flow", 7, "public class Flow {", "    public static void main(String[] a) {",
                "        Thread.sleep(10);", "    }", "}");
        Example fine = run("fine", 14, "public class Fine { public static void main(String[] a) { System.out.println(\"ok\"); } }");
        List<Example> all = List.of(broken, flow, fine);

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(all, e -> true);

        assertTrue(results.get(fine).compiled(), () -> results.get(fine).errors().toString());
        assertEquals(alone(all, broken).errors(), results.get(broken).errors());
        assertEquals(alone(all, flow).errors(), results.get(flow).errors());
        CompilerMessage m = results.get(flow).errors().getFirst();
        assertTrue(m.message().startsWith("unreported exception"), m.message());
        assertEquals(10, m.pos().line());
    }

    @Test
    void aUnitIsSharedByTheExamplesOfItsPageWithTheirOwnClasses() {
        Attributes unitAttrs = new Attributes(Attributes.DEFAULTS.timeout(), 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.of("Greeter.java"));
        Example unit = example("unit", 3, ExampleMode.FILE, unitAttrs, "class Greeter { static String hi() { return \"hi\"; } }");
        Example a = run("a", 7, "public class A { public static void main(String[] x) { System.out.println(Greeter.hi()); } }");
        Example b = run("b", 11, "public class B { public static void main(String[] x) { System.out.println(Greeter.hi() + 1); } }");
        Example clash = run("clash", 15, "class Greeter { }", "public class C { public static void main(String[] x) { } }");
        List<Example> all = List.of(unit, a, b, clash);

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(all, e -> true);

        assertTrue(results.get(a).compiled(), () -> results.get(a).errors().toString());
        assertTrue(results.get(b).compiled(), () -> results.get(b).errors().toString());
        assertEquals(alone(all, clash).errors(), results.get(clash).errors());
        assertFalse(results.get(clash).compiled(), "a second Greeter is a duplicate of the unit's");
    }

    @Test
    void everyExampleThatCompiledFindsItsUnitsEvenWhenALaterTaskOnThePageFailed() {
        Attributes unitAttrs = new Attributes(Attributes.DEFAULTS.timeout(), 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.of("Greeter.java"));
        Example unit = example("unit", 3, ExampleMode.FILE, unitAttrs, "class Greeter { static String hi() { return \"hi\"; } }");
        // three examples declaring Main: three tasks, the last of which fails
        Example a = run("a", 7, "public class Main { public static void main(String[] x) { System.out.println(Greeter.hi()); } }");
        Example b = run("b", 11, "public class Main { public static void main(String[] x) { System.out.println(Greeter.hi() + 1); } }");
        Example broken = run("broken", 15, "public class Main { public static void main(String[] x) { int n = Greeter.hi(); } }");

        Map<Example, CompileResult> results = new ExampleCompiler(classes).compile(List.of(unit, a, b, broken), e -> true);

        assertFalse(results.get(broken).compiled());
        for (Example e : List.of(a, b)) {
            List<Path> classPath = results.get(e).program().orElseThrow().classPath();
            assertTrue(classPath.stream().anyMatch(dir -> java.nio.file.Files.exists(dir.resolve("Greeter.class"))),
                    () -> e.id() + " runs without its unit: " + classPath);
            assertTrue(classPath.stream().anyMatch(dir -> java.nio.file.Files.exists(dir.resolve("Main.class"))));
        }
    }
}
