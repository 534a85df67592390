package dev.sitegen.write;

import java.util.List;
import java.util.Map;

import dev.sitegen.extract.Example;
import dev.sitegen.run.RunResult;
import dev.sitegen.verify.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * {@code target/site-gen/report.json}: what a build did, for CI and tools.
 *
 * @param jdk       the JDK that compiled and ran the examples
 * @param pages     how many pages the site has
 * @param elapsedMs the generator's own time, from its {@code main} to the report; Maven's start-up excluded
 * @param timingsMs wall-clock time per stage: load, extract, compile, run, render, write; compile and run
 *                  overlap (an example runs as soon as it has compiled), run counting from the first run's start
 * @param shard     which shard of the examples ran ({@code -Dsitegen.shard}); 1 of 1 when not split
 * @param repeat    how many times each example ran its runs ({@code -Dsitegen.repeat})
 * @param examples  every {@code run}, {@code compile} and {@code fail} example
 */
public record Report(String jdk, int pages, long elapsedMs, Map<String, Long> timingsMs, ShardEntry shard, int repeat, List<ExampleEntry> examples) {

    public Report {
        timingsMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMs));
        examples = List.copyOf(examples);
    }

    /**
     * The report of a build from its verdicts.
     *
     * @param contentDisplay the content folder as the author names it, which each example's page is relative to
     */
    public static Report of(int pages, long elapsedMs, Map<String, Long> timingsMs, List<Outcome> outcomes, String contentDisplay,
                            ShardEntry shard, int repeat) {
        List<ExampleEntry> entries = new java.util.ArrayList<>();
        for (Outcome o : outcomes) {
            Example e = o.example();
            List<RunResult> runs = o.evidence().runs();
            Integer exit = runs.isEmpty() || runs.getFirst().exitCode().isEmpty() ? null : runs.getFirst().exitCode().getAsInt();
            Long duration = runs.isEmpty() ? null : runs.stream().mapToLong(r -> r.duration().toMillis()).sum();
            entries.add(new ExampleEntry(e.id(), contentDisplay + "/" + e.page(), e.pos().line(), e.mode().word(),
                    o.passed() ? "passed" : "failed", exit, duration, o.evidence().cached(), runs.size()));
        }
        return new Report(Runtime.version().toString().replaceFirst("\\+.*", ""), pages, elapsedMs, timingsMs, shard, repeat, entries);
    }

    /**
     * The shard a check ran.
     *
     * @param index             which shard, from 1
     * @param count             of how many
     * @param examples          how many examples it checked
     * @param recordedMs        the recorded duration of its examples, by which the shards are balanced
     * @param recordedMsOfAll   the same for every shard together
     */
    public record ShardEntry(int index, int count, int examples, long recordedMs, long recordedMsOfAll) {
    }

    /**
     * One example.
     *
     * @param line       the line of its opening fence
     * @param status     {@code passed} or {@code failed}
     * @param exitCode   the exit code of its (first) run; null where nothing ran
     * @param durationMs the wall-clock time of its runs; null where nothing ran
     * @param cached     whether a recorded run was reused
     * @param runs       how many runs it had
     */
    public record ExampleEntry(String id, String page, int line, String mode, String status, @Nullable Integer exitCode, @Nullable Long durationMs,
                               boolean cached, int runs) {
    }
}
