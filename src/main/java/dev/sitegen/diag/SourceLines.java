package dev.sitegen.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The lines of the author's files, read on demand, to quote them under a message. */
public final class SourceLines {

    private final Path base;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param base the directory display paths are relative to (the working directory) */
    public SourceLines(Path base) {
        this.base = base;
    }

    public Optional<String> line(String file, int line) {
        List<String> lines = cache.computeIfAbsent(file, this::read);
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }

    private List<String> read(String file) {
        try {
            return Files.readString(base.resolve(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
