package dev.sitegen.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.sitegen.BuildResult;
import dev.sitegen.diag.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * One thread that rebuilds the site when {@link RebuildSchedule} says so: as there is only
 * this thread, two rebuilds never run at once, and saves during one make exactly one more.
 * Closing it stops the rebuild in progress (its examples are ended, nothing is published).
 */
final class Rebuilds implements AutoCloseable {

    /** What a rebuild reports: the files it is for, before it starts; its result, after. */
    interface Listener {
        void starting(List<Path> changed);

        void finished(BuildResult result);
    }

    private final RebuildSchedule schedule;
    private final SiteBuilder builder;
    private final Listener listener;
    private @Nullable Thread thread;
    private boolean closed;

    Rebuilds(Duration quiet, SiteBuilder builder, Listener listener) {
        this.schedule = new RebuildSchedule(quiet);
        this.builder = builder;
        this.listener = listener;
    }

    /** A file changed; a change before {@link #start()} is rebuilt for once it is called. */
    synchronized void changed(Path file) {
        schedule.changed(file, System.nanoTime());
        notifyAll();
    }

    /** Starts rebuilding: called once the first build, which the caller ran itself, is published. */
    synchronized void start() {
        if (thread == null && !closed) thread = Thread.ofPlatform().name("sitegen-preview-rebuild").daemon().start(this::loop);
    }

    private void loop() {
        try {
            while (true) {
                List<Path> changed = next();
                listener.starting(changed);
                try {
                    listener.finished(build());
                } finally {
                    synchronized (this) {
                        schedule.finished();
                    }
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    /** Waits until a rebuild is due, and starts it. */
    private synchronized List<Path> next() throws InterruptedException {
        while (true) {
            if (closed) throw new InterruptedException("closed");
            long now = System.nanoTime();
            List<Path> changed = schedule.start(now);
            if (!changed.isEmpty()) return changed;
            OptionalLong wait = schedule.untilDue(now);
            if (wait.isEmpty()) wait();
            else TimeUnit.NANOSECONDS.timedWait(this, wait.getAsLong());
        }
    }

    private BuildResult build() throws InterruptedException {
        try {
            return builder.build();
        } catch (RuntimeException e) {
            // the builder reports its own internal errors; this is a last resort, so the preview keeps running
            return new BuildResult(3, List.of(Diagnostic.error(null, "internal error: " + e)));
        }
    }

    /** Stops rebuilding; a rebuild in progress is stopped, and waited for up to {@code patience}. */
    void close(Duration patience) {
        Thread running;
        synchronized (this) {
            closed = true;
            notifyAll();
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) return;
        running.interrupt();
        try {
            running.join(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }
}
