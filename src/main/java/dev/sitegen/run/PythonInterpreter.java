package dev.sitegen.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code python3} that runs {@code python run} blocks: the first on the build's PATH
 * that answers, asked once what it is.
 *
 * @param executable the interpreter itself ({@code sys.executable}), not a shim or link
 *                   in front of it, so that it runs in the examples' scrubbed environment
 * @param version    {@code major.minor} and the build's ABI flags: {@code 3.11}, or
 *                   {@code 3.13t} for a free-threaded build; what records are keyed by
 * @param stdlib     the folder of its standard library, which stack traces name
 */
public record PythonInterpreter(Path executable, String version, String stdlib) {

    /** The command authors and readers type, looked up on the PATH. */
    public static final String COMMAND = "python3";

    private static final String QUESTION = "import sys, sysconfig\n"
            + "print(sys.executable)\n"
            + "print('%d.%d%s' % (sys.version_info[0], sys.version_info[1], getattr(sys, 'abiflags', '')))\n"
            + "print(sysconfig.get_path('stdlib'))\n";

    /**
     * @param searchPath the build's PATH
     * @return the first {@code python3} on it that answers; empty when there is none
     */
    public static Optional<PythonInterpreter> find(String searchPath) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path candidate;
            try {
                candidate = Path.of(dir).resolve(COMMAND);
            } catch (InvalidPathException e) {
                continue;
            }
            if (!Files.isRegularFile(candidate) || !Files.isExecutable(candidate)) continue;
            Optional<PythonInterpreter> found = ask(candidate, searchPath);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Runs the candidate in the build's own environment: a version manager's shim needs it to choose its Python. */
    private static Optional<PythonInterpreter> ask(Path candidate, String searchPath) {
        try {
            ProcessBuilder builder = new ProcessBuilder(candidate.toString(), "-I", "-c", QUESTION)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().put("PATH", searchPath);
            Process p = builder.start();
            p.getOutputStream().close();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            byte[] out = p.getInputStream().readAllBytes(); // three short lines: they fit in the pipe until it exits
            List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
            if (p.exitValue() != 0 || lines.size() != 3 || !lines.get(1).matches("3\\.\\d+\\w*")) return Optional.empty();
            Path executable = lines.get(0).isBlank() ? candidate : Path.of(lines.get(0));
            return Optional.of(new PythonInterpreter(executable, lines.get(1), lines.get(2)));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
