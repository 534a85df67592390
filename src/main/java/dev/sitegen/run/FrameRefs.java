package dev.sitegen.run;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stack frames in a run's output refer to the example's code by source and line, not by
 * markdown position, so that a recorded run stays right when the prose above the
 * example is edited. {@link #resolve} turns them into {@code page.md:LINE} at the
 * positions of the day.
 */
public final class FrameRefs {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern TOKEN = Pattern.compile(OPEN + "([^" + CLOSE + ":]*):(\\d+)" + CLOSE);

    private FrameRefs() {
    }

    /** The reference to line {@code line} of the source {@code source} ({@code ""} for the example itself). */
    static String token(String source, int line) {
        return OPEN + source + ":" + line + CLOSE;
    }

    /**
     * @param locate the text a reference becomes, from its source and line; empty to keep it unresolved
     */
    public static String resolve(String text, BiFunction<String, Integer, Optional<String>> locate) {
        if (text.indexOf(OPEN) < 0) return text;
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = locate.apply(m.group(1), Integer.parseInt(m.group(2))).orElse(m.group(1) + ":" + m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(sb).toString();
    }
}
