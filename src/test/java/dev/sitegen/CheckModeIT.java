package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn verify}: every example runs again, ignoring the records, and is checked;
 * the committed site must be what {@code mvn site-gen} would write from the records;
 * nothing is written.
 */
class CheckModeIT {

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void buildFirst() {
        site = new TestSite(dir).page("index.md", """
                # Threads

                ```java run
                var threads = new java.util.ArrayList<Thread>();
                for (int i = 1; i <= 4; i++) {
                    int n = i;
                    threads.add(Thread.ofPlatform().start(() -> IO.println("worker " + n)));
                }
                for (Thread t : threads) t.join();
                ```

                ```output unordered
                worker 1
                worker 2
                worker 3
                worker 4
                ```

                ```java run
                IO.println("took " + System.nanoTime() % 1000 + " units");
                IO.println("done");
                ```

                ```output
                took ... units
                ...
                ```
                """);
        TestSite.Build build = site.build();
        assertThat(build.exitCode()).as(build.toString()).isZero();
    }

    @Test
    void checkRunsEveryExampleAgainAndWritesNothing() {
        Map<String, String> siteBefore = site.snapshot("site");
        Map<String, String> recordsBefore = site.snapshot("content/_runs");
        TestSite.Build check = site.check();
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.report()).doesNotContain("\"cached\": true").contains("\"cached\": false");
        assertThat(check.output()).contains("site/ is what `mvn site-gen` writes from the recorded runs");
        assertThat(site.snapshot("site")).isEqualTo(siteBefore);
        assertThat(site.snapshot("content/_runs")).isEqualTo(recordsBefore);
    }

    @Test
    void unorderedOutputPassesTwentyChecksInARow() {
        for (int i = 0; i < 20; i++) {
            TestSite.Build check = site.check();
            assertThat(check.exitCode()).as("check " + (i + 1) + "\n" + check).isZero();
        }
    }

    @Test
    void aBrokenExampleFailsTheCheckAtItsFileAndLine() {
        site.page("index.md", site.read("content/index.md").replace("IO.println(\"done\");", "IO.println(\"done\"); System.exit(3);"));
        TestSite.Build check = site.check();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output()).contains("content/index.md:19:1: error: exited with code 3, but no other exit code is declared");
    }

    @Test
    void aSiteNotRebuiltAfterAnEditFailsTheCheckNamingTheFiles() {
        site.page("index.md", site.read("content/index.md").replace("# Threads", "# Threads and more"));
        TestSite.Build check = site.check();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output())
                .contains("error: site/ is not what `mvn site-gen` would write from the recorded runs")
                .contains("index.html is out of date")
                .contains("run `mvn site-gen` and commit site/");
    }

    @Test
    void anExampleWithoutARecordedRunFailsTheCheck() {
        site.page("index.md", site.read("content/index.md") + "\n```java run\nIO.println(\"new\");\n```\n");
        TestSite.Build check = site.check();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output()).contains("content/index.md:29:1: error: no recorded run matches this example");
    }

    @Test
    void underGitHubActionsProblemsAreAlsoAnnotations() {
        site.page("index.md", site.read("content/index.md").replace("IO.println(\"done\");", "IO.println(\"done\"); System.exit(3);"));
        TestSite.Build check = site.env("GITHUB_ACTIONS", "true").check();
        assertThat(check.output()).contains("::error file=content/index.md,line=19,col=1::exited with code 3");
    }

    @Test
    void outputForAPipeIsPlainText() {
        TestSite.Build check = site.env("NO_COLOR", "1").check();
        assertThat(check.output()).doesNotContain("\u001b[").contains("✓ index.md:3");
    }

    @Test
    void aForgedRecordWithItsChecksumRecomputedIsCaught() throws Exception {
        site.page("other.md", "# Other\n\n```java run id=fixed\nIO.println(\"the real answer\");\n```\n");
        assertThat(site.build().exitCode()).isZero();
        String json = site.read("content/_runs/other.json").replace("the real answer", "a better answer");
        site.write("content/_runs/other.json", json);
        forgeFile("content/_runs/other.json");
        assertThat(site.build().output()).as("a build trusts a record whose checksum holds").doesNotContain("changed by hand");

        TestSite.Build check = site.check();

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.output()).contains("content/other.md:3:1: error: the recorded output is not what this example prints")
                .contains("-a better answer").contains("+the real answer");
    }

    @Test
    void anExampleWhoseOutputVariesIsNotMistakenForAForgedRecord() {
        // no output block declares that it varies, so the check runs it twice more, and the runs disagree
        site.page("other.md", "# Other\n\n```java run\nIO.println(System.nanoTime());\n```\n");
        assertThat(site.build().exitCode()).isZero();

        TestSite.Build check = site.check();

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.output()).contains("ran again: its output is not the recorded one");
    }

    @Test
    void anExampleDeclaredToVaryIsCheckedOnlyAgainstItsDeclaration() {
        // index.md's second example prints a number its output block matches with `...`
        TestSite.Build check = site.check();
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.output()).doesNotContain("ran again");
    }

    /** Recomputes the checksum of every example of a record file, as a careful forger would. */
    private void forgeFile(String path) throws Exception {
        com.google.gson.Gson gson = new com.google.gson.GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
        com.google.gson.JsonObject page = com.google.gson.JsonParser.parseString(site.read(path)).getAsJsonObject();
        com.google.gson.JsonArray signedExamples = new com.google.gson.JsonArray();
        for (com.google.gson.JsonElement element : page.getAsJsonArray("examples")) {
            com.google.gson.JsonObject example = element.getAsJsonObject();
            com.google.gson.JsonObject unsigned = new com.google.gson.JsonObject();
            for (String key : List.of("id", "key", "compilerOutput", "runs")) unsigned.add(key, example.get(key));
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(gson.toJson(unsigned).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            com.google.gson.JsonObject signed = new com.google.gson.JsonObject();
            signed.add("id", example.get("id"));
            signed.add("key", example.get("key"));
            signed.addProperty("checksum", java.util.HexFormat.of().formatHex(digest));
            signed.add("compilerOutput", example.get("compilerOutput"));
            signed.add("runs", example.get("runs"));
            signedExamples.add(signed);
        }
        page.add("examples", signedExamples);
        site.write(path, gson.toJson(page) + "\n");
    }
}
