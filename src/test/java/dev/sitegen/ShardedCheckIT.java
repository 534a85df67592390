package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn verify -Dsitegen.shard=K/N}: between them, the N shards check every example
 * once; a session stays whole; the site is checked by the first shard only.
 */
class ShardedCheckIT {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void buildFirst() {
        site = new TestSite(dir).page("index.md", """
                # Threads

                ```java run
                IO.println("one");
                ```

                ```java run
                Thread t = Thread.ofPlatform().start(() -> IO.println("two"));
                t.join();
                ```

                ```java compile
                class Holder { int value; }
                ```

                ```java fail
                int x = "not a number";
                ```

                ```java run session=counter
                int count = 0;
                count++;
                IO.println(count);
                ```

                ```java run session=counter
                count++;
                IO.println(count);
                ```

                ```java run session=counter
                count++;
                IO.println(count);
                ```
                """).page("more.md", """
                # More

                ```java run
                Thread.sleep(300);
                IO.println("slept");
                ```

                ```java run
                IO.println("three");
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
    }

    @Test
    void twoShardsCheckEveryExampleExactlyOnce() {
        Set<String> all = ids(check());
        assertThat(all).hasSize(9);

        Checked first = check("--shard=1/2");
        Checked second = check("--shard=2/2");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        List<String> both = new ArrayList<>(idList(first));
        both.addAll(idList(second));
        assertThat(both).as(first + "\n" + second).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(idList(first)).isNotEmpty();
        assertThat(idList(second)).isNotEmpty();
    }

    @Test
    void aSessionIsCheckedWhollyInOneShard() {
        List<String> session = List.of("index-5", "index-6", "index-7");
        for (int count = 2; count <= 4; count++) {
            int holding = 0;
            for (int k = 1; k <= count; k++) {
                Set<String> ids = ids(check("--shard=" + k + "/" + count));
                if (ids.stream().anyMatch(session::contains)) {
                    holding++;
                    assertThat(ids).as("shard " + k + "/" + count).containsAll(session);
                }
            }
            assertThat(holding).as("shards of " + count + " holding the session").isEqualTo(1);
        }
    }

    @Test
    void theTerminalAndTheReportSayWhichShardRanAndHowManyExamples() {
        Checked second = check("--shard=2/2");
        JsonObject shard = JsonParser.parseString(second.report()).getAsJsonObject().getAsJsonObject("shard");
        int examples = idList(second).size();
        assertThat(shard.get("index").getAsInt()).isEqualTo(2);
        assertThat(shard.get("count").getAsInt()).isEqualTo(2);
        assertThat(shard.get("examples").getAsInt()).isEqualTo(examples);
        assertThat(shard.get("recordedMs").getAsLong()).isLessThanOrEqualTo(shard.get("recordedMsOfAll").getAsLong());
        assertThat(second.output()).contains("Checking shard 2 of 2: " + examples + " of the 9 examples of 2 pages");
    }

    @Test
    void onlyTheFirstShardChecksTheSite() {
        site.page("index.md", site.read("content/index.md").replace("# Threads", "# Threads, edited"));
        Checked first = check("--shard=1/2");
        Checked second = check("--shard=2/2");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.output()).contains("error: site/ is not what `mvn site-gen` would write from the recorded runs");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.output()).contains("site/ is checked by shard 1 of 2");
    }

    @Test
    void aShardCombinesWithOnlyAndRepeat() {
        Checked first = check("--shard=1/2", "--only=index.md", "--repeat=2");
        Checked second = check("--shard=2/2", "--only=index.md", "--repeat=2");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        List<String> both = new ArrayList<>(idList(first));
        both.addAll(idList(second));
        assertThat(both).doesNotHaveDuplicates().containsExactlyInAnyOrder("index-1", "index-2", "index-3", "index-4", "index-5", "index-6", "index-7");
        for (Checked b : List.of(first, second)) {
            for (JsonElement e : examples(b)) {
                String mode = e.getAsJsonObject().get("mode").getAsString();
                assertThat(e.getAsJsonObject().get("runs").getAsInt()).as(e.toString()).isEqualTo(mode.equals("run") ? 2 : 0);
            }
        }
    }

    @Test
    void aBuildIsNeverSharded() {
        TestSite.Build build = site.build("--shard=1/2");
        assertThat(build.exitCode()).isEqualTo(2);
        assertThat(build.output()).contains("-Dsitegen.shard=1/2 splits the examples of a check (`mvn verify`)");
    }

    /** A check and its report, read before the next check overwrites it. */
    record Checked(TestSite.Build build, String report) {

        int exitCode() {
            return build.exitCode();
        }

        String output() {
            return build.output();
        }

        @Override
        public String toString() {
            return build.toString();
        }
    }

    private Checked check(String... options) {
        TestSite.Build b = site.check(options);
        return new Checked(b, b.report());
    }

    private static Iterable<JsonElement> examples(Checked b) {
        return JsonParser.parseString(b.report()).getAsJsonObject().getAsJsonArray("examples");
    }

    private static List<String> idList(Checked b) {
        List<String> ids = new ArrayList<>();
        for (JsonElement e : examples(b)) ids.add(e.getAsJsonObject().get("id").getAsString());
        return ids;
    }

    private static Set<String> ids(Checked b) {
        assertThat(b.exitCode()).as(b.toString()).isZero();
        return new HashSet<>(idList(b));
    }
}
