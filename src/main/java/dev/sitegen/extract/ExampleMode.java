package dev.sitegen.extract;

/** What the build does with a {@code java} block. */
public enum ExampleMode {
    /** {@code java}: shown and highlighted, not compiled. */
    SHOW("show"),
    /** {@code java run}: compiled and run in a fresh JVM, its output shown. */
    RUN("run"),
    /** {@code java compile}: must compile; not run. */
    COMPILE("compile"),
    /** {@code java fail}: must not compile; the compiler's message is shown. */
    FAIL("fail"),
    /** {@code java file=Name.java}: a unit compiled with each of the page's examples. */
    FILE("file");

    private final String word;

    ExampleMode(String word) {
        this.word = word;
    }

    /** The word an author writes (and report.json shows). */
    public String word() {
        return word;
    }

    /** Whether the build compiles it on its own account (and lists it in report.json). */
    public boolean isChecked() {
        return this == RUN || this == COMPILE || this == FAIL;
    }
}
