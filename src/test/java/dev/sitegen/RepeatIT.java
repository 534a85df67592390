package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn verify -Dsitegen.repeat=K}: every example runs K times, and one run that
 * breaks its expectation fails the check, named by its number. The flaky examples here
 * are made deterministic: each counts its runs in a file outside its run folder and
 * misbehaves on a chosen run, so the test knows which run must be named.
 */
class RepeatIT {

    @TempDir
    Path dir;

    /** An example that prints the right total, except on its third run, when it loses an update. */
    private static String flaky(Path counter) {
        return """
                # Counting

                ```java run args="%s"
                import java.nio.file.*;

                void main(String[] args) throws Exception {
                    Path counter = Path.of(args[0]);
                    int runs = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) : 0;
                    Files.writeString(counter, Integer.toString(runs + 1));
                    IO.println("count = " + (runs == 2 ? 1999 : 2000));
                }
                ```

                ```output
                count = 2000
                ```
                """.formatted(counter);
    }

    @Test
    void aRunThatBreaksItsExpectationFailsTheCheckNamingTheRunAndTheDiff() throws IOException {
        Path counter = dir.resolve("counter.txt");
        TestSite site = new TestSite(dir.resolve("site")).page("index.md", flaky(counter));
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();

        Files.delete(counter);
        TestSite.Build once = site.check();
        assertThat(once.exitCode()).as("one run is the first: it passes\n" + once).isZero();

        Files.delete(counter);
        // one at a time, so that the third run started is the third run counted
        TestSite.Build repeated = site.check("--repeat=5", "--parallelism=1");

        assertThat(repeated.exitCode()).as(repeated.toString()).isEqualTo(1);
        assertThat(repeated.output())
                .contains("Checking 1 page, 1 example, each run 5 times")
                .contains("content/index.md:14:1: error: the run 3 of 5 output does not match the `output` block")
                .contains("-count = 2000")
                .contains("+count = 1999");
        assertThat(Files.readString(counter)).as("every run ran").isEqualTo("5");
        JsonObject example = JsonParser.parseString(repeated.report()).getAsJsonObject().getAsJsonArray("examples").get(0).getAsJsonObject();
        assertThat(example.get("runs").getAsInt()).isEqualTo(5);
        assertThat(example.get("status").getAsString()).isEqualTo("failed");
        assertThat(JsonParser.parseString(repeated.report()).getAsJsonObject().get("repeat").getAsInt()).isEqualTo(5);
    }

    @Test
    void aSessionBlockIsJudgedInEveryRunOfItsSession() throws IOException {
        Path counter = dir.resolve("session-counter.txt");
        TestSite site = new TestSite(dir.resolve("site")).page("index.md", """
                # A session

                ```java run session=s jvm="-Dcounter=%s"
                import java.nio.file.*;

                Path counter = Path.of(System.getProperty("counter"));
                int runs = Files.exists(counter) ? Integer.parseInt(Files.readString(counter).strip()) : 0;
                Files.writeString(counter, Integer.toString(runs + 1));
                IO.println("first");
                ```

                ```output
                first
                ```

                ```java run session=s
                IO.println(runs == 1 ? "lost" : "second");
                ```

                ```output
                second
                ```
                """.formatted(counter));
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();

        Files.delete(counter);
        TestSite.Build repeated = site.check("--repeat=3", "--parallelism=1");

        assertThat(repeated.exitCode()).as(repeated.toString()).isEqualTo(1);
        assertThat(repeated.output())
                .contains("content/index.md:20:1: error: run 2 of 3: the output of this block does not match the `output` block")
                .contains("-second")
                .contains("+lost")
                .doesNotContain("index.md:12:1: error").doesNotContain("index.md:3:1: error");
        assertThat(Files.readString(counter)).isEqualTo("3");
    }

    @Test
    void aSteadyExamplePassesEveryRun() {
        TestSite site = new TestSite(dir.resolve("site")).page("index.md", """
                # Steady

                ```java run
                var n = new java.util.concurrent.atomic.AtomicInteger();
                Thread a = Thread.ofPlatform().start(() -> { for (int i = 0; i < 1000; i++) n.incrementAndGet(); });
                Thread b = Thread.ofPlatform().start(() -> { for (int i = 0; i < 1000; i++) n.incrementAndGet(); });
                a.join();
                b.join();
                IO.println("count = " + n.get());
                ```

                ```output
                count = 2000
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        TestSite.Build repeated = site.check("--repeat=4");
        assertThat(repeated.exitCode()).as(repeated.toString()).isZero();
        assertThat(repeated.output()).contains("4 runs");
    }
}
