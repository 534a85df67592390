package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sitegen.compile.Program;
import dev.sitegen.compile.SourceMap;
import dev.sitegen.extract.Attributes;

class JvmCommandTest {

    private static final Path JAVA_HOME = Path.of("/opt/jdk-25");
    private static final Path LAUNCHER = Path.of("/project/target/work/launcher");
    private static final Program PROGRAM = new Program(List.of(Path.of("/project/target/work/classes/start-1"), Path.of("/project/target/work/classes/units")),
            "Main", new SourceMap(Map.of(), Map.of()));

    private static final Path TMP = Path.of("/project/target/work/tmp/1");
    private static final String TMPDIR = "-Djava.io.tmpdir=" + TMP;
    private static final String JAVA = JAVA_HOME.resolve("bin").resolve("java").toString();
    private static final String CLASS_PATH = String.join(File.pathSeparator, "/project/target/work/launcher", "/project/target/work/classes/start-1", "/project/target/work/classes/units");

    private static Attributes attrs(List<String> args, List<String> jvm, boolean preview) {
        return new Attributes(Duration.ofSeconds(10), 0, false, 1, args, "", jvm, false, preview, Optional.empty(), Optional.empty());
    }

    @Test
    void plainCommandRunsTheLauncherWithTheMainClass() {
        assertEquals(List.of(JAVA, TMPDIR, "-cp", CLASS_PATH, "dev.sitegen.run.launcher.Launcher", "Main"),
                JvmCommand.of(JAVA_HOME, LAUNCHER, PROGRAM, Attributes.DEFAULTS, TMP, false));
    }

    @Test
    void launcherDirectoryComesFirstOnTheClassPath() {
        List<String> command = JvmCommand.of(JAVA_HOME, LAUNCHER, PROGRAM, Attributes.DEFAULTS, TMP, false);
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertEquals(LAUNCHER.toString(), classPath.split(File.pathSeparator)[0]);
    }

    @Test
    void previewJvmOptionsArgsAndSetsidGoWhereTheyBelong() {
        List<String> command = JvmCommand.of(JAVA_HOME, LAUNCHER, PROGRAM,
                attrs(List.of("one", "two words"), List.of("-Xmx64m", "-Dk=v"), true), TMP, true);

        assertEquals(List.of("setsid", JAVA, "--enable-preview", TMPDIR, "-Xmx64m", "-Dk=v", "-cp", CLASS_PATH,
                "dev.sitegen.run.launcher.Launcher", "Main", "one", "two words"), command);
    }

    @Test
    void anAotCacheStartsTheJvmFromItsJarWithItsOptionsBeforeTheExamplesOwn() {
        Path jar = Path.of("/project/target/aot/launcher-1.jar");
        List<String> command = JvmCommand.of(JAVA_HOME, jar, List.of("-XX:AOTCache=/project/target/aot/examples-1.aot"), PROGRAM,
                attrs(List.of(), List.of("-Dk=v"), false), TMP, false);

        assertEquals(List.of(JAVA, TMPDIR, "-XX:AOTCache=/project/target/aot/examples-1.aot", "-Dk=v", "-cp",
                String.join(File.pathSeparator, jar.toString(), "/project/target/work/classes/start-1", "/project/target/work/classes/units"),
                "dev.sitegen.run.launcher.Launcher", "Main"), command);
    }

    @Test
    void noTuningFlagsAreAddedByDefault() {
        List<String> command = JvmCommand.of(JAVA_HOME, LAUNCHER, PROGRAM, Attributes.DEFAULTS, TMP, true);
        assertFalse(command.stream().anyMatch(a -> a.startsWith("-X") || a.startsWith("-XX") || a.equals("--enable-preview")), command.toString());
    }

    @Test
    void environmentHoldsOnlyWhatTheJvmNeedsWithUtf8AndUtc() {
        Path work = Path.of("/project/target/work/runs/start-1-1");
        Map<String, String> env = JvmCommand.environment(JAVA_HOME, work, TMP);

        assertEquals(Set.of("PATH", "JAVA_HOME", "HOME", "TMPDIR", "LANG", "TZ"), env.keySet());
        assertEquals(TMP.toString(), env.get("TMPDIR"));
        assertEquals("C.UTF-8", env.get("LANG"));
        assertEquals("UTC", env.get("TZ"));
        assertEquals(work.toString(), env.get("HOME"));
        assertEquals(JAVA_HOME.toString(), env.get("JAVA_HOME"));
        assertEquals(JAVA_HOME.resolve("bin").toString(), env.get("PATH").split(File.pathSeparator)[0]);
    }
}
