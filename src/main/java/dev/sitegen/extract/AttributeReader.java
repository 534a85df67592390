package dev.sitegen.extract;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.load.FrontMatter;

/** Checks a parsed info string against its mode and turns it into typed {@link Attributes}. */
final class AttributeReader {

    private static final Pattern DURATION = Pattern.compile("(-?\\d+)(ms|s|m)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern JAVA_FILE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*\\.java");
    static final int MAX_RUNS = 1000;

    /** What an info string says, once checked. */
    record Read(ExampleMode mode, Attributes attrs, Optional<String> id) {
    }

    private final Reporter reporter;
    private final Language language;
    private boolean ok;

    AttributeReader(Reporter reporter) {
        this(reporter, Language.JAVA);
    }

    /** @param language the language of the blocks it reads: it decides which attributes they may carry */
    AttributeReader(Reporter reporter, Language language) {
        this.reporter = reporter;
        this.language = language;
    }

    /**
     * The mode and attributes, or empty when something is wrong (reported).
     *
     * @param pageSession the session the page's front matter names, if any
     */
    Optional<Read> read(InfoString.Parsed parsed, Optional<String> pageSession) {
        ok = true;
        var attrs = parsed.attrs();
        boolean isolated = parsed.flags().stream().anyMatch(f -> f.text().equals("isolated"));
        ExampleMode mode = parsed.mode().map(w -> ExampleMode.valueOf(w.text().toUpperCase(java.util.Locale.ROOT))).orElse(ExampleMode.SHOW);
        boolean modeOk = language == Language.JAVA || checkLanguageMode(parsed);
        if (attrs.containsKey("file") && language == Language.JAVA) {
            if (parsed.mode().isPresent()) {
                error(attrs.get("file").key(), "`file=` declares a unit shared by the page's examples and never run on its own, so it cannot be `"
                        + parsed.mode().get().text() + "`", "remove `" + parsed.mode().get().text() + "`, or remove `file=`");
            }
            mode = ExampleMode.FILE;
        }
        String modeWord = parsed.mode().map(InfoString.Word::text).orElse("");
        boolean inSession = mode.isChecked() && (attrs.containsKey("session") || pageSession.isPresent() && !isolated);
        if (parsed.clean() && modeOk) { // with an unreadable word (a misspelled mode, say) the mode is unknown: no more guessing
            for (InfoString.Attr attr : attrs.values()) if (inLanguage(attr.key())) checkApplies(attr.key(), mode, modeWord, inSession);
            for (InfoString.Word flag : parsed.flags()) if (inLanguage(flag)) checkApplies(flag, mode, modeWord, inSession);
            checkSession(parsed, mode, inSession, isolated, pageSession);
        }

        Duration timeout = Attributes.DEFAULT_TIMEOUT;
        int exit = 0;
        boolean expectTimeout = false;
        int runs = 1;
        List<String> args = List.of();
        String stdin = "";
        List<String> jvm = List.of();
        Optional<String> include = Optional.empty();
        Optional<String> fileName = Optional.empty();
        Optional<String> id = Optional.empty();
        Optional<String> session = Optional.empty();

        for (InfoString.Attr a : attrs.values()) {
            String v = a.value();
            switch (a.key().text()) {
                case "id" -> {
                    if (ID.matcher(v).matches()) id = Optional.of(v);
                    else valueError(a, "`id=" + v + "` is not a valid anchor name", "use letters, digits, `-`, `_` and `.`, starting with a letter or digit");
                }
                case "timeout" -> timeout = duration(a).orElse(timeout);
                case "exit" -> {
                    try {
                        exit = Integer.parseInt(v);
                        if (exit < 0 || exit > 255) throw new NumberFormatException();
                    } catch (NumberFormatException e) {
                        valueError(a, "`exit=" + v + "` is not an exit code", "write a whole number from 0 to 255; an uncaught exception in `main` exits with 1");
                    }
                }
                case "expect" -> {
                    if (v.equals("timeout")) expectTimeout = true;
                    else valueError(a, "`expect=" + v + "` is not something to expect", "the only value is `expect=timeout`, for a program that must still be running at its timeout");
                }
                case "runs" -> {
                    try {
                        runs = Integer.parseInt(v);
                        if (runs < 1 || runs > MAX_RUNS) throw new NumberFormatException();
                    } catch (NumberFormatException e) {
                        runs = 1;
                        valueError(a, "`runs=" + v + "` must be a whole number from 1 to " + MAX_RUNS, "write e.g. `runs=8` to run the example 8 times");
                    }
                }
                case "args" -> args = words(a).orElse(args);
                case "stdin" -> stdin = v;
                case "jvm" -> jvm = words(a).orElse(jvm);
                case "include" -> {
                    if (v.isBlank() || v.startsWith("/") || v.startsWith("#")) {
                        valueError(a, "`include=" + v + "` is not a path under the content directory", "write e.g. `include=examples/Counter.java` or `include=examples/Counter.java#region`");
                    } else {
                        include = Optional.of(v);
                    }
                }
                case "file" -> {
                    if (JAVA_FILE.matcher(v).matches()) fileName = Optional.of(v);
                    else valueError(a, "`file=" + v + "` is not a Java file name", "name the unit after its public class, e.g. `file=Counter.java`");
                }
                case "session" -> {
                    if (FrontMatter.SESSION_NAME.matcher(v).matches()) session = Optional.of(v);
                    else valueError(a, "`session=" + v + "` is not a session name", "use letters, digits, `-`, `_` and `.`, starting with a letter or digit, e.g. `session=orders`");
                }
                default -> throw new IllegalStateException("unchecked key " + a.key().text());
            }
        }
        boolean exclusive = parsed.flags().stream().anyMatch(f -> f.text().equals("exclusive"));
        boolean preview = parsed.flags().stream().anyMatch(f -> f.text().equals("preview"));
        boolean crash = parsed.flags().stream().anyMatch(f -> f.text().equals("crash"));

        if (expectTimeout && attrs.containsKey("runs")) {
            error(attrs.get("runs").key(), "`runs=` contradicts `expect=timeout`: a program that must hang is run once, until its timeout",
                    "remove `runs=`");
        }
        if (expectTimeout && attrs.containsKey("exit")) {
            error(attrs.get("exit").key(), "`exit=` contradicts `expect=timeout`: a program still running at its timeout is killed and has no exit code of its own",
                    "remove `exit=`");
        }
        if (!ok) return Optional.empty();
        return Optional.of(new Read(mode, new Attributes(timeout, exit, expectTimeout, runs, args, stdin, jvm, exclusive, preview, include, fileName,
                session, isolated, crash), id));
    }

    private void checkApplies(InfoString.Word word, ExampleMode mode, String modeWord, boolean inSession) {
        String name = word.text();
        Attribute attribute = Attribute.named(name).orElseThrow();
        boolean runOnly = attribute.applies() == Attribute.Applies.RUN;
        boolean applies = switch (attribute.applies()) {
            case ANY -> true;
            case RUN -> mode == ExampleMode.RUN
                    // a session's first block describes its run, whatever its mode (checked with the session)
                    || inSession && mode == ExampleMode.COMPILE && Attribute.SESSION_RUN.contains(attribute);
            case CHECKED -> mode != ExampleMode.SHOW;
        };
        if (mode == ExampleMode.FILE && (attribute == Attribute.SESSION || attribute == Attribute.ISOLATED)) {
            error(word, "a `file=` unit is shared by every example of its page, so it cannot " + (attribute == Attribute.SESSION ? "join a session" : "be isolated"),
                    "remove `" + name + (attribute.takesValue() ? "=`" : "`") + "; to share types within a session, declare them in a `java compile session=...` block");
            return;
        }
        // id= on a shown block or a unit is checked where ids are read
        if (applies || attribute == Attribute.ID) return;
        String shown = attribute.takesValue() ? "`" + name + "=`" : "`" + name + "`";
        if (mode == ExampleMode.FAIL) {
            error(word, shown + " contradicts `fail`: a `fail` block must not compile, so it never runs",
                    "remove " + shown + ", or make it a `java run` block that compiles");
        } else if (mode == ExampleMode.SHOW && language != Language.JAVA) {
            error(word, shown + " only applies to examples that are run", "write `" + language.word() + " run " + word.text() + "...`");
        } else if (mode == ExampleMode.SHOW) {
            error(word, shown + " only applies to examples that are compiled" + (runOnly ? " and run" : ""),
                    "write `java " + (runOnly ? "run" : "compile") + " " + word.text() + "...`");
        } else {
            error(word, shown + " only applies to `java run` blocks, and this one is `" + (modeWord.isEmpty() ? mode.word() : modeWord) + "`",
                    "remove " + shown + ", or make the block `java run`");
        }
    }


    /** The rules of sessions that one block can break on its own; those between blocks are checked with the session. */
    private void checkSession(InfoString.Parsed parsed, ExampleMode mode, boolean inSession, boolean isolated, Optional<String> pageSession) {
        var attrs = parsed.attrs();
        for (InfoString.Word flag : parsed.flags()) {
            if (flag.text().equals("isolated") && attrs.containsKey("session")) {
                error(flag, "`isolated` contradicts `session=`: a block is either in a session or on its own", "remove one of them");
            } else if (flag.text().equals("isolated") && pageSession.isEmpty() && mode.isChecked()) {
                error(flag, "`isolated` keeps a block out of the page's session, and this page sets none in its front matter",
                        "remove `isolated`: every block is on its own unless it joins a session");
            } else if (flag.text().equals("crash") && !inSession && mode == ExampleMode.RUN) {
                error(flag, "`crash` only applies to a block of a session, where the session goes on after it",
                        "to show an exception that ends a program on its own, declare its exit code: `java run exit=1`");
            }
        }
        if (!inSession) return;
        String name = attrs.containsKey("session") ? attrs.get("session").value() : pageSession.orElse("");
        for (String word : List.of("runs", "expect")) {
            if (!attrs.containsKey(word)) continue;
            error(attrs.get(word).key(), "`" + word + "=` is not allowed in a session: session `" + name + "` runs once, from its first block to its last",
                    word.equals("runs") ? "to run a block many times, keep it on its own: " + (attrs.containsKey("session") ? "remove `session=`" : "add `isolated`")
                            : "a program that must hang stays on its own: " + (attrs.containsKey("session") ? "remove `session=`" : "add `isolated`"));
        }
    }

    /** Only Java examples are compiled: a block in another language is run, or only shown. */
    private boolean checkLanguageMode(InfoString.Parsed parsed) {
        if (parsed.mode().isEmpty() || parsed.mode().get().text().equals("run")) return true;
        InfoString.Word mode = parsed.mode().get();
        error(mode, "`" + language.word() + " " + mode.text() + "`: only Java examples are compiled, so a `" + language.word()
                        + "` block is run (`" + language.word() + " run`) or only shown (`" + language.word() + "`)",
                "write `" + language.word() + " run` to run it, or make it a `java " + mode.text() + "` block");
        return false;
    }

    /** Whether a block in this language may carry the attribute; reported when it may not. */
    private boolean inLanguage(InfoString.Word word) {
        Attribute attribute = Attribute.named(word.text()).orElseThrow();
        if (attribute.appliesTo(language)) return true;
        String shown = attribute.takesValue() ? "`" + word.text() + "=`" : "`" + word.text() + "`";
        error(word, shown + " is for Java examples, and this block is `" + language.word() + "`",
                "remove " + shown + (attribute == Attribute.INCLUDE ? ", and write the " + language.title() + " code in the block" : "")
                        + "; a `" + language.word() + " run` block takes "
                        + String.join(", ", java.util.Arrays.stream(Attribute.values()).filter(a -> a.appliesTo(language))
                        .map(a -> a.takesValue() ? "`" + a.word() + "=`" : "`" + a.word() + "`").toList()));
        return false;
    }

    /** The longest timeout, however it is written ({@code 3600000ms}, {@code 3600s}, {@code 60m}). */
    static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    private Optional<Duration> duration(InfoString.Attr a) {
        Matcher m = DURATION.matcher(a.value());
        if (m.matches() && m.group(1).length() <= 9) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
            if (n > 0 && d.compareTo(MAX_TIMEOUT) <= 0) return Optional.of(d);
            if (n > 0) {
                valueError(a, "`timeout=" + a.value() + "` is longer than the longest timeout, one hour",
                        "an example that needs more than `timeout=60m` is too slow for a page; make it do less");
                return Optional.empty();
            }
        }
        valueError(a, "`timeout=" + a.value() + "` is not a positive duration", "write a whole number followed by `ms`, `s` or `m`, e.g. `timeout=500ms` or `timeout=3s`");
        return Optional.empty();
    }

    private Optional<List<String>> words(InfoString.Attr a) {
        Optional<List<String>> words = ShellWords.split(a.value());
        if (words.isEmpty()) valueError(a, "a quote in `" + a.key().text() + "=` is never closed", "close every ' and \" inside the value");
        return words;
    }

    private void valueError(InfoString.Attr a, String message, String hint) {
        reporter.report(Diagnostic.error(a.valuePos(), message).withSpan(a.valueLength()).withHint(hint));
        ok = false;
    }

    private void error(InfoString.Word word, String message, String hint) {
        reporter.report(Diagnostic.error(word.pos(), message).withSpan(word.text().length()).withHint(hint));
        ok = false;
    }
}
