package dev.sitegen.run;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sitegen.compile.SourceMap;

/**
 * Rewrites what a program printed so that it speaks of the author's code: stack frames
 * {@code (Main__3.java:5)} become references to line 5 of the example (see
 * {@link FrameRefs}), generated class names become {@code Main}.
 */
final class OutputMapper {

    private static final Pattern FRAME = Pattern.compile("\\(([A-Za-z_$][A-Za-z0-9_$]*\\.java):(\\d+)\\)");

    private final SourceMap map;

    OutputMapper(SourceMap map) {
        this.map = map;
    }

    String apply(String text) {
        Matcher m = FRAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = map.locate(m.group(1), Integer.parseInt(m.group(2)))
                    .map(ref -> "(" + FrameRefs.token(ref.source(), ref.line()) + ")")
                    .orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        String result = sb.toString();
        for (Map.Entry<String, String> rename : map.renames().entrySet()) {
            result = result.replaceAll("\\b" + Pattern.quote(rename.getKey()) + "\\b", Matcher.quoteReplacement(rename.getValue()));
        }
        return result;
    }
}
