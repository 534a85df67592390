package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling many examples: isolation holds, and nothing depends on how many there are. */
class CompileStageIT {

    @TempDir
    Path dir;

    @Test
    void moreThanAThousandPlainStatementBlocksAreAllWrapped() {
        // javac stops reporting after -Xmaxerrs errors; a parse error is what tells a
        // statement from a compact source file, so every one must be counted
        StringBuilder md = new StringBuilder("# Many\n");
        for (int i = 0; i < 1_100; i++) md.append("\n```java compile\nIO.println(").append(i).append(");\n```\n");
        TestSite.Build build = new TestSite(dir).page("index.md", md.toString()).build();
        assertThat(build.exitCode()).as(build.output().lines().limit(40).toList().toString()).isZero();
        assertThat(build.output()).contains("1100 examples, 1100 passed");
    }

    @Test
    void examplesDoNotSeeOneAnothersClassesEvenInOneTask() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Isolation

                ```java run
                record Point(int x, int y) { }
                void main() { IO.println(new Point(1, 2)); }
                ```

                ```java compile
                Point p = new Point(3, 4);
                ```
                """).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:9:1: error: cannot find symbol");
    }

    @Test
    void classNamesMayRepeatBetweenExamplesOfOnePage() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Repeats

                ```java run
                public class Demo { public static void main(String[] a) { System.out.println("first"); } }
                ```

                ```java run
                public class Demo { public static void main(String[] a) { System.out.println("second"); } }
                ```
                """).build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.html("index.html")).contains("first").contains("second");
    }

    @Test
    void aCompileErrorInOneExampleDoesNotAffectAnother() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Errors stay put

                ```java run
                IO.println("fine");
                ```

                ```java run
                IO.println(undefinedVariable);
                ```

                ```java run
                IO.println("also fine");
                ```
                """).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:8:12: error: cannot find symbol").contains("1 failed").contains("2 passed");
    }

    // ---- messages that tell the author what to do

    @Test
    void aNameDeclaredInAnotherExampleIsPointedAt() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Names

                ```java run
                List<String> names = List.of("ada", "grace");
                IO.println(names);
                ```

                ```java run
                IO.println(names.size());
                ```
                """).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:9:12: error: cannot find symbol")
                .contains("`names` is declared in the example at line 3 (line 4)")
                .contains("location: this example").doesNotContain("class Main");
    }

    @Test
    void oneMistakeRepeatedInABlockIsReportedOnceWithACount() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Repeats

                ```java run
                IO.println(missing);
                IO.println(missing);
                IO.println(missing);
                ```
                """).build();
        assertThat(build.output()).contains("cannot find symbol (3 times in this block; the first is shown)")
                .contains("1 error.");
    }

    @Test
    void javacsPreviewAdviceBecomesThePreviewFlag() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Preview

                ```java run
                try (var scope = java.util.concurrent.StructuredTaskScope.open()) {
                    scope.join();
                }
                ```
                """).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("add the `preview` flag to the block").doesNotContain("use --enable-preview");
    }

    @Test
    void aRunBlockWithoutMainIsToldAboutCompileAndFileUnits() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # No main

                ```java run
                class Helper { int twice(int x) { return 2 * x; } }
                ```
                """).build();
        assertThat(build.output()).contains("no class in this example has a `main` method").contains("`java compile`").contains("file=Name.java");
    }

    @Test
    void aBrokenUnitIsReportedOnceAsTheCauseNotThroughEveryExample() {
        StringBuilder md = new StringBuilder("""
                # Units

                ```java file=Shared.java
                class Shared { static int value() { return "not an int"; } }
                ```
                """);
        for (int i = 0; i < 5; i++) md.append("\n```java run\nIO.println(Shared.value() + ").append(i).append(");\n```\n");
        TestSite.Build build = new TestSite(dir).page("index.md", md.toString()).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:4:44: error: incompatible types").contains("1 error.")
                .containsOnlyOnce("error: incompatible types");
    }

    // ---- examples with their own classes share javac tasks; the sharing never shows

    private static final String HELPER_PAGE = """
            # Helpers

            ```%s
            class Helper { static String hi() { return "hi"; } }
            public class First { public static void main(String[] a) { System.out.println(Helper.hi()); } }
            ```

            ```java run
            public class Second {
                public static void main(String[] a) {
                    System.out.println(Helper.hi());
                }
            }
            ```
            """;

    @Test
    void anExampleUsingAnotherExamplesClassFailsAtItsOwnLineExactlyAsAlone() throws Exception {
        TestSite.Build together = new TestSite(dir.resolve("together")).page("index.md", HELPER_PAGE.formatted("java run")).build();
        // the same page with the first block only shown: the second compiles with no other example
        TestSite.Build alone = new TestSite(dir.resolve("alone")).page("index.md", HELPER_PAGE.formatted("java")).build();

        assertThat(together.exitCode()).isEqualTo(1);
        assertThat(together.output()).contains("content/index.md:11:28: error: cannot find symbol").contains("1 failed").contains("1 passed");
        assertThat(diagnostics(together.output())).isEqualTo(diagnostics(alone.output())).isNotEmpty();
    }

    /** The lines of the build's messages about the page, from the first message to the summary. */
    private static java.util.List<String> diagnostics(String output) {
        java.util.List<String> lines = output.lines().toList();
        int from = 0;
        while (from < lines.size() && !lines.get(from).startsWith("content/index.md:11:")) from++;
        int to = from;
        while (to < lines.size() && !lines.get(to).contains("error.") && !lines.get(to).contains("errors.")) to++;
        return lines.subList(from, to);
    }

    @Test
    void twoExamplesDeclaringMainOnOnePageBothRun() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Two mains

                ```java run
                public class Main { public static void main(String[] a) { System.out.println("first main"); } }
                ```

                ```java run
                public class Main { public static void main(String[] a) { System.out.println("second main"); } }
                ```

                ```java run
                class Helper { }
                public class Other { public static void main(String[] a) { System.out.println("other " + new Helper().getClass().getName()); } }
                ```
                """).build();
        assertThat(build.exitCode()).as(build.output()).isZero();
        assertThat(build.html("index.html")).contains("first main").contains("second main").contains("other Helper");
    }

    @Test
    void aCompileErrorInOneExampleWithItsOwnClassesDoesNotAffectAnother() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Errors stay put

                ```java run
                public class Broken { public static void main(String[] a) { int x = "text"; } }
                ```

                ```java run
                public class Sleeper {
                    public static void main(String[] a) {
                        Thread.sleep(10);
                    }
                }
                ```

                ```java run
                public class Fine { public static void main(String[] a) { System.out.println("fine"); } }
                ```
                """).build();
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:4:69: error: incompatible types")
                .contains("content/index.md:10:21: error: unreported exception InterruptedException")
                .contains("2 failed").contains("1 passed");
    }
}
