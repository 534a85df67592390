package dev.sitegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The processes running on this machine, read from {@code /proc}, to prove that none was left behind. */
final class ProcessTable {

    private ProcessTable() {
    }

    /** {@code pid: command line} of every process whose command line holds {@code marker} (zombies have none). */
    static List<String> commandLinesWith(String marker) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                    if (cmd.contains(marker)) found.add(p.getFileName() + ": " + cmd);
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        }
        return found;
    }
}
