package dev.sitegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a session block is cut into imports, members and statements. */
class BlockItemsTest {

    private static List<String> kinds(String block) {
        return BlockItems.of(block).stream()
                .map(i -> i.kind() + " " + block.substring(i.start(), i.end()).strip().lines().findFirst().orElse(""))
                .toList();
    }

    @Test
    void importsMembersAndStatementsAreToldApart() {
        assertEquals(List.of(
                "IMPORT import java.time.Duration;",
                "MEMBER record Point(int x, int y) {}",
                "STATEMENT List<Point> points = new ArrayList<>();",
                "MEMBER static int counter = 0;",
                "MEMBER static <T> List<T> twice(T t) {",
                "STATEMENT points.add(new Point(1, 2));",
                "MEMBER private final Object lock = new Object();",
                "MEMBER enum Color { RED, GREEN }",
                "MEMBER void greet() throws InterruptedException {",
                "STATEMENT final int local = 3;",
                "MEMBER class Box extends Object {",
                "MEMBER interface Shape {"), kinds("""
                import java.time.Duration;
                record Point(int x, int y) {}
                List<Point> points = new ArrayList<>();
                static int counter = 0;
                static <T> List<T> twice(T t) {
                    return List.of(t, t);
                }
                points.add(new Point(1, 2));
                private final Object lock = new Object();
                enum Color { RED, GREEN }
                void greet() throws InterruptedException {
                    Thread.sleep(1);
                }
                final int local = 3;
                class Box extends Object {
                }
                interface Shape {
                }
                """));
    }

    @Test
    void statementsWithBracesStayWhole() {
        assertEquals(List.of(
                "STATEMENT if (a) {",
                "STATEMENT try {",
                "STATEMENT do {",
                "STATEMENT Runnable r = () -> {",
                "STATEMENT Object o = new Object() {",
                "STATEMENT int[] xs = {1, 2};",
                "STATEMENT switch (x) {",
                "STATEMENT outer: for (int i = 0; i < 2; i++) {",
                "STATEMENT synchronized (lock) {",
                "STATEMENT String s = \"\"\"",
                "STATEMENT int after = 1;"), kinds("""
                if (a) {
                    f();
                } else if (b) {
                    g();
                } else {
                    h();
                }
                try {
                    f();
                } catch (Exception e) {
                    g();
                } finally {
                    h();
                }
                do {
                    f();
                } while (a);
                Runnable r = () -> {
                    f();
                };
                Object o = new Object() {
                    public String toString() { return "}"; }
                };
                int[] xs = {1, 2};
                switch (x) {
                    case 1 -> f();
                    default -> { }
                }
                outer: for (int i = 0; i < 2; i++) {
                    continue outer;
                }
                synchronized (lock) {
                    f(); // a brace in a comment }
                }
                String s = \"""
                    { not a block
                    \""";
                int after = 1;
                """));
    }
}
