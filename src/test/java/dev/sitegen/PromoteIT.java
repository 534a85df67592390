package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Dsitegen.promote}: the real output goes into the output blocks that do not match it, and only those. */
class PromoteIT {

    @TempDir
    Path dir;

    @Test
    void anEmptyBlockAndAStaleBlockGetTheRealOutputAndTheBuildPasses() {
        TestSite site = new TestSite(dir).page("index.md", """
                ---
                title: Promote
                ---

                # Promote

                ```java run
                IO.println("first");
                IO.println("second");
                ```

                ```output
                ```

                ```java run
                IO.println("new text");
                ```

                ```output
                old text
                ```
                """);

        TestSite.Build build = site.build("--promote=true");

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.output()).contains("promoted the output block at content/index.md:12")
                .contains("promoted the output block at content/index.md:19");
        assertThat(site.read("content/index.md")).contains("```output\nfirst\nsecond\n```").contains("```output\nnew text\n```")
                .doesNotContain("old text").startsWith("---\ntitle: Promote\n---\n");
        assertThat(site.build().output()).as("a second build runs nothing and promotes nothing").doesNotContain("promoted");
    }

    @Test
    void aBlockThatMatchesIsNeverTouched() {
        String page = """
                # Matches

                ```java run
                IO.println("took " + System.nanoTime() + " ns");
                ```

                ```output
                took ... ns
                ```

                ```java run
                Thread a = Thread.ofPlatform().start(() -> IO.println("a"));
                Thread b = Thread.ofPlatform().start(() -> IO.println("b"));
                a.join();
                b.join();
                ```

                ```output unordered
                b
                a
                ```
                """;
        TestSite site = new TestSite(dir).page("index.md", page);

        TestSite.Build build = site.build("--promote=true");

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.output()).doesNotContain("promoted");
        assertThat(site.read("content/index.md")).isEqualTo(page);
    }

    @Test
    void runsThatDisagreeAreLeftToTheAuthor() {
        TestSite site = new TestSite(dir).page("index.md", """
                # Varies

                ```java run runs=3
                IO.println(System.nanoTime());
                ```

                ```output
                0
                ```
                """);

        TestSite.Build build = site.build("--promote=true");

        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:7:1: warning: not promoted: the 3 runs printed different outputs");
        assertThat(site.read("content/index.md")).contains("```output\n0\n```");
    }
}
