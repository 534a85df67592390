package dev.sitegen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import dev.sitegen.Pipeline;
import dev.sitegen.config.Config;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.diag.SourceLines;
import dev.sitegen.diag.Style;

/**
 * {@code sitegen build|check --content=DIR ...}, as the pom calls it. One top-level catch
 * turns failures into exit codes: 1 when the content has problems, 2 when the command
 * line or directories are wrong, 3 for an internal error (its stack trace with
 * {@code -Dsitegen.verbose}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Optional<Path> marker = option(args, MARKER);
        marker.ifPresent(Main::deleteMarker);
        option(args, ARCHIVE).ifPresent(Main::dropStaleArchive);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // when Maven dies (killed, or its terminal closed), the build it started stops too:
        // exiting runs the shutdown hook that ends every example still running
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            out.println("sitegen: the process that started this build ended, so the build stops");
            System.exit(130);
        }));
        int code = run(args, Path.of("").toAbsolutePath(), System.getenv(), out, start);
        if (code != 0) marker.ifPresent(m -> writeMarker(m, code));
        System.exit(code);
    }

    /**
     * {@code --failure-marker=FILE}: the file is written when the build fails. Maven runs the
     * generator with every exit code accepted (its own failure report would add a stack
     * trace to the author's messages) and fails the build when the file exists.
     */
    private static final String MARKER = "--failure-marker=";

    /**
     * {@code --class-data-archive=FILE}: the JVM's class-data sharing archive the pom starts
     * the generator with ({@code -XX:+AutoCreateSharedArchive}). The JVM writes it at exit
     * when there is none, but ignores, and never rewrites, one made for an older jar; so an
     * archive older than the generator's jar is removed, for the next run to write afresh.
     */
    private static final String ARCHIVE = "--class-data-archive=";

    private static Optional<Path> option(String[] args, String prefix) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).findFirst().map(a -> Path.of(a.substring(prefix.length())));
    }

    private static void dropStaleArchive(Path archive) {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(archive) && Files.isRegularFile(jar)
                    && Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(archive)) > 0) {
                Files.delete(archive);
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // only a slower start next time
        }
    }

    private static void deleteMarker(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeMarker(Path marker, int code) {
        try {
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "the site build failed with exit code " + code + "; its problems were printed above\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one build.
     *
     * @param workingDir the directory relative paths and messages are relative to
     * @param env        the environment ({@code NO_COLOR}, {@code GITHUB_ACTIONS})
     * @param out        where the build reports
     * @param startNanos when the generator started, on {@link System#nanoTime()}'s clock
     * @return 0 when the build passed, 1 when the content has problems, 2 for a wrong
     *         command line, 3 for an internal error
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, PrintStream out, long startNanos) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose=true"));
        try {
            Config config = new ConfigLoader(env, workingDir)
                    .load(Arrays.stream(args).filter(a -> !a.startsWith(MARKER) && !a.startsWith(ARCHIVE)).toList());
            Terminal terminal = new Terminal(out, new Style(config.color()), config.githubActions(), new SourceLines(workingDir));
            BuildLock.Result lock = BuildLock.acquire(config.work().resolveSibling("build.lock"));
            if (lock.lock().isEmpty()) {
                out.println("error: another build" + (lock.holder().isEmpty() ? "" : " (pid " + lock.holder() + ")")
                        + " is running in this folder; wait for it to end, or stop it, then run this one again");
                return 2;
            }
            try (BuildLock held = lock.lock().get()) {
                // a folder of its own for this build; any other there is a killed build's, since we hold the lock
                WorkFolders.removeAllBut(config.work(), null);
                Path mine = config.work().resolve("build-" + ProcessHandle.current().pid());
                try {
                    return new Pipeline(config.withWork(mine), terminal).run(startNanos);
                } finally {
                    WorkFolders.removeAllBut(config.work(), null);
                }
            }
        } catch (ConfigException e) {
            out.println("error: " + e.getMessage().replace("\n", "\nerror: "));
            return 2;
        } catch (RuntimeException | Error e) {
            out.println("internal error: " + e + (verbose ? "" : "\n(run with -Dsitegen.verbose to see the stack trace)"));
            if (verbose) e.printStackTrace(out);
            return 3;
        }
    }
}
