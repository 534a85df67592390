package dev.sitegen.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Attributes;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;

/** How a check is split into shards: balanced by recorded time, the same everywhere, sessions whole. */
class ShardPlanTest {

    private static Example example(String id) {
        return new Example(id, "page.md", SourcePos.of("content/page.md", 1), ExampleMode.RUN, Attributes.DEFAULTS,
                List.of(new CodeLine("IO.println(1);", SourcePos.of("content/page.md", 2), true)), Optional.empty());
    }

    /** {@code count} single examples {@code e00, e01, ...} with the given durations. */
    private static List<List<Example>> singles(int count) {
        List<List<Example>> units = new ArrayList<>();
        for (int i = 0; i < count; i++) units.add(List.of(example(String.format("e%03d", i))));
        return units;
    }

    private static Function<Example, OptionalLong> durations(Map<String, Long> ms) {
        return e -> ms.containsKey(e.id()) ? OptionalLong.of(ms.get(e.id())) : OptionalLong.empty();
    }

    private static List<String> ids(ShardPlan.Part part) {
        return part.examples().stream().map(Example::id).toList();
    }

    @Test
    void everyExampleIsInExactlyOneShard() {
        List<List<Example>> units = singles(37);
        Map<String, Long> ms = new HashMap<>();
        for (int i = 0; i < 37; i++) ms.put(String.format("e%03d", i), (long) (i * 7 % 23) * 100);
        ShardPlan plan = ShardPlan.of(units, durations(ms), 4);
        List<String> all = plan.parts().stream().flatMap(p -> ids(p).stream()).sorted().toList();
        assertThat(all).isEqualTo(units.stream().map(u -> u.getFirst().id()).toList());
        assertThat(plan.parts()).hasSize(4).allSatisfy(p -> assertThat(p.examples()).isNotEmpty());
    }

    @Test
    void shardsAreBalancedByRecordedTime() {
        // 100 examples of 100 ms to 5 s, seeded: greedy by the costliest first lands close to a quarter each
        Random random = new Random(42);
        List<List<Example>> units = singles(100);
        Map<String, Long> ms = new HashMap<>();
        for (List<Example> u : units) ms.put(u.getFirst().id(), 100 + random.nextLong(4900));
        ShardPlan plan = ShardPlan.of(units, durations(ms), 4);
        long quarter = plan.totalMillis() / 4;
        assertThat(plan.totalMillis()).isEqualTo(ms.values().stream().mapToLong(Long::longValue).sum());
        assertThat(plan.parts()).allSatisfy(p -> assertThat(p.recordedMillis()).isBetween(quarter * 95 / 100, quarter * 105 / 100));
    }

    @Test
    void theCostliestExamplesGoToDifferentShards() {
        Map<String, Long> ms = Map.of("e000", 10L, "e001", 9000L, "e002", 10L, "e003", 8000L, "e004", 10L, "e005", 10L);
        ShardPlan plan = ShardPlan.of(singles(6), durations(ms), 2);
        assertThat(ids(plan.parts().get(0))).contains("e001").doesNotContain("e003");
        assertThat(ids(plan.parts().get(1))).contains("e003");
        assertThat(plan.parts().get(1).recordedMillis()).isEqualTo(8040);
    }

    @Test
    void theSplitDependsOnTheExamplesNotOnTheOrderTheyCameIn() {
        Map<String, Long> ms = new HashMap<>();
        List<List<Example>> units = singles(20);
        for (int i = 0; i < 20; i++) ms.put(String.format("e%03d", i), i % 3 == 0 ? 500L : 200L); // many ties
        ShardPlan plan = ShardPlan.of(units, durations(ms), 3);
        List<List<Example>> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(7));
        ShardPlan again = ShardPlan.of(shuffled, durations(ms), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(ids(again.parts().get(i)).stream().sorted().toList()).isEqualTo(ids(plan.parts().get(i)).stream().sorted().toList());
        }
        assertThat(ShardPlan.of(units, durations(ms), 3)).isEqualTo(plan);
    }

    @Test
    void aSessionStaysInOneShard() {
        List<Example> session = List.of(example("s-1"), example("s-2"), example("s-3"));
        List<List<Example>> units = new ArrayList<>(singles(6));
        units.add(2, session);
        Map<String, Long> ms = new HashMap<>(Map.of("s-1", 300L, "s-2", 300L, "s-3", 300L));
        for (int i = 0; i < 6; i++) ms.put(String.format("e%03d", i), 400L);
        ShardPlan plan = ShardPlan.of(units, durations(ms), 3);
        List<ShardPlan.Part> holding = plan.parts().stream().filter(p -> ids(p).contains("s-1")).toList();
        assertThat(holding).hasSize(1);
        assertThat(ids(holding.getFirst())).contains("s-1", "s-2", "s-3");
        // the session weighs 900 ms, as its blocks together
        assertThat(holding.getFirst().recordedMillis()).isEqualTo(900);
    }

    @Test
    void anExampleWithoutARecordCountsAsTheMedianOne() {
        Map<String, Long> ms = Map.of("e000", 100L, "e001", 200L, "e002", 9000L);
        ShardPlan plan = ShardPlan.of(singles(4), durations(ms), 1);
        assertThat(plan.totalMillis()).isEqualTo(100 + 200 + 9000 + 200);
        assertThat(ShardPlan.of(singles(4), e -> OptionalLong.empty(), 2).parts())
                .allSatisfy(p -> assertThat(p.examples()).hasSize(2));
    }

    @Test
    void eachShardListsItsExamplesInPageOrder() {
        Map<String, Long> ms = new HashMap<>();
        for (int i = 0; i < 10; i++) ms.put(String.format("e%03d", i), (long) (10 - i) * 10);
        ShardPlan plan = ShardPlan.of(singles(10), durations(ms), 2);
        for (ShardPlan.Part p : plan.parts()) assertThat(ids(p)).isSorted();
    }

    @Test
    void moreShardsThanExamplesLeavesSomeEmpty() {
        ShardPlan plan = ShardPlan.of(singles(2), e -> OptionalLong.of(5), 4);
        assertThat(plan.parts().stream().filter(p -> p.examples().isEmpty())).hasSize(2);
        assertThat(plan.parts().stream().mapToInt(p -> p.examples().size()).sum()).isEqualTo(2);
    }

    @Test
    void theDurationOfARecordIsItsRunsSummed() {
        Example e = example("e000");
        var run = new dev.sitegen.run.RunResult(List.of(), 0, java.util.OptionalInt.of(0), java.time.Duration.ofMillis(120), false,
                Optional.empty(), true);
        RecordStore.Loaded loaded = new RecordStore.Loaded(Map.of("k", new Stored(List.of(), List.of(run, run, run))), Map.of("e000", "k"));
        assertThat(ShardPlan.recordedMillis(loaded).apply(e)).hasValue(360);
        assertThat(ShardPlan.recordedMillis(loaded).apply(example("other"))).isEmpty();
    }
}
