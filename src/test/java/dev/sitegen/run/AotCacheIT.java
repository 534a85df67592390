package dev.sitegen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.run.launcher.Launcher;

/** The examples' AOT cache, made with the real JDK and used by real JVMs. */
class AotCacheIT {

    @TempDir
    Path dir;

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void theCacheIsMadeOnceAndAnExampleStartsFromItPrintingWhatItPrintsWithout() throws Exception {
        Path folder = dir.resolve("aot");
        Optional<AotCache> made;
        try (LiveProcesses live = new LiveProcesses(false)) {
            made = AotCache.ensure(JAVA_HOME, folder, live);
        }
        assertThat(made).as(() -> read(folder.resolve("training.log"))).isPresent();
        AotCache cache = made.get();
        FileTime madeAt = Files.getLastModifiedTime(cache.file());
        assertThat(AotCache.existing(JAVA_HOME, folder)).contains(cache);
        try (LiveProcesses live = new LiveProcesses(false)) {
            assertThat(AotCache.ensure(JAVA_HOME, folder, live)).contains(cache);
        }
        assertThat(Files.getLastModifiedTime(cache.file())).isEqualTo(madeAt);

        Path classes = compile("""
                public class Demo {
                    public static void main(String[] args) throws Exception {
                        Thread t = Thread.ofPlatform().start(() -> System.out.println("from a thread"));
                        t.join();
                        System.out.println(String.join(",", args));
                    }
                }
                """);
        List<String> plain = List.of("-cp", cache.launcher() + ":" + classes, Launcher.class.getName(), "Demo", "a", "b");
        List<String> fromCache = new ArrayList<>(cache.options());
        fromCache.add("-XX:AOTMode=on"); // an unusable cache is then an error instead of a silent start without it
        fromCache.addAll(plain);

        String without = java(plain);
        String with = java(fromCache);

        assertThat(without).contains("from a thread").contains("a,b");
        assertThat(with).isEqualTo(without);
    }

    @Test
    void aFolderWithoutOneHasNoCache() {
        assertThat(AotCache.existing(JAVA_HOME, dir.resolve("empty"))).isEmpty();
    }

    private Path compile(String source) throws IOException {
        Path src = dir.resolve("src/Demo.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString());
        assertThat(code).isZero();
        return out;
    }

    private String java(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }
}
