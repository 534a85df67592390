package dev.sitegen.record;

import java.util.List;
import java.util.Optional;

import dev.sitegen.compile.CompilerMessage;
import dev.sitegen.extract.Example;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.Provenance;
import dev.sitegen.run.RunResult;

/**
 * A recorded run of an example: the compiler's messages as readers see them (for
 * {@code fail} blocks) and the runs, frames still relative to the example's code, and
 * what produced them.
 */
public record Stored(List<String> compilerOutput, List<RunResult> runs, Optional<Provenance> provenance) {

    public Stored {
        compilerOutput = List.copyOf(compilerOutput);
        runs = List.copyOf(runs);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    public Stored(List<String> compilerOutput, List<RunResult> runs) {
        this(compilerOutput, runs, Optional.empty());
    }

    public static Stored of(Evidence evidence) {
        return new Stored(evidence.compileErrors().stream().map(CompilerMessage::readerText).toList(), evidence.runs(), evidence.provenance());
    }

    /** The evidence this record gives for {@code example}, marked as reused. */
    public Evidence evidenceFor(Example example) {
        List<CompilerMessage> errors = compilerOutput.stream()
                .map(text -> new CompilerMessage(example.pos(), firstLine(text), "", text)).toList();
        return new Evidence(errors, runs, true, provenance);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
