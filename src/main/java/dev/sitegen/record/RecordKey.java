package dev.sitegen.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import dev.sitegen.extract.Attribute;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.Session;

/**
 * The fingerprint of everything a run depends on: the source (included files resolved),
 * the page's {@code file=} units, the attributes that change a run, the JDK's feature
 * version (25, not 25.0.3: a patch update does not re-run everything) and the runner's
 * own version. Not the prose around it, not its position, not its {@code output} block.
 */
public final class RecordKey {

    /** Bumped whenever the way examples are compiled, run or captured changes what a record holds. */
    public static final String RUNNER_VERSION = "1";

    private RecordKey() {
    }

    public static String of(Example example, List<Example> units, int jdkFeature) {
        StringBuilder in = new StringBuilder();
        field(in, "runner", RUNNER_VERSION);
        field(in, "jdk", Integer.toString(jdkFeature));
        field(in, "mode", example.mode().word());
        for (Attribute a : Attribute.values()) {
            a.keyValue(example.attrs()).ifPresent(value -> field(in, a.keyName(), value));
        }
        field(in, "source", source(example));
        for (Example unit : units) field(in, "unit " + unit.attrs().fileName().orElseThrow(), source(unit));
        return sha256(in.toString());
    }

    /**
     * The key of one block of a session. The session is recorded as one unit: every block's
     * key holds the whole program (each block's role and source) and the run its first block
     * describes, so editing any block runs the session again. A {@code fail} block's key holds
     * the program and its own source.
     */
    public static String ofSession(Session session, Example block, List<Example> units, int jdkFeature) {
        StringBuilder in = new StringBuilder();
        field(in, "runner", RUNNER_VERSION);
        field(in, "jdk", Integer.toString(jdkFeature));
        field(in, "session", session.name());
        for (Attribute a : Attribute.values()) {
            a.keyValue(session.first().attrs()).ifPresent(value -> field(in, a.keyName(), value));
        }
        List<Example> program = session.program();
        for (Example b : program) field(in, b.mode().word() + (b.attrs().crash() ? " crash" : ""), source(b));
        for (Example unit : units) field(in, "unit " + unit.attrs().fileName().orElseThrow(), source(unit));
        if (block.mode() == ExampleMode.FAIL) {
            field(in, "fail after", Long.toString(program.stream().filter(b -> b.pos().line() < block.pos().line()).count()));
            field(in, "fail", source(block));
        } else {
            field(in, "block", Integer.toString(program.indexOf(block)));
        }
        return sha256(in.toString());
    }

    /**
     * The key of an example another program runs ({@code python run}): the source, the
     * attributes that change a run, the interpreter's version ({@code 3.11}, or {@code 3.13t}
     * for a free-threaded build: a new Python runs its examples again, a patch release does
     * not, as with the JDK) and the runner's own version.
     *
     * @param interpreter the interpreter's version, or a word that no version is (nothing is reused then)
     */
    public static String of(Example example, String interpreter) {
        StringBuilder in = new StringBuilder();
        field(in, "runner", RUNNER_VERSION);
        field(in, example.language().word(), interpreter);
        field(in, "mode", example.mode().word());
        for (Attribute a : Attribute.values()) {
            if (a.appliesTo(example.language())) a.keyValue(example.attrs()).ifPresent(value -> field(in, a.keyName(), value));
        }
        field(in, "source", source(example));
        return sha256(in.toString());
    }

    private static String source(Example e) {
        StringBuilder sb = new StringBuilder();
        for (CodeLine line : e.code()) sb.append(line.text()).append('\n');
        return sb.toString();
    }

    private static void field(StringBuilder in, String name, String value) {
        in.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
