package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input an author can write: each gives {@code path:line:col: error: ...}
 * at the markdown the author wrote with a way to fix it, all problems of a build are
 * reported together, the exit code is non-zero, and the site already built is left
 * byte for byte as it was.
 */
class BadInputIT {

    @TempDir
    Path dir;
    TestSite site;
    Map<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = new TestSite(dir)
                .page("index.md", """
                        # Home

                        ```java run
                        IO.println("hello");
                        ```
                        """)
                .page("other.md", "# Other\n\nSee [home](index.md).\n");
        TestSite.Build good = site.build();
        assertThat(good.exitCode()).as(good.toString()).isZero();
        before = site.snapshot("site");
        assertThat(before).containsKeys("index.html", "other.html");
    }

    private TestSite.Build failingBuild() {
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(site.snapshot("site")).as("site/ must be left as it was").isEqualTo(before);
        return build;
    }

    @Test
    void compileErrorInARunBlockPointsAtTheMarkdownLineAndColumn() {
        site.page("other.md", """
                # Other

                ```java run
                int count = 0;
                count = "three";
                ```
                """);
        TestSite.Build build = failingBuild();
        assertThat(build.output()).contains("content/other.md:5:9: error: incompatible types: String cannot be converted to int");
        assertThat(build.output()).doesNotContain("Main__");
    }

    @Test
    void undeclaredNonZeroExitFailsAndSaysHowToDeclareIt() {
        site.page("other.md", """
                # Other

                ```java run
                throw new IllegalStateException("on purpose");
                ```
                """);
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:3:1: error: exited with code 1, but no other exit code is declared")
                .contains("`java run exit=1`")
                .contains("java.lang.IllegalStateException: on purpose")
                .contains("at Main.main(other.md:4)");
    }

    @Test
    void timeoutFailsAndNamesTheNonDaemonThreadThatKeptTheJvmAlive() {
        site.page("other.md", """
                # Other

                ```java run timeout=3s
                Thread worker = new Thread(() -> {
                    try { Thread.sleep(60_000); } catch (InterruptedException e) { }
                }, "sleepy-worker");
                worker.start();
                IO.println("main is done");
                ```
                """);
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:3:1: error: was still running at its timeout of 3s and was killed")
                .contains("`main` returned, but the non-daemon thread \"sleepy-worker\" kept the JVM alive")
                .contains("setDaemon(true)");
    }

    // ---- blocks that would silently stop being examples

    @Test
    void aBacktickInTheInfoStringIsAnErrorBecauseTheLineIsNoLongerAFence() {
        site.page("other.md", "# Other\n\n```java run `id=x`\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:3:13: error: a backtick in the info string");
    }

    @Test
    void aFenceInsideABlockThatWasNeverClosedIsAnError() {
        site.page("other.md", "# Other\n\n```text\nsample\n\n```java run\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:6:1: error: this `java` fence is inside the block opened at line 3");
    }

    @Test
    void aFenceInsideALongerFenceIsShownOnPurposeAndNotAnError() {
        site.page("other.md", "# Other\n\n````markdown\n```java run\nIO.println(1);\n```\n````\n");
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.output()).doesNotContain("warning");
    }

    @Test
    void aTabIndentedFenceAndACapitalJavaAreWarnedAbout() {
        site.page("other.md", "# Other\n\n\t```java run\n\tIO.println(1);\n\t```\n\n```Java run\nIO.println(2);\n```\n");
        TestSite.Build build = site.build();
        assertThat(build.output()).contains("content/other.md:3:1: warning: this `java` fence is indented by a tab or four spaces")
                .contains("content/other.md:7:4: warning: `Java` is not `java`").contains("did you mean `java`?");
    }

    @Test
    void aByteOrderMarkIsIgnoredWithAWarningSoTheFrontMatterStillCounts() {
        site.page("other.md", "\uFEFF---\ntitle: Marked\n---\n\n# Other\n");
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.output()).contains("content/other.md:1:1: warning: the file starts with a UTF-8 byte order mark");
        assertThat(build.html("other.html")).contains("<title>Marked").doesNotContain("title: Marked");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() throws IOException {
        java.nio.file.Files.write(dir.resolve("content/other.md"), new byte[] {'#', ' ', 'O', '\n', '\n', 'a', 'b', (byte) 0xE9, 'c', '\n'});
        assertThat(failingBuild().output()).contains("content/other.md:3:3: error: the file is not valid UTF-8 from here on");
    }

    @Test
    void aFlagGivenAValueIsToldItIsAFlag() {
        site.page("other.md", "# Other\n\n```java run exclusive=yes\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:3:13: error: `exclusive` is a flag and takes no value")
                .contains("flags are `exclusive`, `preview`");
    }

    @Test
    void aTimeoutOverOneHourIsRefusedInEveryUnit() {
        site.page("other.md", "# Other\n\n```java run timeout=61m\nIO.println(1);\n```\n\n```java run timeout=3600001ms\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:3:21: error: `timeout=61m` is longer than the longest timeout")
                .contains("content/other.md:7:21: error: `timeout=3600001ms` is longer than the longest timeout");
    }

    @Test
    void aJavaScriptLinkIsAnErrorWhateverItsCase() {
        site.page("other.md", "# Other\n\n[a](JavaScript:alert(1)) [b](  jAvAsCrIpT:alert(2))\n");
        TestSite.Build build = failingBuild();
        assertThat(build.output()).contains("content/other.md:3:1: error: the link `JavaScript:alert(1)` runs code")
                .contains("error: the link `jAvAsCrIpT:alert(2)` runs code");
    }

    @Test
    void anIdClashWithAChosenIdOnAnEarlierPageBlamesTheChosenOne() {
        site.page("a.md", "# A\n\n```java run id=other-1\nIO.println(1);\n```\n")
                .page("other.md", "# Other\n\n```java run\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/a.md:3:1: error: the id `other-1` is also the id the example at content/other.md:3");
    }

    @Test
    void aPageWithASpaceInItsNameGetsIdsAndLinksThatWork() {
        site.page("my page.md", "# Mine\n\n```java run\nIO.println(1);\n```\n")
                .page("other.md", "# Other\n\n[mine](<my page.md>) and [its example](<my page.md#my-page-1>)\n");
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.html("my page.html")).contains("id=\"my-page-1\"");
        assertThat(build.html("other.html")).contains("<a href=\"my%20page.html\">mine</a>").contains("href=\"my%20page.html#my-page-1\"");
    }

    @Test
    void anIdClashBlamesTheIdTheAuthorChose() {
        site.page("other.md", "# Other\n\n```java run id=index-1\nIO.println(1);\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:3:1: error: the id `index-1` is already used by the example at content/index.md:3")
                .doesNotContain("content/index.md:3:1: error");
    }

    @Test
    void unknownAttributeSuggestsTheClosestOne() {
        site.page("other.md", "# Other\n\n```java run timout=3s\nIO.println(1);\n```\n");
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:3:13: error: unknown attribute `timout`")
                .contains("did you mean `timeout`?");
    }

    @Test
    void unknownModeSuggestsTheClosestOne() {
        site.page("other.md", "# Other\n\n```java rnu\nIO.println(1);\n```\n");
        assertThat(failingBuild().output())
                .contains("content/other.md:3:9: error: unknown mode `rnu`")
                .contains("did you mean `run`?");
    }

    @Test
    void malformedValuesAreErrorsAtTheValue() {
        site.page("other.md", """
                # Other

                ```java run timeout=3x
                IO.println(1);
                ```

                ```java run args="unclosed
                IO.println(2);
                ```
                """);
        assertThat(failingBuild().output())
                .contains("content/other.md:3:21: error: `timeout=3x` is not a positive duration")
                .contains("content/other.md:7:18: error: the quoted value of `args` is never closed");
    }

    @Test
    void contradictoryCombinationsAreErrorsAtTheWord() {
        site.page("other.md", """
                # Other

                ```java fail exit=1
                int x = "no";
                ```

                ```java run runs=0
                IO.println(1);
                ```

                ```java run timeout=-1s
                IO.println(2);
                ```

                ```java run expect=timeout runs=3
                IO.println(3);
                ```
                """);
        assertThat(failingBuild().output())
                .contains("content/other.md:3:14: error: `exit=` contradicts `fail`")
                .contains("content/other.md:7:18: error: `runs=0` must be a whole number from 1")
                .contains("content/other.md:11:21: error: `timeout=-1s` is not a positive duration")
                .contains("content/other.md:15:28: error: `runs=` contradicts `expect=timeout`");
    }

    @Test
    void unclosedFenceIsAnErrorAtTheOpeningFence() {
        site.page("other.md", "# Other\n\nText.\n\n```java run\nIO.println(1);\n\nMore text that became code.\n");
        assertThat(failingBuild().output())
                .contains("content/other.md:5:1: error: this code block is never closed")
                .contains("add a line ```");
    }

    @Test
    void allProblemsOfABuildAreReportedTogether() {
        site.page("other.md", "# Other\n\n```java run timout=3s\nIO.println(1);\n```\n")
                .page("third.md", "---\ntitel: Third\n---\n# Third\n\n```java run\nint x = \"s\";\n```\n\n[gone](missing.md)\n");
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:3:13: error: unknown attribute `timout`")
                .contains("content/third.md:2:1: error: unknown front matter key `titel`")
                .contains("content/third.md:7:9: error: incompatible types")
                .contains("content/third.md:10:1: error: the link `missing.md` points to a page that does not exist")
                .contains("4 errors.");
    }

    @Test
    void aFailBlockThatCompilesIsAnError() {
        site.page("other.md", "# Other\n\n```java fail\nint x = 1;\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:3:1: error: this `java fail` block compiles, but it must not");
    }

    @Test
    void malformedFrontMatterIsAnErrorAtItsLine() {
        site.page("other.md", "---\ntitle: [unclosed\norder: 2\n---\n# Other\n");
        assertThat(failingBuild().output()).containsPattern("content/other\\.md:[2-4]:\\d+: error: malformed YAML");
    }

    @Test
    void unknownFrontMatterKeyIsNamedWithASuggestion() {
        site.page("other.md", "---\ntitle: Other\ndescripton: words\n---\n# Other\n");
        assertThat(failingBuild().output())
                .contains("content/other.md:3:1: error: unknown front matter key `descripton`")
                .contains("did you mean `description`?");
    }

    @Test
    void includeOfAMissingFileOrRegionIsAnError() {
        site.write("content/examples/Counter.java", "class Counter {\n    // region body\n    int n;\n    // endregion\n}\n")
                .page("other.md", """
                        # Other

                        ```java compile include=examples/Nope.java
                        ```

                        ```java compile include=examples/Counter.java#bdy
                        ```
                        """);
        assertThat(failingBuild().output())
                .contains("content/other.md:3:25: error: `include=examples/Nope.java`: there is no file content/examples/Nope.java")
                .contains("content/other.md:6:25: error: `include=examples/Counter.java#bdy`: content/examples/Counter.java has no region `bdy`")
                .contains("its regions are: `body`");
    }

    @Test
    void aUnitOfAnotherPageIsNotVisibleAndTheMessageSaysWhy() {
        site.page("other.md", """
                # Other

                ```java file=Counter.java
                class Counter { int n; }
                ```
                """)
                .page("third.md", """
                        # Third

                        ```java run
                        IO.println(new Counter().n);
                        ```
                        """);
        assertThat(failingBuild().output())
                .contains("content/third.md:4:16: error: cannot find symbol")
                .contains("`Counter` is a `file=Counter.java` unit of other.md");
    }

    @Test
    void twoExamplesWithTheSameIdAreAnError() {
        site.page("other.md", "# Other\n\n```java run id=hello\nIO.println(1);\n```\n")
                .page("third.md", "# Third\n\n```java run id=hello\nIO.println(2);\n```\n");
        assertThat(failingBuild().output()).contains("content/third.md:3:1: error: the id `hello` is already used by the example at content/other.md:3:1");
    }

    @Test
    void brokenLinksAndAnchorsAreErrorsAtTheLink() {
        site.page("other.md", "# Other\n\n## Why threads\n\nSee [it](#why-thread), [home](index.md#nowhere) and [x](indx.md).\n");
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:5:5: error: the link `#why-thread` points to `#why-thread`")
                .contains("did you mean `#why-threads`?")
                .contains("content/other.md:5:24: error: the link `index.md#nowhere` points to `#nowhere`")
                .contains("content/other.md:5:53: error: the link `indx.md` points to a page that does not exist")
                .contains("did you mean `index.md`?");
    }

    @Test
    void anOutputBlockAfterANonRunBlockIsAnError() {
        site.page("other.md", "# Other\n\n```java\nIO.println(1);\n```\n\n```output\n1\n```\n");
        assertThat(failingBuild().output()).contains("content/other.md:7:1: error: an `output` block must follow a `java run` block, and the block before it is `java`");
    }

    @Test
    void outputThatDoesNotMatchGivesAUnifiedDiffAtTheOutputBlock() {
        site.page("other.md", """
                # Other

                ```java run
                IO.println("one");
                IO.println("two");
                IO.println("three");
                ```

                ```output
                one
                 2
                three
                ```
                """);
        TestSite.Build build = failingBuild();
        assertThat(build.output())
                .contains("content/other.md:9:1: error: the output does not match the `output` block")
                .contains("--- expected (content/other.md:9)")
                .contains("+++ actual")
                .contains("@@ -1,3 +1,3 @@")
                .contains("- 2")
                .contains("+two");
    }

    @Test
    void aFileWhereTheSiteFolderShouldBeIsAnErrorWithThePathAndAReportIsStillWritten(@TempDir Path dir) throws IOException {
        TestSite site = new TestSite(dir).page("index.md", "# Home\n\nText.\n").write("site", "not a folder\n");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("error: cannot write the site into site: `").contains("site` is a file where a folder is needed")
                .doesNotContain("internal error");
        assertThat(site.exists("target/report.json")).isTrue();
        assertThat(site.read("site")).isEqualTo("not a folder\n");
    }
}
