package dev.sitegen.run;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.sitegen.compile.Program;
import dev.sitegen.extract.Attributes;
import dev.sitegen.run.launcher.Launcher;

/**
 * The command line and environment of an example's JVM: pure functions, no processes.
 * No tuning flags are added: they change what threading demos show.
 */
public final class JvmCommand {

    private JvmCommand() {
    }

    /**
     * @param launcherDir the directory holding the {@link Launcher}'s classes
     * @param tmpDir the example's {@code java.io.tmpdir}: a folder of the run's own, deleted after it,
     *               so temporary files an example forgets never pile up in the system's
     * @param setsid whether to start the JVM through {@code setsid}, in a process group of its own
     */
    public static List<String> of(Path javaHome, Path launcherDir, Program program, Attributes attrs, Path tmpDir, boolean setsid) {
        return of(javaHome, launcherDir, List.of(), program, attrs, tmpDir, setsid);
    }

    /**
     * @param launcher     the {@link Launcher}'s classes: a folder, or the jar an AOT cache was made with
     * @param startOptions the AOT cache's options, or none: they change how fast the JVM starts, never what it does
     */
    public static List<String> of(Path javaHome, Path launcher, List<String> startOptions, Program program, Attributes attrs, Path tmpDir,
                                  boolean setsid) {
        List<String> command = new ArrayList<>();
        if (setsid) command.add("setsid");
        command.add(javaHome.resolve("bin").resolve("java").toString());
        if (attrs.preview()) command.add("--enable-preview");
        command.add("-Djava.io.tmpdir=" + tmpDir);
        command.addAll(startOptions);
        command.addAll(attrs.jvmOptions());
        command.add("-cp");
        command.add(Stream.concat(Stream.of(launcher), program.classPath().stream()).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(Launcher.class.getName());
        command.add(program.mainClass());
        command.addAll(attrs.args());
        return command;
    }

    /** Only what a JVM needs, a UTF-8 locale (else non-ASCII output turns into {@code ?}), UTC, and the run's own temporary folder for the programs it starts. */
    public static Map<String, String> environment(Path javaHome, Path workDir, Path tmpDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", javaHome.resolve("bin") + File.pathSeparator + "/usr/local/bin:/usr/bin:/bin");
        env.put("JAVA_HOME", javaHome.toString());
        env.put("HOME", workDir.toString());
        env.put("TMPDIR", tmpDir.toString());
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        return env;
    }
}
