package dev.sitegen.extract;

import java.util.List;
import java.util.Objects;

import dev.sitegen.diag.SourcePos;

/**
 * An {@code output} block: what a run must print.
 *
 * @param lines     the expected lines; {@code ...} is a wildcard
 * @param unordered {@code output unordered}: the same lines in any order
 * @param pos       the block's opening fence
 */
public record Expectation(List<String> lines, boolean unordered, SourcePos pos) {

    public Expectation {
        lines = List.copyOf(lines);
        Objects.requireNonNull(pos, "pos");
    }
}
