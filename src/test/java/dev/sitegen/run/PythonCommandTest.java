package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.extract.Attributes;

/** The command line and environment of a {@code python run} block, and the name its script gets. */
class PythonCommandTest {

    private static final PythonInterpreter PYTHON = new PythonInterpreter(Path.of("/opt/python/bin/python3.11"), "3.11", "/opt/python/lib/python3.11");
    private static final Path LAUNCHER = Path.of("/work/launcher/sitegen_launcher.py");
    private static final Path SCRIPT = Path.of("/work/scripts/7/python.py");

    @Test
    void theInterpreterRunsTheLauncherIsolatedWithTheScriptAndItsArguments() {
        Attributes attrs = new Attributes(Duration.ofSeconds(10), 0, false, 1, List.of("a", "b c"), "", List.of(), false, false,
                Optional.empty(), Optional.empty());
        assertEquals(List.of("/opt/python/bin/python3.11", "-I", LAUNCHER.toString(), SCRIPT.toString(), "a", "b c"),
                PythonCommand.of(PYTHON, LAUNCHER, SCRIPT, attrs, false));
        assertEquals("setsid", PythonCommand.of(PYTHON, LAUNCHER, SCRIPT, attrs, true).getFirst());
    }

    @Test
    void theEnvironmentIsScrubbedWithTheInterpretersFolderFirstOnThePath() {
        assertEquals(Map.of("PATH", "/opt/python/bin:/usr/local/bin:/usr/bin:/bin", "HOME", "/work/runs/7", "TMPDIR", "/work/tmp/7", "LANG", "C.UTF-8", "TZ", "UTC"),
                PythonCommand.environment(PYTHON, Path.of("/work/runs/7"), Path.of("/work/tmp/7")));
    }

    @Test
    void theScriptIsNamedAfterItsPage() {
        assertEquals("python.py", PythonCommand.scriptName("bridges/python.md"));
        assertEquals("index.py", PythonCommand.scriptName("index.md"));
        assertEquals("what-is-a-thread.py", PythonCommand.scriptName("threads/what-is-a-thread.md"));
        assertEquals("my_page.py", PythonCommand.scriptName("my page.md"));
    }
}
