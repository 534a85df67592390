package dev.sitegen.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

import dev.sitegen.extract.Example;
import dev.sitegen.run.RunResult;

/**
 * How a check is split into N shards ({@code -Dsitegen.shard=K/N}) so that N CI jobs take
 * about the same time: balanced by the durations in the recorded runs, and the same split
 * on every machine, since the records are committed with the content. Examples that run
 * together (a session's blocks) stay in one shard.
 *
 * @param parts the shards, first to last; each holds its examples in page order
 */
public record ShardPlan(List<Part> parts) {

    public ShardPlan {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("a plan has at least one shard");
    }

    /**
     * One shard.
     *
     * @param examples       its examples, in page order
     * @param recordedMillis the sum of their recorded durations, an unrecorded example counted as the median one
     */
    public record Part(List<Example> examples, long recordedMillis) {

        public Part {
            examples = List.copyOf(examples);
            if (recordedMillis < 0) throw new IllegalArgumentException("recordedMillis must be >= 0");
        }
    }

    /** Shard {@code index}, counted from 1 as {@code -Dsitegen.shard} counts. */
    public Part part(int index) {
        return parts.get(index - 1);
    }

    /** The sum of every shard's recorded time. */
    public long totalMillis() {
        return parts.stream().mapToLong(Part::recordedMillis).sum();
    }

    /**
     * Splits {@code units} into {@code count} shards: the costliest unit first (ties by its
     * first example's id), each to the shard with the least recorded time so far (ties to
     * the lower shard). An example without a recorded duration counts as the median of those
     * with one, or 1 ms when none has one.
     *
     * @param units    the examples, grouped into what must run together, in page order
     * @param recorded an example's recorded duration in milliseconds (its runs summed), when it has a record
     */
    public static ShardPlan of(List<List<Example>> units, Function<Example, OptionalLong> recorded, int count) {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1: " + count);
        Map<Example, OptionalLong> known = new HashMap<>();
        Map<Example, Integer> order = new HashMap<>();
        List<Long> durations = new ArrayList<>();
        for (List<Example> unit : units) {
            if (unit.isEmpty()) throw new IllegalArgumentException("a unit holds at least one example");
            for (Example e : unit) {
                if (order.putIfAbsent(e, order.size()) != null) throw new IllegalArgumentException("example in two units: " + e.id());
                OptionalLong ms = Objects.requireNonNull(recorded.apply(e), "recorded");
                known.put(e, ms);
                ms.ifPresent(durations::add);
            }
        }
        long median = durations.isEmpty() ? 1 : durations.stream().sorted().toList().get((durations.size() - 1) / 2);
        record Costed(List<Example> unit, long cost) {
        }
        List<Costed> costed = units.stream()
                .map(u -> new Costed(u, u.stream().mapToLong(e -> known.get(e).orElse(median)).sum()))
                .sorted(Comparator.comparingLong(Costed::cost).reversed().thenComparing(c -> c.unit().getFirst().id()))
                .toList();
        List<List<Example>> shards = new ArrayList<>();
        long[] totals = new long[count];
        for (int i = 0; i < count; i++) shards.add(new ArrayList<>());
        for (Costed c : costed) {
            int lightest = 0;
            for (int i = 1; i < count; i++) if (totals[i] < totals[lightest]) lightest = i;
            shards.get(lightest).addAll(c.unit());
            totals[lightest] += c.cost();
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Example> examples = new ArrayList<>(shards.get(i));
            examples.sort(Comparator.comparingInt(order::get));
            parts.add(new Part(examples, totals[i]));
        }
        return new ShardPlan(parts);
    }

    /**
     * An example's duration in its last record, changed since or not: a changed example
     * most likely takes about as long as it did.
     */
    public static Function<Example, OptionalLong> recordedMillis(RecordStore.Loaded records) {
        return e -> {
            String key = records.keyOfId().get(e.id());
            Stored stored = key == null ? null : records.byKey().get(key);
            return stored == null ? OptionalLong.empty() : OptionalLong.of(stored.runs().stream().map(RunResult::duration).mapToLong(d -> d.toMillis()).sum());
        };
    }
}
