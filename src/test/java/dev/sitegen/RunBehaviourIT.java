package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to a program when it runs, checked with real JVMs: ordered streams, the
 * output cap, stdin, arguments, process groups, timeouts with thread dumps, repeated runs,
 * exclusive and preview examples.
 */
class RunBehaviourIT {

    @TempDir
    Path dir;

    private TestSite.Build build(String markdown) {
        TestSite.Build build = new TestSite(dir).page("index.md", markdown).build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        return build;
    }

    @Test
    void stdoutAndStderrKeepTheOrderTheyWereWrittenIn() {
        TestSite.Build build = build("""
                # Order

                ```java run
                for (int i = 0; i < 200; i++) {
                    System.out.println("out " + i);
                    System.err.println("err " + i);
                }
                ```
                """);
        String html = build.html("index.html");
        List<String> spans = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"(out|err)\"[^>]*>([^<]*)</span>").matcher(html);
        while (m.find()) spans.add(m.group(1) + ":" + m.group(2).strip());
        assertThat(spans).hasSize(400);
        for (int i = 0; i < 200; i++) {
            assertThat(spans.get(2 * i)).isEqualTo("out:out " + i);
            assertThat(spans.get(2 * i + 1)).isEqualTo("err:err " + i);
        }
    }

    @Test
    void temporaryFilesAnExampleForgetsAreDeletedWithItsRunNotLeftInTheSystemsFolder() {
        TestSite.Build build = build("""
                # Temporary files

                ```java run
                void main() throws Exception {
                    Path file = Files.createTempFile("forgotten", ".txt");
                    Files.writeString(file, "left behind");
                    Process child = new ProcessBuilder("sh", "-c", "mktemp").start();
                    IO.println(file);
                    IO.println(new String(child.getInputStream().readAllBytes()).strip());
                }
                ```
                """);
        List<String> lines = build.html("index.html").lines()
                .filter(l -> l.contains("forgotten") || l.contains("tmp.")).toList();
        Matcher java = Pattern.compile("(/\\S*forgotten\\d*\\.txt)").matcher(String.join("\n", lines));
        Matcher shell = Pattern.compile("(/\\S*/tmp\\.\\w+)").matcher(String.join("\n", lines));
        assertThat(java.find()).as(lines.toString()).isTrue();
        assertThat(shell.find()).as(lines.toString()).isTrue();
        Path javaFile = Path.of(java.group(1));
        Path shellFile = Path.of(shell.group(1));
        assertThat(javaFile.toString()).as("java.io.tmpdir is the run's own folder").startsWith(dir.toString());
        assertThat(shellFile.toString()).as("TMPDIR is the run's own folder").startsWith(dir.toString());
        assertThat(javaFile).doesNotExist();
        assertThat(shellFile).doesNotExist();
    }

    @Test
    void anExampleWithAPackageLineRunsByItsBinaryName() {
        TestSite.Build build = build("""
                # Package

                ```java run
                package demo.greetings;

                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello from " + Hello.class.getName());
                    }
                }
                ```

                ```output
                hello from demo.greetings.Hello
                ```
                """);
        assertThat(build.html("index.html")).contains("hello from demo.greetings.Hello");
    }

    @Test
    void aJvmThatDoesNotRunTheExampleIsAnErrorShowingWhatTheJvmSaid() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # JVM options

                ```java run jvm="-XX:+NoSuchOptionAnywhere"
                IO.println("never");
                ```

                ```java run jvm="-version"
                IO.println("never either");
                ```
                """).build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output())
                .contains("index.md:3:1: error: the JVM ended with code 1 before the example's `main` started")
                .contains("NoSuchOptionAnywhere")
                .contains("index.md:7:1: error: the JVM ended with code 0 before the example's `main` started")
                .doesNotContain("exit=1`");
    }

    @Test
    void everyRunsOutputIsCapturedInFull() {
        // a program that prints and exits at once races the end of its run against the
        // reading of its output: all of it must be read, every time
        TestSite.Build build = build("""
                # All of it

                ```java run runs=40
                for (int i = 1; i <= 100; i++) IO.println("line " + i);
                ```

                ```output
                line 1
                ...
                line 100
                ```
                """);
        assertThat(build.html("index.html")).contains("40 of 40 runs").contains("all the same");
    }

    @Test
    void outputIsHtmlEscaped() {
        String html = build("# Escape\n\n```java run\nIO.println(\"<script>alert('x')</script> & <b>\");\n```\n").html("index.html");
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;").doesNotContain("<script>alert");
    }

    @Test
    void aProgramPrinting100MegabytesIsCappedAtOneMebibyteWithANote() {
        TestSite.Build build = build("""
                # Flood

                ```java run timeout=60s
                byte[] line = new byte[1024 * 1024];
                java.util.Arrays.fill(line, (byte) 'x');
                for (int i = 0; i < 100; i++) System.out.write(line, 0, line.length);
                System.out.flush();
                ```
                """);
        String html = build.html("index.html");
        assertThat(html).contains("… and 103,809,024 more bytes, not shown: output is kept up to 1 MiB");
        assertThat(html.length()).isLessThan(2 * 1024 * 1024);
    }

    @Test
    void stdinIsEmptyAndClosedUnlessGiven() {
        String html = build("""
                # Input

                ```java run
                IO.println("read " + System.in.read());
                ```

                ```java run stdin="first\\nsecond"
                var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
                IO.println(in.readLine() + "|" + in.readLine() + "|" + in.readLine());
                ```
                """).html("index.html");
        assertThat(html).contains("read -1").contains("first|second|null");
    }

    @Test
    void argumentsAreSplitAsAShellSplitsThem() {
        String html = build("""
                # Args

                ```java run args="one 'two three' \\"four\\""
                void main(String[] args) {
                    IO.println(args.length + ": " + String.join(",", args));
                }
                ```
                """).html("index.html");
        assertThat(html).contains("3: one,two three,four");
    }

    @Test
    void nothingAProgramStartsOutlivesItsRun() throws IOException {
        // a unique duration marks the grandchildren: `sleep 300.123456`
        String marker = "300." + (100000 + new java.util.Random().nextInt(900000));
        build("""
                # Children

                ```java run
                new ProcessBuilder("sleep", "MARKER").start();
                IO.println("started a child and left");
                ```

                ```java run expect=timeout timeout=1s
                new ProcessBuilder("sh", "-c", "sleep MARKER & sleep MARKER").start();
                Thread.sleep(60_000);
                ```

                ```java run
                // a grandchild that leaves the example's session, then outlives its parent
                new ProcessBuilder("sh", "-c", "setsid sleep MARKER & sleep 0.2").start().waitFor();
                IO.println("its parent ended; the grandchild lives on in a session of its own");
                ```
                """.replace("MARKER", marker));
        assertThat(ProcessTable.commandLinesWith(marker)).as("processes left behind").isEmpty();
    }


    @Test
    void aHangOnVirtualThreadsShowsThemInTheDump() {
        TestSite.Build build = build("""
                # Virtual threads

                ```java run expect=timeout timeout=2s
                var lock = new java.util.concurrent.locks.ReentrantLock();
                lock.lock();
                Thread waiter = Thread.ofVirtual().name("virtual-waiter").start(lock::lock);
                waiter.join();
                ```
                """);
        String html = build.html("index.html");
        assertThat(html).contains("\"virtual-waiter\" virtual").doesNotContain("VirtualThread-unblocker").contains("java.lang.Thread.State: WAITING");
    }

    @Test
    void aDeadlockIsCaughtAtItsTimeoutAndItsReportShown() {
        TestSite.Build build = build("""
                # Deadlock

                ```java run expect=timeout timeout=3s
                Object left = new Object();
                Object right = new Object();
                var bothHoldOne = new java.util.concurrent.CountDownLatch(2);
                Thread a = new Thread(() -> {
                    synchronized (left) {
                        bothHoldOne.countDown();
                        await(bothHoldOne);
                        synchronized (right) { IO.println("a got both"); }
                    }
                }, "thread-a");
                Thread b = new Thread(() -> {
                    synchronized (right) {
                        bothHoldOne.countDown();
                        await(bothHoldOne);
                        synchronized (left) { IO.println("b got both"); }
                    }
                }, "thread-b");
                a.start();
                b.start();
                IO.println("both started");
                }
                static void await(java.util.concurrent.CountDownLatch latch) {
                    try { latch.await(); } catch (InterruptedException e) { throw new RuntimeException(e); }
                ```

                ```output
                both started
                ```
                """);
        String html = org.jsoup.Jsoup.parse(build.html("index.html")).wholeText(); // frames are links now: read the text
        assertThat(html)
                .contains("still running at the 3 s timeout")
                .contains("Found one Java-level deadlock:")
                .contains("\"thread-a\":")
                .contains("which is held by \"thread-b\"")
                .contains("at Main.lambda$main$0(index.md:")
                .doesNotContain("Reference Handler")
                .doesNotContain("Launcher.main");
    }

    @Test
    void repeatedRunsShowEachDistinctOutputOnceWithItsCount() {
        TestSite.Build build = build("""
                # Race

                ```java run runs=6
                int[] counter = {0};
                Runnable add = () -> { for (int i = 0; i < 200_000; i++) counter[0]++; };
                Thread t1 = new Thread(add);
                Thread t2 = new Thread(add);
                t1.start(); t2.start();
                t1.join(); t2.join();
                IO.println(counter[0] == 400_000 ? "no update lost" : "lost updates");
                ```

                ```output
                ...
                ```
                """);
        String html = build.html("index.html");
        assertThat(html).contains("Output of 6 runs");
        Matcher counts = Pattern.compile("<span class=\"run-count\">(\\d+) of 6 runs</span>").matcher(html);
        int total = 0;
        while (counts.find()) total += Integer.parseInt(counts.group(1));
        assertThat(total).isEqualTo(6);
        assertThat(build.report()).contains("\"runs\": 6");
    }

    @Test
    void anUncaughtExceptionsFramesPointAtTheMarkdownLines() {
        String html = build("""
                # Trace

                Some prose.

                ```java run exit=1
                void main() {
                    helper();
                }
                void helper() {
                    throw new IllegalStateException("bad state");
                }
                ```
                """).html("index.html");
        assertThat(org.jsoup.Jsoup.parse(html).wholeText())
                .contains("Exception in thread \"main\" java.lang.IllegalStateException: bad state")
                .contains("at Main.helper(index.md:10)")
                .contains("at Main.main(index.md:7)")
                .doesNotContain("Main__")
                .doesNotContain("Launcher")
                .doesNotContain("reflect");
    }

    @Test
    void anExclusiveExampleRunsWithNoOtherExampleRunning() {
        // four examples at a time, whatever this machine's core count: on one core this
        // test would otherwise pass whether or not `exclusive` works
        StringBuilder md = new StringBuilder("# Exclusive\n\n");
        String body = "long start = System.currentTimeMillis();\nThread.sleep(1500);\nIO.println(\"span \" + start + \" \" + System.currentTimeMillis());\n";
        for (int i = 0; i < 4; i++) md.append("```java run\n").append(body).append("```\n\n");
        md.append("```java run exclusive id=alone\n").append(body).append("```\n");
        TestSite.Build build = new TestSite(dir).page("index.md", md.toString()).build("--parallelism=4");
        assertThat(build.exitCode()).as(build.toString()).isZero();
        Matcher m = Pattern.compile("span (\\d+) (\\d+)").matcher(build.html("index.html"));
        List<long[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        assertThat(spans).hasSize(5);
        long[] alone = spans.getLast();
        List<long[]> others = spans.subList(0, 4);
        for (long[] other : others) {
            assertThat(other[1] <= alone[0] || other[0] >= alone[1]).as("overlaps the exclusive example").isTrue();
        }
        // the others did run side by side, so the check above had something to catch
        boolean anyOverlap = false;
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                anyOverlap |= others.get(i)[0] < others.get(j)[1] && others.get(j)[0] < others.get(i)[1];
            }
        }
        assertThat(anyOverlap).as("the non-exclusive examples ran in parallel").isTrue();
    }

    @Test
    void previewExamplesCompileAndRunWithPreviewFeatures() {
        TestSite site = new TestSite(dir).page("index.md", """
                # Preview

                ```java run preview
                try (var scope = java.util.concurrent.StructuredTaskScope.open()) {
                    var answer = scope.fork(() -> 42);
                    scope.join();
                    IO.println("answer " + answer.get());
                }
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.html("index.html")).contains("answer 42");

        site.page("index.md", site.read("content/index.md").replace("java run preview", "java run"));
        TestSite.Build without = site.build();
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.output()).contains("preview");
    }

    @Test
    void withTheAotCacheAskedForExamplesStartFromItOnceABuildMadeItAndWithoutItOtherwise() {
        String fromCache = """
                IO.println("from the cache: " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .anyMatch(a -> a.startsWith("-XX:AOTCache=")));
                """;
        // forty JVM starts: worth making the cache in this build; the runs that start before it is ready go without it
        TestSite site = new TestSite(dir).page("index.md", "# Cache\n\n```java run runs=40\n" + fromCache + "```\n");
        TestSite.Build making = site.build("--aotCache=true");
        assertThat(making.exitCode()).as(making.toString()).isZero();
        try (var files = java.nio.file.Files.list(dir.resolve("target/aot"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(name -> name.startsWith("examples-") && name.endsWith(".aot"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        site.page("index.md", "# Cache\n\n```java run\n" + fromCache + "```\n");
        TestSite.Build using = site.build("--aotCache=true");
        assertThat(using.exitCode()).as(using.toString()).isZero();
        assertThat(using.html("index.html")).contains("from the cache: true");

        TestSite.Build off = site.build("--rerun=true");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(off.html("index.html")).contains("from the cache: false").doesNotContain("from the cache: true");

        site.page("index.md", "# Cache\n\n```java run jvm=\"-Dk=v\"\n" + fromCache + "```\n");
        TestSite.Build ownOptions = site.build("--aotCache=true");
        assertThat(ownOptions.exitCode()).as(ownOptions.toString()).isZero();
        assertThat(ownOptions.html("index.html")).as("an example with JVM options of its own starts as they say").contains("from the cache: false");
    }
}
