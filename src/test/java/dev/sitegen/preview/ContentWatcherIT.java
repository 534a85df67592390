package dev.sitegen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder tree: what the build writes is not a change; folders come and go. */
class ContentWatcherIT {

    @TempDir
    Path content;

    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();

    private ContentWatcher watcher() throws IOException {
        Path records = content.resolve("_runs");
        return new ContentWatcher(List.of(content), p -> p.startsWith(records), changes::add);
    }

    private Path next() throws InterruptedException {
        Path p = changes.poll(30, TimeUnit.SECONDS);
        if (p == null) throw new AssertionError("no change reported within 30 s");
        return p;
    }

    /** Waits up to 30 s for {@code expected} among the changes, skipping others. */
    private void nextIs(Path expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Path> seen = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            Path p = changes.poll(100, TimeUnit.MILLISECONDS);
            if (p == null) continue;
            if (p.equals(expected)) return;
            seen.add(p);
        }
        throw new AssertionError("no change of " + expected + " within 30 s; saw " + seen);
    }

    @Test
    void theRecordsTheBuildWritesAreNoChangeButAPageIs() throws Exception {
        try (ContentWatcher watcher = watcher()) {
            Files.createDirectories(content.resolve("_runs/threads"));
            Files.writeString(content.resolve("_runs/threads/start.json"), "{}");
            Files.writeString(content.resolve("index.md"), "# Home\n");

            assertThat(next()).isEqualTo(content.resolve("index.md"));
            assertThat(watcher.folders()).doesNotContain(content.resolve("_runs"), content.resolve("_runs/threads"));
        }
    }

    @Test
    void aNewFolderIsWatchedWithWhatItHoldsAndADeletedOneIsDropped() throws Exception {
        try (ContentWatcher watcher = watcher()) {
            Files.createDirectories(content.resolve("guide/deeper"));
            Files.writeString(content.resolve("guide/deeper/page.md"), "# Page\n");
            await(() -> watcher.folders().contains(content.resolve("guide/deeper")));
            changes.clear();

            Files.writeString(content.resolve("guide/deeper/page.md"), "# Page, edited\n");
            // events of the folders' creation may still be on their way: the edit must follow
            nextIs(content.resolve("guide/deeper/page.md"));

            try (Stream<Path> walk = Files.walk(content.resolve("guide"))) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            await(() -> !watcher.folders().contains(content.resolve("guide")) && !watcher.folders().contains(content.resolve("guide/deeper")));
            assertThat(watcher.folders()).containsExactly(content);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within 30 s");
            Thread.sleep(20);
        }
    }
}
