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

    /** The JVM options that start an example from the cache, with the cache's own messages silenced. */
    public List<String> options() {
        return List.of("-XX:AOTCache=" + file, "-Xlog:aot*=off", "-Xlog:cds*=off");
    }

    /** The cache for this JDK and launcher, if it was made before. */
    public static Optional<AotCache> existing(Path javaHome, Path folder) {
        String key = key(javaHome);
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
            String key = key(javaHome);
            Path jar = folder.resolve("launcher-" + key + ".jar").toAbsolutePath();
            Path file = folder.resolve("examples-" + key + ".aot").toAbsolutePath();
            removeOthers(folder, key);
            if (!Files.isRegularFile(jar)) {
                Path tmp = folder.resolve("launcher-" + key + ".jar.tmp");
                Files.write(tmp, LauncherClasses.jar());
                Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Path making = folder.resolve("examples-" + key + ".aot.tmp").toAbsolutePath();
            Path log = folder.resolve("training.log");
            Process training = new ProcessBuilder(javaHome.resolve("bin").resolve("java").toString(),
                    "-XX:AOTCacheOutput=" + making, "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining",
                    "-cp", jar.toString(), Launcher.class.getName(), Training.class.getName())
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            live.started(training); // ended with the build, as an example is
            try {
                if (!training.waitFor(2, TimeUnit.MINUTES)) return Optional.empty();
            } finally {
                if (training.isAlive()) training.destroyForcibly().waitFor();
                live.ended(training);
            }
            if (training.exitValue() != 0 || !Files.isRegularFile(making)) return Optional.empty();
            Files.move(making, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new AotCache(jar, file));
        } catch (IOException e) {
            return Optional.empty(); // only a speed-up: the examples start without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A cache holds one JDK's classes, and the launcher's: both name it. */
    private static String key(Path javaHome) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(javaHome.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            Path release = javaHome.resolve("release");
            if (Files.isRegularFile(release)) sha.update(Files.readAllBytes(release));
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
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "{examples-*.aot,examples-*.aot.tmp,launcher-*.jar,launcher-*.jar.tmp}")) {
            for (Path f : files) {
                if (!f.getFileName().toString().contains(key)) Files.deleteIfExists(f);
            }
        }
    }
}
