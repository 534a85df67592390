package dev.sitegen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** The builds' scratch folders: one per build, removed when it ends, and a killed build's at the next start. */
final class WorkFolders {

    private WorkFolders() {
    }

    /** Removes the folders under {@code work} except {@code keep}; what cannot be removed now is left for next time. */
    static void removeAllBut(Path work, @Nullable Path keep) {
        if (!Files.isDirectory(work)) return;
        try (Stream<Path> children = Files.list(work)) {
            for (Path child : children.filter(c -> !c.equals(keep)).toList()) {
                try (Stream<Path> walk = Files.walk(child)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // scratch space only: a leftover costs disk, never correctness
        }
    }
}
