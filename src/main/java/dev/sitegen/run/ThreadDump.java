package dev.sitegen.run;

import java.util.List;
import java.util.Objects;

/**
 * A program's threads at its timeout, reduced to what a reader needs.
 *
 * @param deadlockReport the JVM's deadlock report, addresses removed; empty when there is none
 * @param threadsText    the application's threads and their stacks (the JVM's own are left out)
 * @param threads        the application's threads still alive
 */
public record ThreadDump(String deadlockReport, String threadsText, List<LiveThread> threads) {

    public ThreadDump {
        Objects.requireNonNull(deadlockReport, "deadlockReport");
        Objects.requireNonNull(threadsText, "threadsText");
        threads = List.copyOf(threads);
    }

    /** A thread alive at the dump. */
    public record LiveThread(String name, boolean daemon, String state) {
    }

    public boolean deadlock() {
        return !deadlockReport.isEmpty();
    }

    /** Whether {@code main} had returned while other threads kept the JVM alive. */
    public boolean mainReturned() {
        return threads.stream().noneMatch(t -> t.name().equals("main"));
    }
}
