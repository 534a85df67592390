package dev.sitegen.compile;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * The names a compilation unit adds to javac's symbol table: its top-level types, fully
 * qualified, and its package with the packages that hold it. Two sources whose names meet
 * cannot share a javac task: it would report a duplicate class, or a package that clashes
 * with a class, that neither of them has when compiled alone.
 *
 * @param types    the qualified names of the top-level types
 * @param packages the source's package and every package around it ({@code a.b} gives {@code a} and {@code a.b})
 * @param parses   whether the source parsed without errors; only such a source is worth putting in a shared task
 */
record Declared(Set<String> types, Set<String> packages, boolean parses) {

    /** What is not known: a source with it compiles alone. */
    static final Declared UNKNOWN = new Declared(Set.of(), Set.of(), false);

    Declared {
        types = Set.copyOf(types);
        packages = Set.copyOf(packages);
    }

    /**
     * @param packageName the source's package, empty for the unnamed package
     * @param simpleNames its top-level types' simple names
     */
    static Declared of(String packageName, Collection<String> simpleNames, boolean parses) {
        Set<String> types = new HashSet<>();
        for (String name : simpleNames) types.add(packageName.isEmpty() ? name : packageName + "." + name);
        return new Declared(types, enclosing(packageName), parses);
    }

    /** {@code a.b.c} and the packages around it; nothing for the unnamed package. */
    static Set<String> enclosing(String packageName) {
        Set<String> packages = new HashSet<>();
        for (int dot = packageName.indexOf('.'); dot >= 0; dot = packageName.indexOf('.', dot + 1)) packages.add(packageName.substring(0, dot));
        if (!packageName.isEmpty()) packages.add(packageName);
        return packages;
    }

    /** Whether one javac task cannot hold both: a type declared twice, or a type named like a package. */
    boolean meets(Declared other) {
        return !Collections.disjoint(types, other.types) || !Collections.disjoint(types, other.packages)
                || !Collections.disjoint(packages, other.types);
    }
}
