package dev.sitegen.compile;

import java.util.Map;
import java.util.Optional;

/**
 * What a running program's stack frames need to point back at the author's code: for
 * each compiled file name, which of the example's sources it is ({@link #EXAMPLE} for the
 * example itself, the unit's file name for a {@code file=} unit); and the generated class
 * names with the names readers see instead.
 */
public record SourceMap(Map<String, String> files, Map<String, String> renames) {

    /** The source name of the example's own code. */
    public static final String EXAMPLE = "";

    public SourceMap {
        files = Map.copyOf(files);
        renames = Map.copyOf(renames);
    }

    /** Which source a compiled file name is, if it is one of the example's. */
    public Optional<String> source(String fileName) {
        return Optional.ofNullable(files.get(fileName));
    }
}
