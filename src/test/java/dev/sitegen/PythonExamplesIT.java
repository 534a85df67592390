package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code python run} blocks run by the real {@code python3} on the PATH, under the
 * supervision Java examples get: ordered streams, exit codes, tracebacks pointing at the
 * markdown, timeouts, nothing left running, records reused; and a build without
 * {@code python3} failing at the block with how to install it.
 */
class PythonExamplesIT {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).env("PATH", System.getenv("PATH"));
    }

    private TestSite.Build build(String markdown) {
        TestSite.Build build = site().page("index.md", markdown).build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        return build;
    }

    private static String text(TestSite.Build build) {
        return Jsoup.parse(build.html("index.html")).wholeText(); // frames are links: read the text
    }

    @Test
    void aPythonBlockRunsItsOutputIsCheckedAndShownInOrder() {
        TestSite.Build build = build("""
                # Python

                ```python run
                import sys
                for i in range(100):
                    print("out", i)
                    print("err", i, file=sys.stderr)
                print("version", sys.version_info[0])
                ```

                ```output
                out 0
                err 0
                ...
                err 99
                version 3
                ```
                """);
        String html = build.html("index.html");
        List<String> spans = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"(out|err)\"[^>]*>([^<]*)</span>").matcher(html);
        while (m.find()) spans.add(m.group(1) + ":" + m.group(2).strip());
        assertThat(spans).hasSize(201);
        for (int i = 0; i < 100; i++) {
            assertThat(spans.get(2 * i)).isEqualTo("out:out " + i);
            assertThat(spans.get(2 * i + 1)).isEqualTo("err:err " + i);
        }
        assertThat(html).contains("class=\"language-python\"").contains("<span class=\"example-name\">Python</span>")
                .contains("badge-ok\">exit 0</span>").contains("<span class=\"tok-kw\">import</span>");
        assertThat(build.report()).contains("\"mode\": \"run\"").contains("\"status\": \"passed\"");
    }

    @Test
    void argumentsStandardInputRepeatedRunsAndUnorderedOutputWorkAsForJava() {
        TestSite.Build build = build("""
                # Inputs

                ```python run args="one 'two three'" stdin="first\\nsecond" runs=3
                import sys
                print("args:", sys.argv[1:])
                for line in sys.stdin:
                    print("read:", line.rstrip())
                ```

                ```output
                args: ['one', 'two three']
                read: first
                read: second
                ```

                ```python run
                import threading
                lock = threading.Lock()  # print writes the text and the newline apart: two threads can meet between them

                def say(n):
                    with lock:
                        print(f"thread {n}")

                threads = [threading.Thread(target=say, args=(n,)) for n in range(3)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                ```

                ```output unordered
                thread 2
                thread 0
                thread 1
                ```
                """);
        assertThat(build.html("index.html")).contains("3 of 3 runs").contains("all the same");
    }

    @Test
    void anExceptionFailsTheBuildAtTheBlockAndItsTracebackNamesTheMarkdownLines() {
        TestSite.Build failed = site().page("index.md", """
                # Trace

                ```python run
                def helper():
                    raise ValueError("bad value")

                helper()
                ```
                """).build();
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.output())
                .contains("content/index.md:3:1: error: exited with code 1, but no other exit code is declared")
                .contains("`python run exit=1`")
                .contains("File \"index.md:7\", in <module>")
                .contains("File \"index.md:5\", in helper")
                .contains("ValueError: bad value");

        TestSite.Build declared = site().page("index.md", """
                # Trace

                ```python run exit=1
                import threading

                def helper():
                    raise ValueError("bad value")

                t = threading.Thread(target=helper, name="worker")
                t.start()
                t.join()
                helper()
                ```
                """).build();
        assertThat(declared.exitCode()).as(declared.toString()).isZero();
        String text = text(declared);
        assertThat(text)
                .contains("Exception in thread worker:")
                .contains("File \"<stdlib>/threading.py\"")
                .contains("File \"index.md:12\", in <module>")
                .contains("File \"index.md:7\", in helper")
                .contains("raise ValueError(\"bad value\")")
                .doesNotContain(dir.toString()).doesNotContain("sitegen_launcher").doesNotContain("index.py");
        assertThat(declared.html("index.html")).contains("<a class=\"frame-link\" href=\"#L7\">index.md:7</a>");
    }

    @Test
    void aSyntaxErrorIsTheScriptsOwnFailure() {
        TestSite.Build build = build("""
                # Syntax

                ```python run exit=1
                print("never closed"
                ```
                """);
        assertThat(text(build)).contains("File \"index.md:4\"").contains("SyntaxError").contains("exit 1");
    }

    @Test
    void aHangIsKilledAtItsTimeoutWithEveryProcessItStarted() throws IOException {
        String marker = "300." + (100000 + new java.util.Random().nextInt(900000));
        TestSite.Build build = build("""
                # Hang

                ```python run expect=timeout timeout=1s
                import subprocess, time
                subprocess.Popen(["sleep", "MARKER"])
                print("started a child, now waiting forever", flush=True)
                time.sleep(600)
                ```

                ```output
                started a child, now waiting forever
                ```
                """.replace("MARKER", marker));
        assertThat(text(build)).contains("still running at the 1 s timeout").contains("started a child, now waiting forever");
        assertThat(ProcessTable.commandLinesWith(marker)).as("processes left behind").isEmpty();

        TestSite.Build failed = site().page("index.md", """
                # Hang

                ```python run timeout=1s
                import time
                time.sleep(600)
                ```
                """).build();
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.output()).contains("content/index.md:3:1: error: was still running at its timeout of 1s and was killed");
    }

    @Test
    void aRecordedRunIsReusedWhileTheBlockIsUnchanged() {
        TestSite site = site().page("index.md", """
                # Reuse

                ```python run
                print("hello from python")
                ```
                """);
        TestSite.Build first = site.build();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.report()).contains("\"cached\": false");
        TestSite.Build second = site.build();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.report()).contains("\"cached\": true");
        assertThat(second.html("index.html")).isEqualTo(first.html("index.html"));
    }

    @Test
    void withoutPython3APythonBlockFailsSayingHowToInstallItAndOtherPagesNeedNone() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-bin"));
        TestSite site = new TestSite(dir).env("PATH", empty.toString())
                .page("index.md", "# Home\n\n```java run\nIO.println(\"java needs no python\");\n```\n");
        TestSite.Build javaOnly = site.build();
        assertThat(javaOnly.exitCode()).as(javaOnly.toString()).isZero();

        site.page("python.md", """
                # Python

                Prose.

                ```python run
                print("never")
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output())
                .contains("content/python.md:5:1: error: there is no python3 on the PATH, so this `python run` block cannot run")
                .contains("apt-get install python3");
    }
}
