package dev.sitegen.extract;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vocabulary of an info string after its mode, declared once: each attribute's name,
 * whether it takes a value, which blocks it applies to, and what of it a record key holds
 * (what changes a run). The info-string lexer, the checker, the record key and the
 * reference page's table all read this.
 */
public enum Attribute {

    ID("id", true, Applies.CHECKED, null),
    TIMEOUT("timeout", true, Applies.RUN, a -> Long.toString(a.timeout().toMillis())),
    EXIT("exit", true, Applies.RUN, null),
    EXPECT("expect", true, Applies.RUN, a -> Boolean.toString(a.expectTimeout())),
    RUNS("runs", true, Applies.RUN, a -> Integer.toString(a.runs())),
    ARGS("args", true, Applies.RUN, a -> String.join("\u0001", a.args())),
    STDIN("stdin", true, Applies.RUN, Attributes::stdin),
    JVM("jvm", true, Applies.RUN, a -> String.join("\u0001", a.jvmOptions())),
    INCLUDE("include", true, Applies.ANY, null),
    FILE("file", true, Applies.ANY, null),
    EXCLUSIVE("exclusive", false, Applies.RUN, a -> Boolean.toString(a.exclusive())),
    PREVIEW("preview", false, Applies.CHECKED, a -> Boolean.toString(a.preview())),
    // a session's blocks are keyed together, by every block's source and role (RecordKey.ofSession)
    SESSION("session", true, Applies.CHECKED, null),
    ISOLATED("isolated", false, Applies.CHECKED, null),
    CRASH("crash", false, Applies.RUN, null);

    /** What describes a session's one run: written on its first block only. */
    public static final java.util.Set<Attribute> SESSION_RUN = java.util.EnumSet.of(TIMEOUT, EXIT, ARGS, STDIN, JVM, EXCLUSIVE, PREVIEW);

    /** Which blocks an attribute may be written on. */
    public enum Applies {
        /** {@code java run} only. */
        RUN,
        /** blocks that are compiled: {@code run}, {@code compile}, {@code fail}. */
        CHECKED,
        /** any {@code java} block. */
        ANY
    }

    private final String word;
    private final boolean takesValue;
    private final Applies applies;
    private final Function<Attributes, String> keyValue;

    Attribute(String word, boolean takesValue, Applies applies, Function<Attributes, String> keyValue) {
        this.word = word;
        this.takesValue = takesValue;
        this.applies = applies;
        this.keyValue = keyValue;
    }

    /** As the author writes it: {@code timeout}, {@code exclusive}. */
    public String word() {
        return word;
    }

    /** {@code name=value}, or a flag written alone. */
    public boolean takesValue() {
        return takesValue;
    }

    public Applies applies() {
        return applies;
    }

    /** What a record key holds of this attribute, when it changes what a run does; empty when it does not. */
    public Optional<String> keyValue(Attributes attrs) {
        return keyValue == null ? Optional.empty() : Optional.of(keyValue.apply(attrs));
    }

    /** The name a record key gives this attribute (kept as first written, so recorded keys stay valid). */
    public String keyName() {
        return this == EXPECT ? "expectTimeout" : word;
    }

    /**
     * The attributes a {@code python run} block takes: those that describe a process, not a
     * JVM or javac ({@code jvm=}, {@code preview}, {@code include=}, {@code file=} are Java's).
     * An attribute not listed here is Java's alone.
     */
    private static final Set<Attribute> PYTHON = EnumSet.of(ID, TIMEOUT, EXIT, EXPECT, RUNS, ARGS, STDIN, EXCLUSIVE);

    /** Whether a block in {@code language} may carry this attribute. */
    public boolean appliesTo(Language language) {
        return language == Language.JAVA || PYTHON.contains(this);
    }

    public static Optional<Attribute> named(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }

    /** The words written {@code name=value}, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).filter(Attribute::takesValue).map(Attribute::word).toList();
    }

    /** The words written alone, in declaration order. */
    public static List<String> flags() {
        return Arrays.stream(values()).filter(a -> !a.takesValue).map(Attribute::word).toList();
    }
}
