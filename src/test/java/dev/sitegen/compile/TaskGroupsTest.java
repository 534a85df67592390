package dev.sitegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TaskGroupsTest {

    private static final Map<String, Declared> NAMES = Map.of(
            "main1", Declared.of("", Set.of("Main"), true),
            "main2", Declared.of("", Set.of("Main", "Helper"), true),
            "demo", Declared.of("", Set.of("Demo"), true),
            "pkgMain", Declared.of("app", Set.of("Main"), true),
            "classApp", Declared.of("", Set.of("app"), true),
            "helper", Declared.of("", Set.of("Helper"), true));

    private static List<List<String>> partition(List<String> items, int max) {
        return TaskGroups.partition(items, NAMES::get, max);
    }

    @Test
    void sourcesWithDistinctNamesShareOneTask() {
        assertEquals(List.of(List.of("main1", "demo", "helper")), partition(List.of("main1", "demo", "helper"), 10));
    }

    @Test
    void aRepeatedTypeNameGoesToAnotherTask() {
        assertEquals(List.of(List.of("main1", "demo"), List.of("main2")), partition(List.of("main1", "main2", "demo"), 10));
    }

    @Test
    void aSourceJoinsTheFirstTaskItFits() {
        assertEquals(List.of(List.of("main1", "helper", "demo"), List.of("main2")), partition(List.of("main1", "main2", "helper", "demo"), 10));
    }

    @Test
    void packagesKeepTypesApartOnlyWhereTheirNamesMeet() {
        // app.Main and Main are different classes, but a class named like a package clashes with it
        assertEquals(List.of(List.of("main1", "pkgMain"), List.of("classApp")), partition(List.of("main1", "pkgMain", "classApp"), 10));
    }

    @Test
    void noTaskHoldsMoreThanTheLimit() {
        assertEquals(List.of(List.of("main1", "demo"), List.of("helper")), partition(List.of("main1", "demo", "helper"), 2));
    }

    @Test
    void theFirstTaskCanBeSmallerThanTheOthers() {
        assertEquals(List.of(List.of("main1"), List.of("demo", "helper")),
                TaskGroups.partition(List.of("main1", "demo", "helper"), NAMES::get, 1, 10));
    }
}
