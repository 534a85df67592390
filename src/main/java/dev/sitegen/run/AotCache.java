package dev.sitegen.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.sitegen.run.launcher.Launcher;
import dev.sitegen.run.launcher.Training;

/**
 * The examples' shared AOT cache (JEP 483): the JDK classes that threading examples load,
 * parsed and linked once, so that every example's JVM starts with less work. It is made by
 * running {@link Training} through the launcher, kept in a folder that outlives builds, and
 * made again when the JDK or the launcher changes. It holds no method profiles
 * ({@code -XX:-AOTRecordTraining}, JEP 515): which methods the JIT compiles, and when, stays
 * each example's own doing, so a demo such as a hoisted spin loop behaves as without it.
 *
 * @param launcher the launcher's classes in a jar: a cache accepts no class-path folder that holds classes
 * @param file     the cache, made with {@code launcher} first on the class path, as every example's JVM has it
 */
public record AotCache(Path launcher, Path file) {

    /**
     * The JVM options that start an example from the cache, with the cache's own messages
     * silenced: a cache the JVM refuses (it checks the JDK and the class path) is only slower.
     */
    public List<String> options() {
        return List.of("-XX:AOTCache=" + file, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    /** The cache for this JDK and launcher, if it was made before. */
    public static Optional<AotCache> existing(Path javaHome, Path folder) {
        String key = key(javaHome, folder);
        AotCache cache = new AotCache(folder.resolve("launcher-" + key + ".jar"), folder.resolve("examples-" + key + ".aot"));
        return Files.isRegularFile(cache.file()) && Files.isRegularFile(cache.launcher()) ? Optional.of(cache) : Optional.empty();
    }

    /**
     * The cache for this JDK and launcher, made now if it is missing; empty when it cannot be
     * made (a JDK before 25, say): the examples then start without one, as they would anyway.
     */
    static Optional<AotCache> ensure(Path javaHome, Path folder, LiveProcesses live) {
        Optional<AotCache> existing = existing(javaHome, folder);
        if (existing.isPresent()) return existing;
        try {
            Files.createDirectories(folder);
            String key = key(javaHome, folder);
            Path jar = folder.resolve("launcher-" + key + ".jar").toAbsolutePath();
            Path file = folder.resolve("examples-" + key + ".aot").toAbsolutePath();
            removeOthers(folder, key);
            if (!Files.isRegularFile(jar)) {
                Path tmp = folder.resolve("launcher-" + key + ".jar.tmp");
                Files.write(tmp, LauncherClasses.jar());
                Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Path making = folder.resolve("examples-" + key + ".aot.tmp").toAbsolutePath();
            String launcher = Launcher.class.getName();
            String training = Training.class.getName();
            if (!java(javaHome, folder, live, "training.log", "-XX:AOTCacheOutput=" + making, "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:-AOTRecordTraining", "-cp", jar.toString(), launcher, training) || !Files.isRegularFile(making)) {
                return Optional.empty();
            }
            // a cache the JVM cannot use is an error with AOTMode=on: such a cache is never kept
            if (!java(javaHome, folder, live, "check.log", "-XX:AOTCache=" + making, "-XX:AOTMode=on", "-cp", jar.toString(), launcher, training)) {
                Files.deleteIfExists(making);
                return Optional.empty();
            }
            Files.move(making, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new AotCache(jar, file));
        } catch (IOException e) {
            return Optional.empty(); // only a speed-up: the examples start without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Runs a JVM of the JDK in {@code folder} with the examples' environment (none of the build's
     * {@code JAVA_TOOL_OPTIONS}), its output in {@code logName}; true when it exited with 0.
     * It and any JVM it starts end with the build, as an example does.
     */
    private static boolean java(Path javaHome, Path folder, LiveProcesses live, String logName, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve(logName).toFile());
        builder.environment().clear();
        builder.environment().putAll(JvmCommand.environment(javaHome, folder, folder));
        Process process = builder.start();
        live.started(process);
        try {
            return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly); // making a cache starts a second JVM
                process.destroyForcibly().waitFor();
            }
            live.ended(process);
        }
    }

    /**
     * A cache holds one JDK's classes and the launcher's, and names the paths it was made with:
     * all of them name it, so a JDK updated in place, another launcher or a moved project gets
     * a cache of its own instead of one its JVMs would silently refuse.
     */
    private static String key(Path javaHome, Path folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(javaHome.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            Path release = javaHome.resolve("release");
            if (Files.isRegularFile(release)) sha.update(Files.readAllBytes(release));
            Path modules = javaHome.resolve("lib").resolve("modules");
            if (Files.isRegularFile(modules)) {
                sha.update((Files.size(modules) + "@" + Files.getLastModifiedTime(modules).toMillis()).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(LauncherClasses.jar());
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Caches and jars of an earlier JDK or launcher: this folder holds only what the generator wrote. */
    private static void removeOthers(Path folder, String key) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "{examples-*,launcher-*}")) {
            for (Path f : files) {
                if (!f.getFileName().toString().contains(key)) Files.deleteIfExists(f);
            }
        }
    }
}
