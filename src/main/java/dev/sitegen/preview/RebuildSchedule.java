package dev.sitegen.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * When the preview rebuilds: once the files have been quiet for a moment (an editor's save
 * is several events: a temporary file, a rename, a delete), never while a rebuild runs, and
 * once more after it for all the saves it missed, however many. The caller passes the time,
 * so this is a plain state machine that tests drive without a clock; {@link Rebuilds} guards
 * it with its lock.
 */
final class RebuildSchedule {

    private final long quietNanos;
    private final Set<Path> changed = new LinkedHashSet<>();
    private long lastChange;
    private boolean running;

    RebuildSchedule(Duration quiet) {
        this.quietNanos = quiet.toNanos();
    }

    /** A file changed at {@code now} ({@link System#nanoTime()}'s clock). */
    void changed(Path file, long now) {
        changed.add(file);
        lastChange = now;
    }

    /**
     * @return how long from {@code now} until a rebuild is due; empty when none is (nothing
     *         changed since the last one started, or one is running: it is due after that one)
     */
    OptionalLong untilDue(long now) {
        if (changed.isEmpty() || running) return OptionalLong.empty();
        return OptionalLong.of(Math.max(0, lastChange + quietNanos - now));
    }

    /**
     * Starts the rebuild that is due at {@code now}.
     *
     * @return the files it rebuilds for, in the order they first changed; empty when none is due yet
     */
    List<Path> start(long now) {
        OptionalLong wait = untilDue(now);
        if (wait.isEmpty() || wait.getAsLong() > 0) return List.of();
        List<Path> files = new ArrayList<>(changed);
        changed.clear();
        running = true;
        return files;
    }

    /** The running rebuild ended; the changes it missed make the next one due. */
    void finished() {
        running = false;
    }
}
