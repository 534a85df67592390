package dev.sitegen.compile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sitegen.extract.Example;

/**
 * What compiling one example gave.
 *
 * @param example the example
 * @param errors  the compiler's errors (in the example or in a unit it needs); empty when it compiled
 * @param program the compiled program; empty when it did not compile
 */
public record CompileResult(Example example, List<CompilerMessage> errors, Optional<Program> program) {

    public CompileResult {
        Objects.requireNonNull(example, "example");
        errors = List.copyOf(errors);
        Objects.requireNonNull(program, "program");
    }

    public boolean compiled() {
        return errors.isEmpty();
    }
}
