package dev.sitegen.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One run of an example.
 *
 * @param output       what it printed, stdout and stderr in the order written, stack frames
 *                     pointing at the markdown
 * @param droppedBytes how much more it printed after the kept first MiB
 * @param exitCode     its exit code; empty when it was killed at its timeout
 * @param duration     wall-clock time from launch to exit (or to the timeout)
 * @param timedOut     whether it was still running at its timeout
 * @param dump         its threads at the timeout, when it timed out and a dump could be taken
 * @param mainStarted  whether the example's own code began to run (false when the JVM refused
 *                     its options or stopped before: then everything it printed is the JVM's);
 *                     for a session's block, whether the block began to run
 * @param block        for a block of a session, its part of the session's one run: the output
 *                     is what was printed while it ran, the duration its own
 */
public record RunResult(List<Chunk> output, long droppedBytes, OptionalInt exitCode, Duration duration, boolean timedOut,
                        Optional<ThreadDump> dump, boolean mainStarted, Optional<SessionPart> block) {

    /** A run of a whole program. */
    public RunResult(List<Chunk> output, long droppedBytes, OptionalInt exitCode, Duration duration, boolean timedOut,
                     Optional<ThreadDump> dump, boolean mainStarted) {
        this(output, droppedBytes, exitCode, duration, timedOut, dump, mainStarted, Optional.empty());
    }

    /** A run whose example's code started, as every recorded run did. */
    public RunResult(List<Chunk> output, long droppedBytes, OptionalInt exitCode, Duration duration, boolean timedOut,
                     Optional<ThreadDump> dump) {
        this(output, droppedBytes, exitCode, duration, timedOut, dump, true);
    }

    public RunResult {
        output = List.copyOf(output);
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(dump, "dump");
        Objects.requireNonNull(block, "block");
    }

    /** The same run with {@code f} applied to every text it holds (output and thread dump). */
    public RunResult mapText(java.util.function.UnaryOperator<String> f) {
        List<Chunk> mapped = output.stream().map(c -> new Chunk(c.stream(), f.apply(c.text()))).toList();
        Optional<ThreadDump> d = dump.map(t -> new ThreadDump(f.apply(t.deadlockReport()), f.apply(t.threadsText()), t.threads()));
        return new RunResult(mapped, droppedBytes, exitCode, duration, timedOut, d, mainStarted, block);
    }

    /** Everything it printed, both streams interleaved. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Chunk c : output) if (c.stream() != StreamKind.MARK) sb.append(c.text());
        return sb.toString();
    }

    /** What only standard error received. */
    public String stderr() {
        StringBuilder sb = new StringBuilder();
        for (Chunk c : output) if (c.stream() == StreamKind.ERR) sb.append(c.text());
        return sb.toString();
    }
}
