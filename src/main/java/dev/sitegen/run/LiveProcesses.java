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
    private final boolean groups;
    private final Thread hook = Thread.ofPlatform().name("sitegen-end-examples").unstarted(this::killAll);

    /** @param groups whether each process leads its own process group ({@code setsid}) */
    LiveProcesses(boolean groups) {
        this.groups = groups;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void started(Process p) {
        running.add(p);
    }

    void ended(Process p) {
        running.remove(p);
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
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs
        }
    }
}
