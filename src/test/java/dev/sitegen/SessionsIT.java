package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions, built with real javac and real JVMs: blocks that share types, methods and
 * variables; a thread started in one block and joined in another; each block's output
 * under it; {@code crash} and {@code fail} blocks; one record per session; and every kind
 * of bad input at the author's block.
 */
class SessionsIT {

    @TempDir
    Path dir;

    private static final String SHOP = """
            ---
            title: Shop
            session: shop
            ---

            # Shop

            ```java compile
            record Order(String item, int quantity) {}

            List<Order> orders = new ArrayList<>();
            CountDownLatch printed = new CountDownLatch(1);
            ```

            ```java run id=fill
            orders.add(new Order("tea", 2));
            orders.add(new Order("cake", 1));
            Thread auditor = Thread.ofPlatform().start(() -> {
                IO.println("auditor saw the list");
                printed.countDown();
            });
            printed.await();
            IO.println(orders.size() + " orders, " + items(orders) + " items");

            static int items(List<Order> list) {
                return list.stream().mapToInt(Order::quantity).sum();
            }
            ```

            ```output
            auditor saw the list
            2 orders, 3 items
            ```

            Prose between blocks.

            ```java run id=join
            auditor.join();
            System.err.println("joined");
            ```

            ```java run id=boom crash
            Order missing = orders.get(5);
            ```

            ```java fail id=gone
            IO.println(missing.item());
            ```

            ```java run id=alone isolated
            IO.println("on its own");
            ```
            """;

    @Test
    void blocksShareTypesMethodsAndVariablesAndEachShowsItsOwnOutput() {
        TestSite site = new TestSite(dir).page("index.md", SHOP);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();

        Document page = Jsoup.parse(build.html("index.html"));
        assertThat(page.select("#fill .example-output samp").text()).isEqualTo("auditor saw the list\n2 orders, 3 items");
        assertThat(page.select("#join .example-output samp span.err").text()).isEqualTo("joined");
        assertThat(page.select("#boom .badge").text()).contains("threw");
        assertThat(page.select("#boom .example-output samp").text())
                .startsWith("java.lang.IndexOutOfBoundsException: Index 5 out of bounds for length 2")
                .contains("at Main.main(index.md:43)")
                .doesNotContain("Main__").doesNotContain("sitegen").doesNotContain("Launcher");
        assertThat(page.select("#gone .example-compiler samp").text()).contains("cannot find symbol").contains("variable missing");
        assertThat(page.select("#alone .example-output samp").text()).isEqualTo("on its own");
        assertThat(page.select("#fill .example-tag").text()).isEqualTo("session shop");
        assertThat(page.select("#alone .example-tag").text()).isEmpty();
    }

    @Test
    void theSessionIsOneRecordEditingABlockRunsItAllAndProseRunsNothing() {
        TestSite site = new TestSite(dir).page("index.md", SHOP);
        assertThat(site.build().exitCode()).isZero();

        TestSite.Build prose = site.page("index.md", SHOP.replace("Prose between blocks.", "Other prose.")).build();
        assertThat(prose.exitCode()).as(prose.toString()).isZero();
        assertThat(prose.report()).doesNotContain("\"cached\": false");

        TestSite.Build edited = site.page("index.md", SHOP.replace("System.err.println(\"joined\");", "System.err.println(\"joined!\");")).build();
        assertThat(edited.exitCode()).as(edited.toString()).isZero();
        for (String id : new String[] {"fill", "join", "boom", "gone"}) {
            assertThat(edited.report()).as(id).containsPattern("\"id\": \"" + id + "\"[^}]*\"cached\": false");
        }
        assertThat(edited.report()).containsPattern("\"id\": \"alone\"[^}]*\"cached\": true");
    }

    @Test
    void aNameFromAnotherSessionGetsAHintSayingWhichSessionDeclaresIt() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Two sessions

                ```java run session=a
                List<String> names = List.of("x");
                ```

                ```java run session=b
                IO.println(names);
                ```
                """).build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:8:12: error: cannot find symbol")
                .contains("`names` is declared at line 4, in session `a`; add `session=a` to this block");
    }

    @Test
    void aVariableOfALaterBlockIsNotVisible() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Order

                ```java run session=a
                IO.println(total);
                ```

                ```java run session=a
                int total = 3;
                ```
                """).build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:4:12: error: cannot find symbol")
                .contains("`total` is declared later in session `a`, at line 8");
    }

    @Test
    void everyBadSessionInputIsReportedTogetherAtTheAuthorsBlockAndTheSiteIsKept() {
        TestSite site = new TestSite(dir).page("index.md", "# Home\n").page("other.md", "# Other\n");
        assertThat(site.build().exitCode()).isZero();
        Map<String, String> before = site.snapshot("site");
        site.page("other.md", """
                # Other

                ```java run session=a
                IO.println("first");
                ```

                ```java run session=a timeout=5s
                IO.println("second");
                ```

                ```java run session=b runs=3
                IO.println("many");
                ```

                ```java run session=c expect=timeout
                while (true) { }
                ```

                ```java file=Unit.java session=a
                class Unit {}
                ```

                ```java run crash
                throw new IllegalStateException();
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output())
                .contains("content/other.md:7:23: error: `timeout=` describes the one run of session `a`, so it goes on the session's first block, at line 3")
                .contains("content/other.md:11:23: error: `runs=` is not allowed in a session")
                .contains("content/other.md:15:23: error: `expect=` is not allowed in a session")
                .contains("content/other.md:19:24: error: a `file=` unit is shared by every example of its page, so it cannot join a session")
                .contains("content/other.md:23:13: error: `crash` only applies to a block of a session");
        assertThat(site.snapshot("site")).as("site/ must be left as it was").isEqualTo(before);
    }

    @Test
    void anExceptionWithoutCrashStopsTheSessionAtItsBlockAndACrashBlockMustThrow() {
        TestSite site = new TestSite(dir).page("index.md", """
                ---
                session: s
                ---

                # Failing

                ```java run crash
                IO.println("fine");
                ```

                ```java run
                IO.println("before");
                Object o = null;
                o.hashCode();
                ```

                ```java run
                IO.println("never");
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output())
                .contains("content/index.md:7:1: error: this `crash` block did not throw")
                .contains("content/index.md:11:1: error: an exception escaped this block, and session `s` stopped here")
                .contains("mark the block `crash`")
                .contains("java.lang.NullPointerException")
                .contains("content/index.md:17:1: warning: this block did not run: session `s` stopped in an earlier block");
    }

    @Test
    void aSessionStillRunningAtItsTimeoutNamesTheBlockThatWasRunning() {
        TestSite.Build build = new TestSite(dir).page("index.md", """
                # Slow

                ```java run session=s timeout=1s
                IO.println("quick");
                ```

                ```java run session=s
                Thread.sleep(60_000);
                ```
                """).build();
        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("content/index.md:7:1: error: session `s`, in this block, was still running at its timeout of 1s");
    }
}
