package dev.sitegen.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a session's one run into the runs of its blocks, at the marks its program left:
 * each block gets what was printed from its first statement until the next block began
 * (a thread's output lands under the block that was running when it printed), its own
 * duration, and whether it began, threw, or was running when the program ended.
 */
public final class SessionSplit {

    private SessionSplit() {
    }

    static Chunk mark(int block, boolean threw, long nanos) {
        return new Chunk(StreamKind.MARK, (threw ? "T" : "B") + block + "@" + nanos);
    }

    static Chunk end(long nanos) {
        return new Chunk(StreamKind.MARK, "E@" + nanos);
    }

    /** @param blocks how many blocks the session's program has */
    public static List<RunResult> split(RunResult whole, int blocks) {
        List<List<Chunk>> outputs = new ArrayList<>();
        for (int i = 0; i < blocks; i++) outputs.add(new ArrayList<>());
        long[] start = new long[blocks];
        boolean[] reached = new boolean[blocks];
        boolean[] threw = new boolean[blocks];
        long end = -1;
        int current = 0;
        int last = 0;
        for (Chunk c : whole.output()) {
            if (c.stream() != StreamKind.MARK) {
                List<Chunk> out = outputs.get(current);
                if (!out.isEmpty() && out.getLast().stream() == c.stream()) out.add(new Chunk(c.stream(), out.removeLast().text() + c.text()));
                else out.add(c);
                continue;
            }
            String t = c.text();
            long nanos = Long.parseLong(t.substring(t.indexOf('@') + 1));
            if (t.charAt(0) == 'E') {
                end = nanos;
                continue;
            }
            int block = Integer.parseInt(t.substring(1, t.indexOf('@')));
            if (block < 0 || block >= blocks) continue;
            if (t.charAt(0) == 'T') {
                threw[block] = true;
            } else {
                current = block;
                last = block;
                reached[block] = true;
                start[block] = nanos;
            }
        }
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            boolean ended = i == last;
            long until = end;
            for (int j = i + 1; j < blocks; j++) {
                if (reached[j]) {
                    until = start[j];
                    break;
                }
            }
            Duration duration = reached[i] && until >= start[i] ? Duration.ofNanos(until - start[i]) : Duration.ZERO;
            runs.add(new RunResult(outputs.get(i), ended ? whole.droppedBytes() : 0, whole.exitCode(), duration, ended && whole.timedOut(),
                    ended ? whole.dump() : Optional.empty(), whole.mainStarted(),
                    Optional.of(new SessionPart(reached[i], threw[i], ended))));
        }
        return runs;
    }
}
