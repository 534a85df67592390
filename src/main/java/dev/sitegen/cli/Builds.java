package dev.sitegen.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.sitegen.BuildResult;
import dev.sitegen.Pipeline;
import dev.sitegen.Progress;
import dev.sitegen.config.Config;
import dev.sitegen.diag.Diagnostic;

/**
 * Runs the pipeline under the checkout's build lock, in a scratch folder of its own: once
 * for {@code mvn site-gen}, once per rebuild for the preview. The preview holds the lock
 * only while it rebuilds, so another build may run between its rebuilds, never during one.
 */
final class Builds {

    private final Config config;
    private final Terminal terminal;
    private final PrintStream out;

    Builds(Config config, Terminal terminal, PrintStream out) {
        this.config = config;
        this.terminal = terminal;
        this.out = out;
    }

    /** One build; empty, after saying so, when another build holds the lock. */
    Optional<BuildResult> once(Config build, long startNanos) {
        return locked(build, terminal, startNanos, holder -> out.println("error: another build" + holder
                + " is running in this folder; wait for it to end, or stop it, then run this one again"));
    }

    /**
     * One rebuild of the preview: waits while another build holds the lock, and turns an
     * internal error into a problem the page shows, so that the preview keeps running.
     *
     * @throws InterruptedException when the preview closed during the rebuild
     */
    BuildResult rebuild() throws InterruptedException {
        boolean[] told = {false};
        try {
            while (true) {
                Optional<BuildResult> result = locked(config.forRebuilds(), new RebuildProgress(terminal), System.nanoTime(), holder -> {
                    if (!told[0]) out.println("sitegen: another build" + holder + " is running in this folder; the preview rebuilds when it ends");
                    told[0] = true;
                });
                if (result.isPresent()) return result.get();
                Thread.sleep(Duration.ofMillis(250));
            }
        } catch (RuntimeException | Error e) {
            if (Thread.interrupted()) throw new InterruptedException("the preview closed during the rebuild");
            out.println("internal error: " + e + (config.verbose() ? "" : "\n(run with -Dsitegen.verbose to see the stack trace)"));
            if (config.verbose()) e.printStackTrace(out);
            return new BuildResult(3, List.of(Diagnostic.error(null, "internal error: " + e)
                    .withHint("this is a bug in the generator; the terminal says more" + (config.verbose() ? "" : " with -Dsitegen.verbose"))));
        }
    }

    /** @param busy told who holds the lock ({@code " (pid 123)"}, or empty) when it is taken */
    private Optional<BuildResult> locked(Config build, Progress progress, long startNanos, Consumer<String> busy) {
        BuildLock.Result lock = BuildLock.acquire(config.work().resolveSibling("build.lock"));
        if (lock.lock().isEmpty()) {
            busy.accept(lock.holder().isEmpty() ? "" : " (pid " + lock.holder() + ")");
            return Optional.empty();
        }
        try (BuildLock held = lock.lock().get()) {
            // a folder of its own for this build; any other there is a killed build's, since we hold the lock
            WorkFolders.removeAllBut(config.work(), null);
            Path mine = config.work().resolve("build-" + ProcessHandle.current().pid());
            try {
                return Optional.of(new Pipeline(build.withWork(mine), progress).run(startNanos));
            } finally {
                WorkFolders.removeAllBut(config.work(), null);
            }
        }
    }
}
