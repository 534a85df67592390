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
import java.util.function.Consumer;

import dev.sitegen.BuildResult;
import dev.sitegen.config.Config;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.ConfigLoader;
import dev.sitegen.diag.SourceLines;
import dev.sitegen.diag.Style;
import dev.sitegen.preview.PreviewServer;

/**
 * {@code sitegen build|check --content=DIR ...}, as the pom calls it. One top-level catch
 * turns failures into exit codes: 1 when the content has problems, 2 when the command
 * line or directories are wrong, 3 for an internal error (its stack trace with
 * {@code -Dsitegen.verbose}). With {@code --serve=true} the build is followed by the
 * preview ({@link PreviewServer}), which runs until Ctrl-C.
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
     * Runs one build (with {@code --serve=true}, the build and then the preview, until Ctrl-C).
     *
     * @param workingDir the directory relative paths and messages are relative to
     * @param env        the environment ({@code NO_COLOR}, {@code GITHUB_ACTIONS})
     * @param out        where the build reports
     * @param startNanos when the generator started, on {@link System#nanoTime()}'s clock
     * @return 0 when the build passed, 1 when the content has problems, 2 for a wrong
     *         command line, 3 for an internal error
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, PrintStream out, long startNanos) {
        return run(args, workingDir, env, out, startNanos, preview -> { });
    }

    /**
     * Runs one build, or with {@code --serve=true} the build and then the preview until it is
     * closed (by Ctrl-C, or by a test through {@code started}).
     *
     * @param started told of the preview once its first build is published
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, PrintStream out, long startNanos,
                          Consumer<PreviewServer> started) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose=true"));
        try {
            Config config = new ConfigLoader(env, workingDir)
                    .load(Arrays.stream(args).filter(a -> !a.startsWith(MARKER) && !a.startsWith(ARCHIVE)).toList());
            Terminal terminal = new Terminal(out, new Style(config.color()), config.githubActions(), new SourceLines(workingDir));
            Builds builds = new Builds(config, terminal, out);
            if (config.serve()) return serve(config, builds, out, startNanos, started);
            return builds.once(config, startNanos).map(BuildResult::exitCode).orElse(2);
        } catch (ConfigException e) {
            out.println("error: " + e.getMessage().replace("\n", "\nerror: "));
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException | Error e) {
            out.println("internal error: " + e + (verbose ? "" : "\n(run with -Dsitegen.verbose to see the stack trace)"));
            if (verbose) e.printStackTrace(out);
            return 3;
        }
    }

    /** The first build as {@code mvn site-gen} runs it, then the preview until it closes. */
    private static int serve(Config config, Builds builds, PrintStream out, long startNanos, Consumer<PreviewServer> started)
            throws InterruptedException {
        PreviewServer preview;
        try {
            preview = PreviewServer.open(config, builds::rebuild, out::println);
        } catch (IOException e) {
            out.println("error: cannot preview on 127.0.0.1:" + config.port() + ": " + e.getMessage()
                    + (e instanceof java.net.BindException ? "; stop what uses the port, or choose another with -Dsitegen.port (0 picks a free one)" : ""));
            return 2;
        }
        try (preview) {
            Optional<BuildResult> first = builds.once(config, startNanos);
            if (first.isEmpty()) return 2;
            preview.firstBuild(first.get());
            out.println("sitegen: previewing at " + preview.address() + " ; Ctrl-C stops");
            started.accept(preview);
            preview.awaitClose();
            return 0;
        }
    }
}
