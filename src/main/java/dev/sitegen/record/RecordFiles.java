package dev.sitegen.record;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import dev.sitegen.run.Chunk;
import dev.sitegen.run.Provenance;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.SessionPart;
import dev.sitegen.run.StreamKind;
import dev.sitegen.run.ThreadDump;

/** The JSON form of a page's recorded runs: stable, readable in a diff, with a checksum per example. */
final class RecordFiles {

    static final int FORMAT = 1;

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    record PageFile(int format, String page, List<ExampleRecord> examples) {
    }

    /** {@code producedBy} is absent from records written before it was kept: Gson leaves out nulls, so their checksums still hold. */
    record ExampleRecord(String id, String key, String checksum, List<String> compilerOutput, List<RunRecord> runs, ProducedBy producedBy) {

        /** The checksum of everything but the checksum: detects hand edits and damage. */
        String computeChecksum() {
            return RecordKey.sha256(GSON.toJson(new ExampleRecord(id, key, null, compilerOutput, runs, producedBy)));
        }

        ExampleRecord withChecksum() {
            return new ExampleRecord(id, key, computeChecksum(), compilerOutput, runs, producedBy);
        }
    }

    /** What ran the example, and the day (ISO, UTC). */
    record ProducedBy(String runtime, String os, String arch, int cores, String recorded) {
    }

    record RunRecord(Integer exitCode, long durationMs, boolean timedOut, long droppedBytes, List<ChunkRecord> output, DumpRecord dump,
                     BlockRecord block) {
    }

    /** A session block's part in its session's run; absent for a run of a whole program. */
    record BlockRecord(boolean reached, boolean threw, boolean ended) {
    }

    record ChunkRecord(String stream, String text) {
    }

    record DumpRecord(String deadlockReport, String threadsText, List<ThreadRecord> threads) {
    }

    record ThreadRecord(String name, boolean daemon, String state) {
    }

    private RecordFiles() {
    }

    static ExampleRecord toRecord(String id, String key, Stored stored) {
        List<RunRecord> runs = stored.runs().stream().map(RecordFiles::toRecord).toList();
        ProducedBy by = stored.provenance().map(p -> new ProducedBy(p.runtime(), p.os(), p.arch(), p.cores(), p.recorded().toString())).orElse(null);
        return new ExampleRecord(id, key, null, stored.compilerOutput(), runs, by).withChecksum();
    }

    private static RunRecord toRecord(RunResult r) {
        List<ChunkRecord> output = r.output().stream()
                .map(c -> new ChunkRecord(c.stream() == StreamKind.OUT ? "out" : "err", c.text())).toList();
        DumpRecord dump = r.dump().map(d -> new DumpRecord(d.deadlockReport(), d.threadsText(),
                d.threads().stream().map(t -> new ThreadRecord(t.name(), t.daemon(), t.state())).toList())).orElse(null);
        BlockRecord block = r.block().map(b -> new BlockRecord(b.reached(), b.threw(), b.ended())).orElse(null);
        return new RunRecord(r.exitCode().isPresent() ? r.exitCode().getAsInt() : null, r.duration().toMillis(), r.timedOut(),
                r.droppedBytes(), output, dump, block);
    }

    /** @throws IllegalArgumentException when a required part is missing or malformed */
    static Stored fromRecord(ExampleRecord e) {
        if (e.key() == null || e.runs() == null || e.compilerOutput() == null) throw new IllegalArgumentException("incomplete record");
        List<RunResult> runs = e.runs().stream().map(RecordFiles::fromRecord).toList();
        return new Stored(e.compilerOutput(), runs, Optional.ofNullable(e.producedBy()).map(RecordFiles::fromRecord));
    }

    private static Provenance fromRecord(ProducedBy by) {
        if (by.runtime() == null || by.os() == null || by.arch() == null || by.recorded() == null) throw new IllegalArgumentException("incomplete producedBy");
        try {
            return new Provenance(by.runtime(), by.os(), by.arch(), by.cores(), LocalDate.parse(by.recorded()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed date in producedBy", e);
        }
    }

    private static RunResult fromRecord(RunRecord r) {
        if (r == null || r.output() == null || r.durationMs() < 0) throw new IllegalArgumentException("incomplete run");
        List<Chunk> output = r.output().stream().map(c -> {
            if (c == null || c.text() == null || !("out".equals(c.stream()) || "err".equals(c.stream()))) {
                throw new IllegalArgumentException("malformed output chunk");
            }
            return new Chunk(c.stream().equals("out") ? StreamKind.OUT : StreamKind.ERR, c.text());
        }).toList();
        Optional<ThreadDump> dump = Optional.ofNullable(r.dump()).map(d -> new ThreadDump(
                d.deadlockReport() == null ? "" : d.deadlockReport(), d.threadsText() == null ? "" : d.threadsText(),
                d.threads() == null ? List.of() : d.threads().stream().map(t -> new ThreadDump.LiveThread(t.name(), t.daemon(), t.state())).toList()));
        return new RunResult(output, r.droppedBytes(), r.exitCode() == null ? OptionalInt.empty() : OptionalInt.of(r.exitCode()),
                Duration.ofMillis(r.durationMs()), r.timedOut(), dump, true,
                Optional.ofNullable(r.block()).map(b -> new SessionPart(b.reached(), b.threw(), b.ended())));
    }
}
