package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.diag.Suggestions;

/**
 * The grammar of a {@code java} block's info string:
 * <pre>
 * java [MODE] (FLAG | KEY=VALUE)*
 * MODE  = run | compile | fail
 * FLAG  = exclusive | preview
 * VALUE = bare word without spaces, or "double quoted" with \" \\ \n escapes
 * </pre>
 * Every word keeps its position so that a message can point at it.
 */
final class InfoString {

    static final List<String> MODES = List.of("run", "compile", "fail");
    static final List<String> FLAGS = Attribute.flags();
    static final List<String> KEYS = Attribute.keys();

    /** A word of the info string and where it starts. */
    record Word(String text, SourcePos pos) {
    }

    /** {@code key=value}; {@code value} has its quotes and escapes removed. */
    record Attr(Word key, String value, SourcePos valuePos, int valueLength) {
    }

    /**
     * The info string, split into its parts.
     *
     * @param clean whether every word could be read; when not (reported), the parts that
     *              could are still here, so that their own problems are reported too
     */
    record Parsed(Optional<Word> mode, List<Word> flags, Map<String, Attr> attrs, boolean clean) {
    }

    private InfoString() {
    }

    /**
     * @param info the text after {@code java}
     * @param pos  where {@code info} starts in the page
     * @return the parts; not {@link Parsed#clean()} when a word could not be read (reported)
     */
    static Parsed parse(String info, SourcePos pos, Reporter reporter) {
        Optional<Word> mode = Optional.empty();
        List<Word> flags = new ArrayList<>();
        Map<String, Attr> attrs = new LinkedHashMap<>();
        boolean ok = true;
        int i = 0;
        boolean first = true;
        while (i < info.length()) {
            char c = info.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < info.length() && !Character.isWhitespace(info.charAt(i)) && info.charAt(i) != '=') i++;
            String word = info.substring(start, i);
            SourcePos wordPos = pos.atColumn(pos.column() + start);
            if (i < info.length() && info.charAt(i) == '=') {
                i++;
                Optional<ValueEnd> value = readValue(info, i, pos, word, reporter);
                if (value.isEmpty()) return new Parsed(mode, flags, attrs, false); // the rest cannot be split reliably
                SourcePos valuePos = pos.atColumn(pos.column() + i);
                int valueLength = value.get().end() - i;
                i = value.get().end();
                if (word.isEmpty()) {
                    reporter.report(Diagnostic.error(wordPos, "`=` without a name before it")
                            .withHint("write attributes as `name=value`, e.g. `timeout=3s`"));
                    ok = false;
                } else if (FLAGS.contains(word)) {
                    reporter.report(Diagnostic.error(wordPos, "`" + word + "` is a flag and takes no value").withSpan(word.length())
                            .withHint("write `" + word + "` alone to turn it on, leave it out to keep it off; flags are "
                                    + String.join(", ", FLAGS.stream().map(f -> "`" + f + "`").toList())
                                    + "; attributes with a value are " + String.join(", ", KEYS.stream().map(k -> "`" + k + "=`").toList())));
                    ok = false;
                } else if (!KEYS.contains(word)) {
                    reporter.report(Diagnostic.error(wordPos, "unknown attribute `" + word + "`").withSpan(word.length())
                            .withHint(Suggestions.closest(word, KEYS).map(k -> "did you mean `" + k + "`?")
                                    .orElse("attributes with a value are " + String.join(", ", KEYS.stream().map(k -> "`" + k + "=`").toList())
                                            + "; flags, written alone, are " + String.join(", ", FLAGS.stream().map(f -> "`" + f + "`").toList()))));
                    ok = false;
                } else if (attrs.containsKey(word)) {
                    reporter.report(Diagnostic.error(wordPos, "`" + word + "` is given twice").withSpan(word.length())
                            .withHint("keep one `" + word + "=`; the first is at column " + attrs.get(word).key().pos().column()));
                    ok = false;
                } else {
                    attrs.put(word, new Attr(new Word(word, wordPos), value.get().value(), valuePos, valueLength));
                }
            } else if (MODES.contains(word)) {
                if (!first) {
                    reporter.report(Diagnostic.error(wordPos, "the mode `" + word + "` must come right after `java`").withSpan(word.length())
                            .withHint(mode.isPresent() ? "a block has one mode; keep `" + mode.get().text() + "` or `" + word + "`"
                                    : "write `java " + word + " ...`"));
                    ok = false;
                } else {
                    mode = Optional.of(new Word(word, wordPos));
                }
            } else if (FLAGS.contains(word)) {
                if (flags.stream().anyMatch(f -> f.text().equals(word))) {
                    reporter.report(Diagnostic.error(wordPos, "`" + word + "` is given twice").withSpan(word.length()).withHint("remove one"));
                    ok = false;
                } else {
                    flags.add(new Word(word, wordPos));
                }
            } else if (KEYS.contains(word)) {
                reporter.report(Diagnostic.error(wordPos, "`" + word + "` needs a value").withSpan(word.length())
                        .withHint("write `" + word + "=VALUE`"));
                ok = false;
            } else {
                List<String> candidates = new ArrayList<>(first ? MODES : List.of());
                candidates.addAll(FLAGS);
                boolean asMode = first && Suggestions.closest(word, MODES).isPresent();
                String what = asMode ? "mode" : first ? "mode or flag" : "flag";
                reporter.report(Diagnostic.error(wordPos, "unknown " + what + " `" + word + "`").withSpan(word.length())
                        .withHint(Suggestions.closest(word, candidates).or(() -> Suggestions.closest(word, KEYS).map(k -> k + "="))
                                .map(s -> "did you mean `" + s + "`?")
                                .orElse("modes are `run`, `compile`, `fail`; flags are `exclusive`, `preview`; attributes are written `name=value`")));
                ok = false;
            }
            first = false;
        }
        return new Parsed(mode, flags, attrs, ok);
    }

    private record ValueEnd(String value, int end) {
    }

    private static Optional<ValueEnd> readValue(String info, int start, SourcePos pos, String key, Reporter reporter) {
        if (start >= info.length() || Character.isWhitespace(info.charAt(start))) {
            reporter.report(Diagnostic.error(pos.atColumn(pos.column() + start - 1), "`" + key + "=` has no value")
                    .withHint("write a value right after `=`, or quote it: `" + key + "=\"...\"`"));
            return Optional.empty();
        }
        if (info.charAt(start) != '"') {
            int i = start;
            while (i < info.length() && !Character.isWhitespace(info.charAt(i))) {
                if (info.charAt(i) == '"') {
                    reporter.report(Diagnostic.error(pos.atColumn(pos.column() + i), "a quote inside the unquoted value of `" + key + "`")
                            .withHint("quote the whole value: `" + key + "=\"...\"`"));
                    return Optional.empty();
                }
                i++;
            }
            return Optional.of(new ValueEnd(info.substring(start, i), i));
        }
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < info.length()) {
            char c = info.charAt(i);
            if (c == '"') {
                int end = i + 1;
                if (end < info.length() && !Character.isWhitespace(info.charAt(end))) {
                    reporter.report(Diagnostic.error(pos.atColumn(pos.column() + end), "text right after the closing quote of `" + key + "`")
                            .withHint("put a space between attributes"));
                    return Optional.empty();
                }
                return Optional.of(new ValueEnd(value.toString(), end));
            }
            if (c == '\\') {
                if (i + 1 >= info.length()) break;
                char e = info.charAt(i + 1);
                switch (e) {
                    case '"' -> value.append('"');
                    case '\\' -> value.append('\\');
                    case 'n' -> value.append('\n');
                    default -> {
                        reporter.report(Diagnostic.error(pos.atColumn(pos.column() + i), "unknown escape `\\" + e + "` in the value of `" + key + "`")
                                .withSpan(2).withHint("inside quotes, only \\\" \\\\ and \\n are escapes; write \\\\ for a backslash"));
                        return Optional.empty();
                    }
                }
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        reporter.report(Diagnostic.error(pos.atColumn(pos.column() + start), "the quoted value of `" + key + "` is never closed")
                .withHint("add the closing `\"`"));
        return Optional.empty();
    }
}
