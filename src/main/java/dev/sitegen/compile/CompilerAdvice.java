package dev.sitegen.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;

/**
 * Turns javac's messages into what an author of a page needs: javac's advice about its own
 * command line said as the info-string word that does it, a message repeated within one block
 * said once with a count, and, for a name javac cannot find, where on the page it is declared.
 */
final class CompilerAdvice {

    private static final Pattern ENABLE_PREVIEW = Pattern.compile("\\s*\\(use --enable-preview to enable [^)]*\\)");
    private static final Pattern MISSING = Pattern.compile("symbol:\\s+(variable|class|method) (\\w+)");
    private static final Pattern IMPLICIT_CLASS = Pattern.compile("location: class Main\\b");

    private CompilerAdvice() {
    }

    /** @param implicitClass whether the example's code is the body of a class the build named */
    static List<CompilerMessage> polish(List<CompilerMessage> messages, boolean implicitClass) {
        Map<String, List<CompilerMessage>> byText = new LinkedHashMap<>();
        for (CompilerMessage m : messages) {
            CompilerMessage p = preview(m);
            if (implicitClass) p = new CompilerMessage(p.pos(), p.message(), IMPLICIT_CLASS.matcher(p.detail()).replaceAll("location: this example"),
                    p.readerText(), p.hint());
            byText.computeIfAbsent(p.message() + "\n" + p.detail(), k -> new ArrayList<>()).add(p);
        }
        List<CompilerMessage> polished = new ArrayList<>();
        for (List<CompilerMessage> same : byText.values()) {
            CompilerMessage first = same.getFirst();
            if (same.size() > 1) {
                first = new CompilerMessage(first.pos(), first.message() + " (" + same.size() + " times in this block; the first is shown)",
                        first.detail(), first.readerText(), first.hint());
            }
            polished.add(first);
        }
        return polished;
    }

    private static CompilerMessage preview(CompilerMessage m) {
        if (!(m.message() + m.detail()).contains("--enable-preview")) return m;
        return new CompilerMessage(m.pos(), ENABLE_PREVIEW.matcher(m.message()).replaceAll(""), ENABLE_PREVIEW.matcher(m.detail()).replaceAll("").strip(),
                m.readerText(), "this uses a preview feature of Java " + Runtime.version().feature()
                + ": add the `preview` flag to the block (```java run preview)");
    }

    /**
     * For "cannot find symbol": where another example of the same page declares the name.
     * Examples are compiled alone, so a name declared in one is not visible in another.
     */
    static CompilerMessage declaredElsewhere(CompilerMessage m, Example example, List<Example> pageExamples) {
        if (!m.message().startsWith("cannot find symbol") || m.hint() != null) return m;
        Matcher missing = MISSING.matcher(m.detail());
        if (!missing.find()) return m;
        String kind = missing.group(1);
        String name = missing.group(2);
        for (Example other : pageExamples) {
            if (other == example) continue;
            Optional<CodeLine> at = declaration(other, kind, name);
            if (at.isPresent() && other.session().isPresent()) {
                Optional<String> hint = sessionHint(example, other, at.get(), name);
                if (hint.isEmpty()) continue;
                return m.withHint(hint.get());
            }
            if (at.isPresent()) {
                return m.withHint("`" + name + "` is declared in the example at line " + other.pos().line()
                        + " (line " + at.get().origin().line() + "), but every example is compiled on its own and sees only the JDK"
                        + " and the page's `file=` units: declare it in this example too, or move it into a `file=` unit");
            }
        }
        return m;
    }

    /** Where a name of a session is declared, and what would make it visible here; empty when it should be visible already. */
    private static Optional<String> sessionHint(Example example, Example other, CodeLine at, String name) {
        String session = other.session().orElseThrow();
        int line = at.origin().line();
        if (example.session().equals(other.session())) {
            if (other.pos().line() > example.pos().line()) {
                return Optional.of("`" + name + "` is declared later in session `" + session + "`, at line " + line
                        + ": a block sees the variables of the blocks before it, never those after");
            }
            if (other.attrs().crash()) {
                return Optional.of("`" + name + "` is declared in the `crash` block at line " + other.pos().line()
                        + ", and what a `crash` block declares ends with it");
            }
            return Optional.empty();
        }
        return Optional.of("`" + name + "` is declared at line " + line + ", in session `" + session + "`; "
                + (example.attrs().isolated() && example.attrs().session().isEmpty() ? "remove `isolated` from this block to join that session"
                : "add `session=" + session + "` to this block"));
    }

    private static Optional<CodeLine> declaration(Example e, String kind, String name) {
        String n = Pattern.quote(name);
        Pattern p = switch (kind) {
            case "class" -> Pattern.compile("\\b(?:class|record|interface|enum)\\s+" + n + "\\b");
            case "method" -> Pattern.compile("^\\s*(?:(?:public|private|protected|static|final|synchronized)\\s+)*[\\w<>\\[\\],. ?]+\\s+" + n + "\\s*\\(");
            default -> Pattern.compile("(?:^|[(;,{]|\\s)(?:final\\s+)?(?!(?:return|throw|new|else|case|yield)\\b)(?:var|[\\w.]+(?:<[^=;()]*>)?(?:\\[\\])*)\\s+" + n + "\\s*(?:=|;|:|,|\\))");
        };
        return e.code().stream().filter(l -> p.matcher(l.text()).find()).findFirst();
    }
}
