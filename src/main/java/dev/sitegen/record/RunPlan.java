package dev.sitegen.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import dev.sitegen.extract.Example;

/**
 * The reuse policy of a build: which examples it takes from their records and which it
 * runs, each with the reason an author asking {@code -Dsitegen.verbose} reads.
 *
 * @param reused examples whose recorded run still holds, with that run
 * @param toRun  examples to compile and run, in page order, with why
 */
public record RunPlan(Map<Example, Stored> reused, Map<Example, String> toRun) {

    public RunPlan {
        reused = Collections.unmodifiableMap(new LinkedHashMap<>(reused));
        toRun = Collections.unmodifiableMap(new LinkedHashMap<>(toRun));
    }

    /**
     * @param reuse      whether records may stand in for runs (a build without {@code rerun});
     *                   a check runs everything
     * @param stillHolds whether a recorded run still meets the example's expectations as
     *                   the page states them now
     * @param together   the examples that run with one (a session's blocks run as one program)
     */
    public static RunPlan of(List<Example> selected, Map<Example, String> keys, RecordStore.Loaded records, boolean reuse,
                             BiPredicate<Example, Stored> stillHolds, java.util.function.Function<Example, List<Example>> together) {
        Map<Example, Stored> reused = new LinkedHashMap<>();
        Map<Example, String> toRun = new LinkedHashMap<>();
        for (Example e : selected) {
            String key = keys.get(e);
            Stored recorded = records.byKey().get(key);
            String previousKey = records.keyOfId().get(e.id());
            if (!reuse) {
                toRun.put(e, previousKey == null ? "not recorded yet: running it" : "running it again, as every check and -Dsitegen.rerun do");
            } else if (recorded == null) {
                toRun.put(e, previousKey == null ? "not recorded yet: running it" : "changed since it was recorded: running it again");
            } else if (stillHolds.test(e, recorded)) {
                reused.put(e, recorded);
            } else {
                toRun.put(e, "its recorded run no longer meets the expectation: running it again");
            }
        }
        for (Example e : List.copyOf(toRun.keySet())) {
            for (Example mate : together.apply(e)) {
                if (reused.remove(mate) != null) toRun.put(mate, "its session runs again, because the block at line " + e.pos().line() + " has to");
            }
        }
        Map<Example, String> ordered = new LinkedHashMap<>();
        for (Example e : selected) if (toRun.containsKey(e)) ordered.put(e, toRun.get(e));
        return new RunPlan(reused, ordered);
    }
}
