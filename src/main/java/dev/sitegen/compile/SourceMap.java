package dev.sitegen.compile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a running program's stack frames need to point back at the author's code: for
 * each compiled file name, which of the example's sources it is ({@link #EXAMPLE} for the
 * example itself, the unit's file name for a {@code file=} unit); the generated class
 * names with the names readers see instead; and, for a session's program, which block
 * and line each of its lines came from.
 */
public record SourceMap(Map<String, String> files, Map<String, String> renames, List<Ref> sessionLines) {

    /** The source name of the example's own code. */
    public static final String EXAMPLE = "";
    /** The source name of a session's block: {@code @} and the block's index in the program. */
    public static final String BLOCK = "@";

    /** A line of one of the example's sources. */
    public record Ref(String source, int line) {
    }

    public SourceMap {
        files = Map.copyOf(files);
        renames = Map.copyOf(renames);
        sessionLines = List.copyOf(sessionLines);
    }

    public SourceMap(Map<String, String> files, Map<String, String> renames) {
        this(files, renames, List.of());
    }

    /** Which source a compiled file name is, if it is one of the example's. */
    public Optional<String> source(String fileName) {
        return Optional.ofNullable(files.get(fileName));
    }

    /** Line {@code line} of the compiled file {@code fileName}, as a line of the author's source. */
    public Optional<Ref> locate(String fileName, int line) {
        Optional<String> source = source(fileName);
        if (source.isEmpty()) return Optional.empty();
        if (source.get().equals(BLOCK)) {
            return line >= 1 && line <= sessionLines.size() ? Optional.of(sessionLines.get(line - 1)) : Optional.empty();
        }
        return Optional.of(new Ref(source.get(), line));
    }
}
