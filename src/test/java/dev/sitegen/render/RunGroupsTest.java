package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.sitegen.run.Chunk;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.StreamKind;

class RunGroupsTest {

    private static RunResult run(String text, int exit, long millis) {
        return new RunResult(List.of(new Chunk(StreamKind.OUT, text)), 0, OptionalInt.of(exit), Duration.ofMillis(millis), false, Optional.empty());
    }

    @Test
    void identicalOutputsFormOneGroupCountedOnce() {
        RunResult first = run("correct\n", 0, 100);
        List<RunGroups.Group> groups = RunGroups.of(List.of(first, run("correct\n", 0, 300), run("correct\n", 0, 200)));

        assertEquals(1, groups.size());
        assertEquals(3, groups.getFirst().count());
        assertSame(first, groups.getFirst().first());
        assertEquals(Duration.ofMillis(200), groups.getFirst().median());
    }

    @Test
    void mostFrequentOutputComesFirst() {
        List<RunGroups.Group> groups = RunGroups.of(List.of(
                run("correct\n", 0, 10), run("lost updates\n", 0, 10), run("lost updates\n", 0, 10),
                run("crashed\n", 0, 10), run("lost updates\n", 0, 10), run("correct\n", 0, 10)));

        assertEquals(List.of("lost updates\n", "correct\n", "crashed\n"), groups.stream().map(g -> g.first().text()).toList());
        assertEquals(List.of(3, 2, 1), groups.stream().map(RunGroups.Group::count).toList());
    }

    @Test
    void tiesKeepTheOrderOfFirstAppearance() {
        List<RunGroups.Group> groups = RunGroups.of(List.of(run("b\n", 0, 1), run("a\n", 0, 1), run("c\n", 0, 1), run("a\n", 0, 1), run("b\n", 0, 1)));

        assertEquals(List.of("b\n", "a\n", "c\n"), groups.stream().map(g -> g.first().text()).toList());
    }

    @Test
    void sameTextWithAnotherExitCodeIsAnotherGroup() {
        List<RunGroups.Group> groups = RunGroups.of(List.of(run("x\n", 0, 1), run("x\n", 1, 1)));
        assertEquals(2, groups.size());
    }

    @Test
    void medianOfAnEvenCountIsTheUpperMiddle() {
        List<RunGroups.Group> groups = RunGroups.of(List.of(run("x", 0, 40), run("x", 0, 10), run("x", 0, 30), run("x", 0, 20)));
        assertEquals(Duration.ofMillis(30), groups.getFirst().median());
    }
}
