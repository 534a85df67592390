package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded runs: an example's run is reused while everything it depends on is unchanged,
 * and the records, committed with the content, reproduce the site byte for byte.
 */
class RecordedRunsIT {

    static final String START = """
            # Start

            Prose before.

            ```java file=Greeter.java
            class Greeter { static String greet(String who) { return "hello " + who; } }
            ```

            ```java run id=greet
            IO.println(Greeter.greet("threads"));
            ```

            ```java run id=crash exit=1
            throw new IllegalStateException("on purpose");
            ```
            """;

    static final String JOIN = """
            # Join

            ```java run id=join
            Thread t = new Thread(() -> IO.println("worker"));
            t.start();
            t.join();
            IO.println("joined");
            ```

            ```java run id=included include=examples/Counter.java
            ```
            """;

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void firstBuildRunsEverything() {
        site = new TestSite(dir).page("start.md", START).page("join.md", JOIN)
                .write("content/examples/Counter.java", "void main() { IO.println(\"counted \" + 3); }\n");
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(cached(build)).isEqualTo(0);
        assertThat(site.exists("content/_runs/start.json")).isTrue();
        assertThat(site.exists("content/_runs/join.json")).isTrue();
    }

    private static long cached(TestSite.Build build) {
        return build.report().lines().filter(l -> l.contains("\"cached\": true")).count();
    }

    private static long ran(TestSite.Build build) {
        return build.report().lines().filter(l -> l.contains("\"cached\": false")).count();
    }

    private TestSite.Build okBuild(String... options) {
        TestSite.Build build = site.build(options);
        assertThat(build.exitCode()).as(build.toString()).isZero();
        return build;
    }

    @Test
    void anUnchangedSiteRunsNothingAndWritesTheSameBytes() {
        Map<String, String> before = site.snapshot("site");
        TestSite.Build again = okBuild();
        assertThat(ran(again)).isZero();
        assertThat(cached(again)).isEqualTo(4);
        assertThat(again.output()).contains("site/ is up to date");
        assertThat(site.snapshot("site")).isEqualTo(before);
    }

    @Test
    void eachOutputSaysWhatProducedItAndWhenFromItsRecord() {
        Runtime.Version v = Runtime.version();
        String expected = "recorded " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " · JDK " + v.feature() + "." + v.interim() + "." + v.update()
                + " · " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " · "
                + Runtime.getRuntime().availableProcessors() + (Runtime.getRuntime().availableProcessors() == 1 ? " core" : " cores");
        String start = site.read("site/start.html");
        assertThat(start.split("class=\"provenance\"", -1)).as("one line under each of the two outputs").hasSize(3);
        assertThat(start).contains("<p class=\"provenance\">" + expected + "</p>");
        assertThat(site.read("content/_runs/start.json")).contains("\"producedBy\"").contains("\"cores\": " + Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aFreshCloneRunsNothingAndReproducesTheCommittedSite(@TempDir Path clone) throws IOException {
        copy(dir.resolve("content"), clone.resolve("content"));
        copy(dir.resolve("templates"), clone.resolve("templates"));
        copy(dir.resolve("site"), clone.resolve("site"));
        TestSite fresh = new TestSite(clone);
        Map<String, String> committed = fresh.snapshot("site");
        TestSite.Build build = fresh.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(ran(build)).isZero();
        assertThat(fresh.snapshot("site")).isEqualTo(committed).isEqualTo(site.snapshot("site"));
    }

    @Test
    void editingOneExampleRunsThatExampleOnly() {
        site.page("join.md", JOIN.replace("IO.println(\"joined\");", "IO.println(\"joined at last\");"));
        TestSite.Build build = okBuild();
        assertThat(ran(build)).isEqualTo(1);
        assertThat(build.report()).containsPattern("\"id\": \"join\",[^}]*\"cached\": false");
        assertThat(build.html("join.html")).contains("joined at last");
    }

    @Test
    void editingProseRunsNothingAndStackFramesFollowTheirLines() {
        assertThat(org.jsoup.Jsoup.parse(site.read("site/start.html")).wholeText()).contains("at Main.main(start.md:14)");
        site.page("start.md", START.replace("Prose before.", "Prose before.\n\nTwo more\nlines of prose."));
        TestSite.Build build = okBuild();
        assertThat(ran(build)).isZero();
        assertThat(org.jsoup.Jsoup.parse(build.html("start.html")).wholeText()).contains("Two more").contains("at Main.main(start.md:17)");
    }

    @Test
    void changingAUnitRunsTheExamplesOfItsPage() {
        site.page("start.md", START.replace("\"hello \"", "\"hi \""));
        TestSite.Build build = okBuild();
        assertThat(ran(build)).isEqualTo(2);
        assertThat(build.html("start.html")).contains("hi threads");
    }

    @Test
    void changingAnIncludedFileRunsTheExampleThatIncludesIt() {
        site.write("content/examples/Counter.java", "void main() { IO.println(\"counted \" + 4); }\n");
        TestSite.Build build = okBuild();
        assertThat(ran(build)).isEqualTo(1);
        assertThat(build.html("join.html")).contains("counted 4");
    }

    @Test
    void changingAnAttributeRunsTheExampleAgain() {
        site.page("join.md", JOIN.replace("```java run id=join", "```java run id=join timeout=5s"));
        assertThat(ran(okBuild())).isEqualTo(1);
    }

    @Test
    void rerunExecutesAndRecordsEverythingAgain() {
        TestSite.Build build = okBuild("--rerun=true");
        assertThat(ran(build)).isEqualTo(4);
        assertThat(cached(build)).isZero();
    }

    @Test
    void aDamagedRecordFileIsReportedAndItsExamplesRunAgain() {
        site.write("content/_runs/join.json", "{ this is not json");
        TestSite.Build build = okBuild();
        assertThat(build.output()).contains("content/_runs/join.json:1:1: warning: the recorded runs cannot be read");
        assertThat(ran(build)).isEqualTo(2);
        assertThat(site.read("content/_runs/join.json")).contains("\"id\": \"join\"");
    }

    @Test
    void aHandEditedRecordIsDetectedAndItsExampleRunsAgain() {
        String json = site.read("content/_runs/join.json");
        assertThat(json).contains("joined");
        site.write("content/_runs/join.json", json.replace("joined", "JOINED"));
        TestSite.Build build = okBuild();
        assertThat(build.output()).contains("warning: the record of `join` was changed by hand or damaged");
        assertThat(ran(build)).isEqualTo(1);
        assertThat(build.html("join.html")).contains("joined").doesNotContain("JOINED");
    }

    @Test
    void recordsOfExamplesThatNoLongerExistAreRemoved() {
        site.page("start.md", START.substring(0, START.indexOf("```java run id=crash")));
        assertThat(Files.exists(dir.resolve("content/join.md"))).isTrue();
        site.write("content/join.md", "# Join\n\nNo examples any more.\n");
        okBuild();
        assertThat(site.read("content/_runs/start.json")).contains("\"greet\"").doesNotContain("\"crash\"");
        assertThat(site.exists("content/_runs/join.json")).isFalse();
    }

    @Test
    void onlyBuildsOnePageAndLeavesTheOthersAsTheyWere() {
        site.page("start.md", START.replace("Prose before.", "Changed prose."));
        site.page("join.md", JOIN.replace("IO.println(\"joined\");", "IO.println(\"joined again\");"));
        String startBefore = site.read("site/start.html");
        TestSite.Build build = okBuild("--only=join.md");
        assertThat(ran(build)).isEqualTo(1);
        assertThat(build.html("join.html")).contains("joined again");
        assertThat(site.read("site/start.html")).isEqualTo(startBefore);
        assertThat(site.read("content/_runs/start.json")).contains("\"crash\"");
    }

    @Test
    void onlyAnExampleIdRunsThatExample() {
        TestSite.Build build = okBuild("--only=crash", "--rerun=true");
        assertThat(ran(build)).isEqualTo(1);
        assertThat(build.report()).contains("\"id\": \"crash\"").doesNotContain("\"id\": \"greet\"");
    }

    @Test
    void onlyChecksOnePageAndWritesNothing() {
        java.util.Map<String, String> before = site.snapshot("site");
        TestSite.Build check = site.check("--only=join.md");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(ran(check)).isEqualTo(2);
        assertThat(check.report()).contains("\"id\": \"join\"").doesNotContain("\"id\": \"greet\"");
        assertThat(site.snapshot("site")).isEqualTo(before);
    }

    @Test
    void onlyWithAnUnknownNameSaysWhatItKnows() {
        TestSite.Build build = site.build("--only=jion.md");
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.output()).contains("-Dsitegen.only=jion.md names no page and no example id").contains("did you mean `join.md`?");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
