package dev.sitegen.run;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sitegen.extract.Attributes;

/**
 * The command line and environment of a {@code python run} block's interpreter: pure
 * functions, no processes. The launcher script in front of the example's own keeps its
 * two output streams in one ordered stream, as the JVM's launcher does.
 */
public final class PythonCommand {

    private PythonCommand() {
    }

    /**
     * @param launcher the launcher script ({@link PythonLauncher})
     * @param script   the example's source, in a file named after its page
     * @param setsid   whether to start it through {@code setsid}, in a process group of its own
     */
    public static List<String> of(PythonInterpreter python, Path launcher, Path script, Attributes attrs, boolean setsid) {
        List<String> command = new ArrayList<>();
        if (setsid) command.add("setsid");
        command.add(python.executable().toString());
        // isolated mode: no PYTHON* variables, no user site-packages, no script folder on sys.path
        command.add("-I");
        command.add(launcher.toString());
        command.add(script.toString());
        command.addAll(attrs.args());
        return command;
    }

    /** What {@code python3 PAGE.py} would show in a stack trace for an example of {@code page}: {@code bridges/python.md} → {@code python.py}. */
    public static String scriptName(String page) {
        String file = page.substring(page.lastIndexOf('/') + 1);
        String stem = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
        String safe = stem.replaceAll("[^A-Za-z0-9_.-]", "_");
        return (safe.isEmpty() ? "example" : safe) + ".py";
    }

    /** The interpreter's folder and the system's on the PATH, a UTF-8 locale and UTC, as for a JVM. */
    public static Map<String, String> environment(PythonInterpreter python, Path workDir, Path tmpDir) {
        Map<String, String> env = new LinkedHashMap<>();
        Path bin = python.executable().getParent();
        env.put("PATH", (bin == null ? "" : bin + File.pathSeparator) + "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", workDir.toString());
        env.put("TMPDIR", tmpDir.toString()); // tempfile's first choice
        env.put("LANG", "C.UTF-8");
        env.put("TZ", "UTC");
        return env;
    }
}
