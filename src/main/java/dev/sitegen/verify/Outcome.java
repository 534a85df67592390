package dev.sitegen.verify;

import dev.sitegen.run.Evidence;
import java.util.List;
import java.util.Objects;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.extract.Example;

/**
 * The verdict on one example.
 *
 * @param example  the example
 * @param evidence what it did
 * @param problems why it failed; empty when it passed
 */
public record Outcome(Example example, Evidence evidence, List<Diagnostic> problems) {

    public Outcome {
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(evidence, "evidence");
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.stream().noneMatch(Diagnostic::isError);
    }
}
