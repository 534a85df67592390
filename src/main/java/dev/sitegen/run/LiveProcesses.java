package dev.sitegen.run;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The example processes running now, so that an interrupted or terminated build ends them
 * too: a shutdown hook, registered while examples run, kills each one's process group.
 * Without it, Ctrl-C left a deadlocked example running with parent 1.
 */
final class LiveProcesses implements AutoCloseable {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<Long> launched = ConcurrentHashMap.newKeySet();
    private final boolean groups;
    private final boolean subreaper;
    /** This process's children before the runs began: never ours to end. */
    private final Set<Long> before = ConcurrentHashMap.newKeySet();
    private final Thread hook = Thread.ofPlatform().name("sitegen-end-examples").unstarted(() -> {
        killAll();
        killAdopted();
    });

    /** @param groups whether each process leads its own process group ({@code setsid}) */
    LiveProcesses(boolean groups) {
        this.groups = groups;
        this.subreaper = Subreaper.become();
        ProcessHandle.current().children().forEach(child -> before.add(child.pid()));
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void started(Process p) {
        running.add(p);
        launched.add(p.pid());
    }

    /**
     * Ends the processes this build adopted as a subreaper: started, directly or not, by an
     * example, after they left its process group and their parent ended. Only children of
     * this process that it did not launch itself and that were not its children before the
     * runs began. (A start time would not do: Linux reports it to the second.)
     */
    private void killAdopted() {
        if (!subreaper) return;
        ProcessHandle.current().children()
                .filter(child -> !launched.contains(child.pid()) && !before.contains(child.pid()))
                .forEach(child -> {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly();
                });
    }

    void ended(Process p) {
        running.remove(p);
    }

    /** Ends every process still running, with its process group: the build is being stopped. */
    void endAll() {
        killAll();
    }

    private void killAll() {
        for (Process p : running) {
            if (groups) {
                try {
                    new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid()).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
                } catch (IOException e) {
                    // fall through to the handle
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.toHandle().destroyForcibly();
        }
    }

    @Override
    public void close() {
        killAdopted();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs
        }
    }
}
