package dev.sitegen.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits the sources that may share a javac task into as few tasks as their names allow:
 * no two sources of a task declare the same type, nor a type named like the other's package
 * (two examples may both declare {@code Main}; they just go to different tasks). Each source
 * joins the first task it fits in, so the order of the input is kept within each task.
 */
final class TaskGroups {

    private TaskGroups() {
    }

    /**
     * @param names what each item declares
     * @param max   the most items in one task
     */
    static <T> List<List<T>> partition(List<T> items, Function<T, Declared> names, int max) {
        return partition(items, names, max, max);
    }

    /**
     * @param firstMax the most items in the first task (a small one lets its programs run while the rest compile)
     * @param max      the most items in any other task
     */
    static <T> List<List<T>> partition(List<T> items, Function<T, Declared> names, int firstMax, int max) {
        List<Group<T>> groups = new ArrayList<>();
        int firstOpen = 0;
        for (T item : items) {
            Declared declared = names.apply(item);
            Group<T> home = null;
            for (int i = firstOpen; i < groups.size() && home == null; i++) {
                Group<T> g = groups.get(i);
                if (g.members.size() < (i == 0 ? firstMax : max) && !g.meets(declared)) home = g;
            }
            if (home == null) {
                home = new Group<>();
                groups.add(home);
            }
            home.add(item, declared);
            while (firstOpen < groups.size() && groups.get(firstOpen).members.size() >= (firstOpen == 0 ? firstMax : max)) firstOpen++;
        }
        return groups.stream().map(g -> List.copyOf(g.members)).toList();
    }

    private static final class Group<T> {
        final List<T> members = new ArrayList<>();
        final Set<String> types = new HashSet<>();
        final Set<String> packages = new HashSet<>();

        boolean meets(Declared d) {
            return !Collections.disjoint(d.types(), types) || !Collections.disjoint(d.types(), packages)
                    || !Collections.disjoint(d.packages(), types);
        }

        void add(T item, Declared d) {
            members.add(item);
            types.addAll(d.types());
            packages.addAll(d.packages());
        }
    }
}
