package dev.sitegen.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** When the preview rebuilds, on a clock the test moves by hand (milliseconds as nanoseconds). */
class RebuildScheduleTest {

    private static final long MS = 1_000_000;
    private final RebuildSchedule schedule = new RebuildSchedule(Duration.ofMillis(100));
    private final Path page = Path.of("content/a.md");
    private final Path other = Path.of("content/b.md");

    @Test
    void nothingIsDueUntilSomethingChanges() {
        assertThat(schedule.untilDue(0)).isEmpty();
        assertThat(schedule.start(5_000 * MS)).isEmpty();
    }

    @Test
    void aRebuildWaitsForTheFilesToBeQuiet() {
        schedule.changed(page, 0);
        assertThat(schedule.untilDue(40 * MS)).isEqualTo(OptionalLong.of(60 * MS));
        assertThat(schedule.start(40 * MS)).as("not quiet yet").isEmpty();
        assertThat(schedule.start(100 * MS)).containsExactly(page);
    }

    @Test
    void eachChangeRestartsTheQuietPeriodAndTheSavesOfOneEditorWriteMakeOneRebuild() {
        Path temp = Path.of("content/.a.md.tmp");
        schedule.changed(temp, 0);
        schedule.changed(page, 30 * MS);
        schedule.changed(temp, 60 * MS);
        assertThat(schedule.start(120 * MS)).isEmpty();
        assertThat(schedule.start(160 * MS)).containsExactly(temp, page);
        schedule.finished();
        assertThat(schedule.untilDue(10_000 * MS)).as("all of them were rebuilt for").isEmpty();
    }

    @Test
    void savesDuringARebuildQueueExactlyOneMoreAfterIt() {
        schedule.changed(page, 0);
        assertThat(schedule.start(100 * MS)).containsExactly(page);
        schedule.changed(other, 150 * MS);
        schedule.changed(page, 200 * MS);
        schedule.changed(other, 250 * MS);
        assertThat(schedule.untilDue(1_000 * MS)).as("never two at once").isEmpty();
        assertThat(schedule.start(1_000 * MS)).isEmpty();
        schedule.finished();
        assertThat(schedule.start(1_000 * MS)).containsExactly(other, page);
        schedule.finished();
        assertThat(schedule.start(2_000 * MS)).isEmpty();
    }

    @Test
    void aRebuildThatEndsBeforeTheSavesAreQuietWaitsForThem() {
        schedule.changed(page, 0);
        schedule.start(100 * MS);
        schedule.changed(page, 130 * MS);
        schedule.finished();
        assertThat(schedule.untilDue(150 * MS)).isEqualTo(OptionalLong.of(80 * MS));
    }
}
