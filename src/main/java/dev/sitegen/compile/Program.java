package dev.sitegen.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A compiled example, ready to launch.
 *
 * @param classPath its class directories: its own, then its page's units
 * @param mainClass the class to launch, or null when none has a {@code main} method
 * @param sourceMap how its stack frames map back to the markdown
 */
public record Program(List<Path> classPath, @Nullable String mainClass, SourceMap sourceMap) {

    public Program {
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }
}
