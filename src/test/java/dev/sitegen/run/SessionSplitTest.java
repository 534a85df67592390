package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** A session's run cut at the marks its program left. */
class SessionSplitTest {

    private static final long MS = 1_000_000;

    @Test
    void eachBlockGetsWhatWasPrintedWhileItRanAndItsOwnDuration() {
        RunResult whole = new RunResult(List.of(
                SessionSplit.mark(0, false, 10 * MS),
                new Chunk(StreamKind.OUT, "a\n"),
                SessionSplit.mark(1, false, 25 * MS),
                new Chunk(StreamKind.OUT, "b\n"),
                new Chunk(StreamKind.ERR, "trace\n"),
                SessionSplit.mark(1, true, 26 * MS),
                new Chunk(StreamKind.OUT, "late from a thread\n"),
                SessionSplit.mark(2, false, 30 * MS),
                new Chunk(StreamKind.OUT, "c\n"),
                SessionSplit.end(70 * MS)), 0, OptionalInt.of(0), Duration.ofMillis(200), false, Optional.empty(), true);

        List<RunResult> blocks = SessionSplit.split(whole, 3);

        assertEquals("a\n", blocks.get(0).text());
        assertEquals("b\ntrace\nlate from a thread\n", blocks.get(1).text());
        assertEquals("trace\n", blocks.get(1).stderr());
        assertEquals("c\n", blocks.get(2).text());
        assertEquals(List.of(Duration.ofMillis(15), Duration.ofMillis(5), Duration.ofMillis(40)),
                blocks.stream().map(RunResult::duration).toList());
        assertEquals(List.of(new SessionPart(true, false, false), new SessionPart(true, true, false), new SessionPart(true, false, true)),
                blocks.stream().map(b -> b.block().orElseThrow()).toList());
    }

    @Test
    void blocksAfterTheOneThatEndedTheProgramDidNotRunAndTheEndingOneHoldsTheTimeout() {
        RunResult whole = new RunResult(List.of(
                new Chunk(StreamKind.ERR, "a warning before main\n"),
                SessionSplit.mark(0, false, 0),
                SessionSplit.mark(1, false, 5 * MS),
                new Chunk(StreamKind.OUT, "stuck\n"),
                SessionSplit.end(1005 * MS)), 7, OptionalInt.empty(), Duration.ofSeconds(1), true, Optional.empty(), true);

        List<RunResult> blocks = SessionSplit.split(whole, 3);

        assertEquals("a warning before main\n", blocks.get(0).text());
        assertFalse(blocks.get(0).timedOut());
        assertTrue(blocks.get(1).timedOut());
        assertEquals(7, blocks.get(1).droppedBytes());
        assertEquals(new SessionPart(false, false, false), blocks.get(2).block().orElseThrow());
        assertEquals(Duration.ZERO, blocks.get(2).duration());
        assertEquals("", blocks.get(2).text());
    }
}
