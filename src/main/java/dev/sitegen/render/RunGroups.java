package dev.sitegen.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sitegen.run.RunResult;

/** Groups the runs of a {@code runs=N} example by their exact output, most frequent first. */
final class RunGroups {

    /** Runs that printed exactly the same and ended the same way. */
    record Group(RunResult first, int count, Duration median) {
    }

    private record Key(String text, int exit, boolean timedOut, long dropped) {
    }

    private RunGroups() {
    }

    static List<Group> of(List<RunResult> runs) {
        Map<Key, List<RunResult>> byKey = new LinkedHashMap<>();
        for (RunResult r : runs) {
            byKey.computeIfAbsent(new Key(r.text(), r.exitCode().orElse(-1), r.timedOut(), r.droppedBytes()), k -> new ArrayList<>()).add(r);
        }
        List<Group> groups = new ArrayList<>();
        for (List<RunResult> same : byKey.values()) {
            List<Duration> durations = same.stream().map(RunResult::duration).sorted().toList();
            groups.add(new Group(same.getFirst(), same.size(), durations.get(durations.size() / 2)));
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed()); // stable: ties keep the order of first appearance
        return groups;
    }
}
