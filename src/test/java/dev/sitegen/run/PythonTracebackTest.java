package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Tracebacks of a {@code python run} block speak of the markdown and name no folder of the machine that ran it. */
class PythonTracebackTest {

    private static final PythonTraceback MAPPER = new PythonTraceback(Path.of("/work/scripts/3/races.py"),
            Path.of("/work/launcher/sitegen_launcher.py"), "/usr/lib/python3.11");

    /** The text as a page shows it when the block's first line is line 40 of sharing/races.md. */
    private static String shown(String printed) {
        return FrameRefs.resolve(MAPPER.apply(printed), (source, line) -> Optional.of("sharing/races.md:" + (39 + line)));
    }

    @Test
    void framesInTheScriptPointAtTheMarkdownLine() {
        assertEquals("""
                Traceback (most recent call last):
                  File "sharing/races.md:45", in <module>
                    main()
                  File "sharing/races.md:42", in main
                    raise ValueError("x")
                ValueError: x
                """, shown("""
                Traceback (most recent call last):
                  File "/work/scripts/3/races.py", line 6, in <module>
                    main()
                  File "/work/scripts/3/races.py", line 3, in main
                    raise ValueError("x")
                ValueError: x
                """));
    }

    @Test
    void aSyntaxErrorAndAWarningPointThereToo() {
        assertEquals("  File \"sharing/races.md:40\"\n", shown("  File \"/work/scripts/3/races.py\", line 1\n"));
        assertEquals("sharing/races.md:41: DeprecationWarning: old\n", shown("/work/scripts/3/races.py:2: DeprecationWarning: old\n"));
    }

    @Test
    void theStandardLibraryTheLauncherAndOtherMentionsOfTheScriptNameNoFolder() {
        assertEquals("  File \"<stdlib>/threading.py\", line 1045, in _bootstrap_inner\n",
                shown("  File \"/usr/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner\n"));
        assertEquals("  File \"<sitegen>\", line 80, in _run\n", shown("  File \"/work/launcher/sitegen_launcher.py\", line 80, in _run\n"));
        assertEquals("running races.py\n", shown("running /work/scripts/3/races.py\n"));
    }

    @Test
    void textWithoutPathsIsLeftAsItIs() {
        assertEquals("File \"other.py\", line 3\n", shown("File \"other.py\", line 3\n"));
    }
}
