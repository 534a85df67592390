package dev.sitegen.cli;

import java.time.Duration;

import dev.sitegen.Progress;
import org.jspecify.annotations.Nullable;

/**
 * What the terminal shows of a preview's rebuild: the examples that ran and the summary,
 * not a line for each of the hundreds reused, which would bury the one the author edited.
 */
final class RebuildProgress implements Progress {

    private final Progress terminal;

    RebuildProgress(Progress terminal) {
        this.terminal = terminal;
    }

    @Override
    public void heading(String text) {
        terminal.heading(text);
    }

    @Override
    public void example(Status status, String where, String mode, @Nullable Duration duration, @Nullable String note) {
        if (status != Status.REUSED) terminal.example(status, where, mode, duration, note);
    }

    @Override
    public void note(String text) {
        terminal.note(text);
    }

    @Override
    public void summary(Summary summary) {
        terminal.summary(summary);
    }
}
