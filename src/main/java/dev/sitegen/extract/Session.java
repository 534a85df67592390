package dev.sitegen.extract;

import java.util.List;
import java.util.Objects;

/**
 * The blocks of one page that share {@code session=NAME}: one program, read top to bottom,
 * run once.
 *
 * @param page   the page's path
 * @param name   the session's name
 * @param blocks its blocks in page order, {@code fail} blocks included
 */
public record Session(String page, String name, List<Example> blocks) {

    public Session {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(name, "name");
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) throw new IllegalArgumentException("a session has blocks");
    }

    /** The blocks that make up the program: {@code run} and {@code compile}; a {@code fail} block is not part of it. */
    public List<Example> program() {
        return blocks.stream().filter(b -> b.mode() != ExampleMode.FAIL).toList();
    }

    /** The block whose attributes describe the session's run. */
    public Example first() {
        List<Example> program = program();
        return program.isEmpty() ? blocks.getFirst() : program.getFirst();
    }

    /** Whether the program has a block to run. */
    public boolean runs() {
        return blocks.stream().anyMatch(b -> b.mode() == ExampleMode.RUN);
    }
}
