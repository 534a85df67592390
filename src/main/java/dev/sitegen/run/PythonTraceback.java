package dev.sitegen.run;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites what a Python program printed so that it speaks of the author's code and names
 * no folder of this machine: {@code File "/tmp/.../python.py", line 5} in a traceback and
 * {@code /tmp/.../python.py:5:} in a warning become references to line 5 of the example
 * (see {@link FrameRefs}), which a page shows as {@code File "bridges/python.md:42"}; any
 * other mention of the script is its name ({@code python.py}), of the launcher
 * {@code <sitegen>}, and the standard library's folder is {@code <stdlib>}.
 */
final class PythonTraceback {

    private final String script;
    private final String scriptName;
    private final String launcher;
    private final String stdlib;
    private final Pattern frame;
    private final Pattern warning;

    /**
     * @param script   the file the example's source was written to
     * @param launcher the launcher script in front of it
     * @param stdlib   the folder of the interpreter's standard library
     */
    PythonTraceback(Path script, Path launcher, String stdlib) {
        this.script = script.toString();
        this.scriptName = String.valueOf(script.getFileName());
        this.launcher = launcher.toString();
        this.stdlib = stdlib;
        this.frame = Pattern.compile("File \"" + Pattern.quote(this.script) + "\", line (\\d+)");
        this.warning = Pattern.compile(Pattern.quote(this.script) + ":(\\d+):");
    }

    String apply(String text) {
        if (!text.contains(script) && !text.contains(launcher) && (stdlib.isEmpty() || !text.contains(stdlib))) return text;
        String result = replace(frame, text, line -> "File \"" + FrameRefs.token("", line) + "\"");
        result = replace(warning, result, line -> FrameRefs.token("", line) + ":");
        result = result.replace(script, scriptName).replace(launcher, "<sitegen>");
        return stdlib.isEmpty() ? result : result.replace(stdlib + "/", "<stdlib>/");
    }

    private static String replace(Pattern pattern, String text, java.util.function.IntFunction<String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(Integer.parseInt(m.group(1)))));
        return m.appendTail(sb).toString();
    }
}
