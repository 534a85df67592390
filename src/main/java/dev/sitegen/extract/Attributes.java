package dev.sitegen.extract;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The attributes of a {@code java} block's info string, with their defaults filled in.
 *
 * @param timeout       wall-clock limit of one run
 * @param exit          the expected exit code
 * @param expectTimeout the program must still be running at its timeout
 * @param runs          how many times it runs
 * @param args          command-line arguments
 * @param stdin         what it reads from standard input (empty: nothing, closed)
 * @param jvmOptions    extra JVM options
 * @param exclusive     runs with no other example running
 * @param preview       compiled and run with {@code --enable-preview}
 * @param include       the file its source comes from, {@code PATH} or {@code PATH#REGION}
 * @param fileName      for {@code file=} units, the unit's file name
 * @param session       the session written on the block with {@code session=}
 * @param isolated      kept out of the page's default session
 * @param crash         in a session: the block must throw
 */
public record Attributes(Duration timeout, int exit, boolean expectTimeout, int runs, List<String> args, String stdin,
                         List<String> jvmOptions, boolean exclusive, boolean preview, Optional<String> include,
                         Optional<String> fileName, Optional<String> session, boolean isolated, boolean crash) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public static final Attributes DEFAULTS = new Attributes(DEFAULT_TIMEOUT, 0, false, 1, List.of(), "",
            List.of(), false, false, Optional.empty(), Optional.empty());

    /** Attributes of a block outside any session. */
    public Attributes(Duration timeout, int exit, boolean expectTimeout, int runs, List<String> args, String stdin,
                      List<String> jvmOptions, boolean exclusive, boolean preview, Optional<String> include, Optional<String> fileName) {
        this(timeout, exit, expectTimeout, runs, args, stdin, jvmOptions, exclusive, preview, include, fileName, Optional.empty(), false, false);
    }

    /** These attributes with the session's run described as {@code first} describes it. */
    public Attributes withRunOf(Attributes first) {
        return new Attributes(first.timeout, first.exit, false, 1, first.args, first.stdin, first.jvmOptions, first.exclusive,
                first.preview, include, fileName, session, isolated, crash);
    }

    public Attributes {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        args = List.copyOf(args);
        jvmOptions = List.copyOf(jvmOptions);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(session, "session");
    }
}
