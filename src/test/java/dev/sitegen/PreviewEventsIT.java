package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview without a browser: a real generator serving a site on a free port, real file
 * saves (in place, by rename, in a new folder), and the event stream a page listens to,
 * read with {@code java.net.http}. Plus the build lock beside a preview in a process of its
 * own, and Ctrl-C's stand-in, SIGTERM, while its rebuild runs an example.
 */
class PreviewEventsIT {

    @TempDir
    Path dir;

    private static final String PAGE = """
            # Counting

            The first paragraph.

            ```java run
            IO.println("one two three");
            ```

            ```output
            one two three
            ```
            """;

    @Test
    void aSaveRebuildsAndSendsTheNewSiteWhichThePageThenServesWithTheScriptAddedInTheResponseOnly() throws Exception {
        TestSite site = new TestSite(dir).page("index.md", PAGE);
        try (RunningPreview preview = new RunningPreview(site); EventStream events = preview.events()) {
            EventStream.State first = events.next();
            assertThat(events.contentType()).startsWith("text/event-stream");
            assertThat(first.problems()).isEmpty();
            assertThat(preview.output()).contains("sitegen: previewing at http://127.0.0.1:");

            site.page("index.md", PAGE.replace("The first paragraph.", "A paragraph saved just now."));
            EventStream.State next = events.nextSiteAfter(first.site());

            assertThat(next.problems()).isEmpty();
            String served = preview.get("/index.html").body();
            assertThat(served).contains("A paragraph saved just now.").contains("/_sitegen/live.js?site=" + next.site());
            assertThat(preview.get("/").body()).contains("A paragraph saved just now.");
            assertThat(site.read("site/index.html")).contains("A paragraph saved just now.").doesNotContain("_sitegen");
            assertThat(preview.get("/_sitegen/live.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
            assertThat(preview.output()).contains("sitegen: content/index.md changed: rebuilding");
            String rebuild = preview.output().substring(preview.output().indexOf("changed: rebuilding"));
            assertThat(rebuild).as("the prose edit ran nothing").contains("1 reused").doesNotContain("index.md:5");
        }
    }

    @Test
    void aSaveByRenameAndANewFolderWithANewPageAreSeenAndTheNewFolderIsWatched() throws Exception {
        TestSite site = new TestSite(dir).page("index.md", PAGE);
        try (RunningPreview preview = new RunningPreview(site); EventStream events = preview.events()) {
            String id = events.next().site();

            // an editor's safe write: a temporary file beside the page, renamed over it
            Path temp = dir.resolve("content/.index.md.tmp-" + UUID.randomUUID());
            Files.writeString(temp, PAGE.replace("The first paragraph.", "Saved by rename."), StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve("content/index.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            id = events.nextSiteAfter(id).site();
            assertThat(preview.get("/index.html").body()).contains("Saved by rename.");

            Files.createDirectories(dir.resolve("content/guide/deeper"));
            site.page("guide/deeper/new.md", "# New\n\nA page in a new folder.\n");
            id = events.nextSiteAfter(id).site();
            assertThat(awaitBody(preview, "/guide/deeper/new.html", "A page in a new folder.", events, id)).isTrue();

            site.page("guide/deeper/new.md", "# New\n\nEdited in the new folder.\n");
            id = events.nextSiteAfter(id).site();
            assertThat(awaitBody(preview, "/guide/deeper/new.html", "Edited in the new folder.", events, id)).as("the new folder is watched").isTrue();

            deleteTree(dir.resolve("content/guide"));
            id = events.nextSiteAfter(id).site();
            assertThat(preview.get("/guide/deeper/new.html").statusCode()).isEqualTo(404);
            assertThat(dir.resolve("site/guide/deeper/new.html")).doesNotExist();
        }
    }

    @Test
    void aFailedRebuildSendsItsProblemsKeepsTheLastGoodSiteAndTheNextGoodOneClearsThem() throws Exception {
        TestSite site = new TestSite(dir).page("index.md", PAGE);
        try (RunningPreview preview = new RunningPreview(site); EventStream events = preview.events()) {
            String id = events.next().site();
            String before = site.read("site/index.html");

            site.page("index.md", PAGE.replace("The first paragraph.", "Broken now.").replace("```output\none two three", "```output\none two four"));
            EventStream.State failed = events.nextWithProblems();

            assertThat(failed.site()).as("the pages stay the last good ones").isEqualTo(id);
            Map<String, String> problem = failed.problems().getFirst();
            assertThat(problem.get("where")).as("the output block's line").isEqualTo("content/index.md:9:1");
            assertThat(problem.get("severity")).isEqualTo("error");
            assertThat(problem.get("message")).isNotBlank();
            assertThat(problem.get("detail")).contains("-one two four").contains("+one two three");
            assertThat(site.read("site/index.html")).isEqualTo(before);
            assertThat(preview.get("/index.html").body()).contains("The first paragraph.").doesNotContain("Broken now.");
            try (EventStream late = preview.events()) {
                assertThat(late.next().problems()).as("a page opened after the failure sees it at once").isNotEmpty();
            }

            site.page("index.md", PAGE.replace("The first paragraph.", "Fixed."));
            EventStream.State fixed = events.nextSiteAfter(id);
            assertThat(fixed.problems()).isEmpty();
            assertThat(preview.get("/index.html").body()).contains("Fixed.");
        }
    }

    @Test
    void thePreviewServesOnlyTheSiteFolder() throws Exception {
        TestSite site = new TestSite(dir).page("index.md", "# Home\n");
        try (RunningPreview preview = new RunningPreview(site)) {
            try (Socket raw = new Socket("127.0.0.1", preview.uri("/").getPort())) {
                raw.getOutputStream().write("GET /../content/index.md HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String response = new String(raw.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 404").doesNotContain("# Home");
            }
            assertThat(preview.get("/.sitegen-manifest").statusCode()).isEqualTo(404);
            assertThat(preview.get("/assets/site.css").body()).contains("margin: 0");
        }
    }

    @Test
    void theBuildLockIsHeldOnlyWhileRebuildingAndTerminatingThePreviewEndsItsExampleWritesNothingAndClosesThePort() throws Exception {
        String marker = "sitegen-preview-" + UUID.randomUUID();
        TestSite site = new TestSite(dir).page("index.md", "# Home\n");
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.sitegen.cli.Main", "build", "--content=content", "--templates=templates",
                "--site=site", "--report=target/report.json", "--work=target/work", "--serve=true", "--port=0");
        Path log = dir.resolve("preview.log");
        Process generator = new ProcessBuilder(java).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = Integer.parseInt(awaitLog(log, Pattern.compile("previewing at http://127\\.0\\.0\\.1:(\\d+)/")).group(1));
            String home = Files.readString(dir.resolve("site/index.html"));
            assertThat(site.build().exitCode()).as("a build beside an idle preview").isZero();

            site.page("hang.md", """
                    # Hang

                    ```java run expect=timeout timeout=60s args="MARKER"
                    Thread.sleep(120_000);
                    ```
                    """.replace("MARKER", marker));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ProcessTable.commandLinesWith(marker).stream().allMatch(p -> p.contains("dev.sitegen.cli.Main"))) {
                if (System.nanoTime() > deadline) throw new AssertionError("the example never started:\n" + Files.readString(log));
                Thread.sleep(100);
            }

            TestSite.Build beside = site.build();
            assertThat(beside.exitCode()).as("a build beside a rebuild").isEqualTo(2);
            assertThat(beside.output()).contains("error: another build (pid " + generator.pid() + ") is running in this folder");

            generator.destroy(); // SIGTERM: the same shutdown as Ctrl-C's SIGINT
            assertThat(generator.waitFor()).isNotZero();

            deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!ProcessTable.commandLinesWith(marker).isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
            assertThat(ProcessTable.commandLinesWith(marker)).as("processes left behind").isEmpty();
            assertThat(dir.resolve("site/hang.html")).doesNotExist();
            assertThat(Files.readString(dir.resolve("site/index.html"))).isEqualTo(home);
            try (var files = Files.list(dir.resolve("site"))) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains("journal") || n.endsWith("tmp"));
            }
            assertThat(dir.resolve("content/_runs/hang.json")).doesNotExist();
            try (Socket s = new Socket("127.0.0.1", port)) {
                throw new AssertionError("the port still accepts connections");
            } catch (ConnectException expected) {
                // closed
            }
        } finally {
            generator.destroyForcibly().waitFor();
        }
    }

    private static Matcher awaitLog(Path log, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) return m;
            Thread.sleep(100);
        }
        throw new AssertionError("never printed " + pattern + ":\n" + Files.readString(log));
    }

    /**
     * Whether the page serves the text. Creating a folder and its page are two changes that
     * may fall into two rebuilds; the page is there after at most one more.
     */
    private static boolean awaitBody(RunningPreview preview, String path, String text, EventStream events, String site) throws Exception {
        if (preview.get(path).body().contains(text)) return true;
        events.nextSiteAfter(site);
        return preview.get(path).body().contains(text);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
