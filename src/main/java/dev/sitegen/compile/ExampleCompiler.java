package dev.sitegen.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.tools.JavaFileObject;

import dev.sitegen.diag.LineIndex;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;

/**
 * Compiles examples in isolation, in as few javac tasks as isolation allows:
 * <ul>
 * <li>examples share a task when their top-level names do not meet (compact and wrapped
 *     examples always can: their implicit classes have generated names), one set of tasks
 *     per page that has {@code file=} units, one for all other pages;</li>
 * <li>a {@code fail} block, or an example that does not parse, compiles alone, with its page's units.</li>
 * </ul>
 * Sharing must be invisible, so the result of a shared task is kept only for an example that
 * compiled without error and used nothing another example of the task declares; any other
 * example compiles again alone, and its messages are those of that compile.
 */
public final class ExampleCompiler {

    /** Generated class names; replaced by {@code Main} wherever a reader could see them. */
    static final String GENERATED_PREFIX = "Main__";
    private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile("\\bMain__\\d+\\b");

    /** Examples per shared task: enough to amortise a task, few enough to keep javac's memory small on big sites. */
    static final int BATCH = 200;
    /**
     * Examples in the build's first shared task, when no program is ready before it: few, so
     * that their runs start while the rest compile.
     */
    static final int FIRST_BATCH = 8;

    private final Path classesRoot;
    /** Each example's generated name, unique in the build: its class name when compact, its class folder always. */
    private final Map<Example, String> names = new HashMap<>();
    private Consumer<CompileResult> ready = r -> {
    };
    private int handedOut;

    /** @param classesRoot where each example's classes are written, in a folder of its own */
    public ExampleCompiler(Path classesRoot) {
        this.classesRoot = classesRoot;
    }

    /** Removes generated class names from text a reader or author sees. */
    public static String withoutGeneratedNames(String text) {
        return GENERATED.matcher(text).replaceAll("Main");
    }

    /**
     * @param all    every example of the site in page order, {@code file=} units included (a page's
     *               units are needed even when its examples are not compiled, and messages point
     *               at declarations in other examples)
     * @param wanted which compiled examples ({@code run}, {@code compile}, {@code fail}) to compile
     */
    public Map<Example, CompileResult> compile(List<Example> all, Predicate<Example> wanted) {
        return compile(all, wanted, r -> {
        });
    }

    /**
     * As {@link #compile(List, Predicate)}, and hands each example that is not part of a
     * session to {@code ready} as soon as it has compiled for good, so that it can run while
     * the others compile. Results with errors are handed to no one: their messages are
     * completed at the end.
     */
    public Map<Example, CompileResult> compile(List<Example> all, Predicate<Example> wanted, Consumer<CompileResult> ready) {
        this.ready = ready;
        this.handedOut = 0;
        try {
            return compileAll(all, wanted);
        } finally {
            this.ready = r -> {
            };
        }
    }

    private Map<Example, CompileResult> compileAll(List<Example> all, Predicate<Example> wanted) {
        Map<Example, CompileResult> results = new LinkedHashMap<>();
        Map<String, List<Example>> pages = new LinkedHashMap<>();
        for (Example e : all) pages.computeIfAbsent(e.page(), p -> new ArrayList<>()).add(e);
        List<Example> wantedAll = all.stream().filter(e -> e.mode().isChecked() && wanted.test(e)).toList();
        if (wantedAll.isEmpty()) return results;
        List<Example> targets = wantedAll.stream().filter(e -> e.session().isEmpty()).toList();
        // a session compiles as a whole: all its blocks, when any of them is wanted
        Map<String, List<Example>> sessions = new LinkedHashMap<>();
        for (Example e : all) {
            if (e.session().isPresent() && e.mode().isChecked()) sessions.computeIfAbsent(e.page() + "\n" + e.session().get(), k -> new ArrayList<>()).add(e);
        }
        sessions.values().removeIf(blocks -> blocks.stream().noneMatch(wantedAll::contains));
        names.clear();
        for (int i = 0; i < targets.size(); i++) names.put(targets.get(i), GENERATED_PREFIX + (i + 1));

        Map<String, String> unitPages = new HashMap<>();
        pages.forEach((page, examples) -> {
            for (Example unit : units(examples)) unitPages.putIfAbsent(unit.attrs().fileName().orElseThrow().replace(".java", ""), page);
        });
        try (Javac javac = new Javac()) {
            SourcePreparer preparer = new SourcePreparer(javac);
            Map<Example, JavaSource> sources = preparer.prepare(targets, names);
            Map<Example, JavaSource> unitSources = preparer.units(all.stream().filter(e -> e.mode() == ExampleMode.FILE).toList());
            // examples of pages without units, with and without preview: one set of tasks each for the whole site
            Map<Boolean, List<Example>> withoutUnits = new LinkedHashMap<>(Map.of(false, new ArrayList<>(), true, new ArrayList<>()));
            for (var page : pages.entrySet()) {
                List<Example> mine = page.getValue().stream().filter(targets::contains).toList();
                if (mine.isEmpty()) continue;
                List<JavaSource> units = units(page.getValue()).stream().map(unitSources::get).toList();
                for (boolean preview : new boolean[] {false, true}) {
                    List<Example> shared = new ArrayList<>();
                    for (Example e : mine) {
                        if (e.attrs().preview() != preview) continue;
                        JavaSource s = sources.get(e);
                        if (mayShare(e, s, units)) shared.add(e);
                        else settle(results, compileAlone(javac, e, s, units));
                    }
                    if (units.isEmpty()) {
                        withoutUnits.get(preview).addAll(shared);
                    } else if (!shared.isEmpty()) {
                        Path unitDir = classesRoot.resolve("_units/" + page.getKey().replace('/', '-') + (preview ? "-preview" : ""));
                        compileInGroups(javac, shared, sources, units, unitDir, preview, results);
                    }
                }
            }
            withoutUnits.forEach((preview, shared) -> compileInGroups(javac, shared, sources, List.of(), null, preview, results));
            int[] generated = {targets.size()};
            for (List<Example> blocks : sessions.values()) {
                List<JavaSource> units = units(pages.get(blocks.getFirst().page())).stream().map(unitSources::get).toList();
                results.putAll(new SessionCompiler(javac, classesRoot).compile(blocks, units, () -> GENERATED_PREFIX + (++generated[0])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        results.replaceAll((e, r) -> withUnitHints(r, unitPages));
        results.replaceAll((e, r) -> r.errors().isEmpty() ? r : new CompileResult(e,
                r.errors().stream().map(m -> CompilerAdvice.declaredElsewhere(m, e, pages.get(e.page()))).toList(), r.program()));
        return results;
    }

    /** Keeps an example's final result, and hands it on at once when it compiled. */
    private void settle(Map<Example, CompileResult> results, CompileResult r) {
        results.put(r.example(), r);
        if (r.compiled()) {
            handedOut++;
            ready.accept(r);
        }
    }

    private static List<Example> units(List<Example> pageExamples) {
        return pageExamples.stream().filter(e -> e.mode() == ExampleMode.FILE).toList();
    }

    private static final java.util.regex.Pattern MISSING_CLASS = java.util.regex.Pattern.compile("symbol:\\s+class (\\w+)");

    /** A class javac cannot find may be a {@code file=} unit of another page: units are shared only within their page. */
    private static CompileResult withUnitHints(CompileResult r, Map<String, String> unitPages) {
        if (r.errors().isEmpty()) return r;
        List<CompilerMessage> errors = r.errors().stream().map(m -> {
            var matcher = MISSING_CLASS.matcher(m.detail());
            if (!m.message().startsWith("cannot find symbol") || !matcher.find()) return m;
            String page = unitPages.get(matcher.group(1));
            if (page == null || page.equals(r.example().page())) return m;
            return m.withHint("`" + matcher.group(1) + "` is a `file=" + matcher.group(1) + ".java` unit of " + page
                    + ", and units are shared only by the examples of their own page: declare it on this page too");
        }).toList();
        return new CompileResult(r.example(), errors, r.program());
    }

    /** Not the example's id: ids are checked for uniqueness, but a build with a duplicate still compiles both. */
    private Path classesOf(Example e) {
        return classesRoot.resolve(names.get(e));
    }

    static JavaSource unitSource(Example unit) {
        List<LineOrigin> lines = unit.code().stream().map(l -> new LineOrigin(l.origin(), 0)).toList();
        String name = unit.attrs().fileName().orElseThrow();
        return new JavaSource(name, unit.source(), lines, JavaSource.Kind.UNIT, null, name);
    }

    private CompileResult compileAlone(Javac javac, Example e, JavaSource source, List<JavaSource> units) {
        Path dir = clean(classesOf(e));
        Map<MemorySource, Path> outputs = new LinkedHashMap<>();
        MemorySource own = new MemorySource(source);
        outputs.put(own, dir);
        for (JavaSource unit : units) outputs.put(new MemorySource(unit), dir);
        var diagnostics = javac.compile(outputs, e.attrs().preview());
        Set<MemorySource> unitSources = new HashSet<>(outputs.keySet());
        unitSources.remove(own);
        List<CompilerMessage> unitErrors = errors(diagnostics, unitSources);
        // a broken unit is the cause: what it breaks in the example would only repeat it
        List<CompilerMessage> errors = unitErrors.isEmpty() ? errors(diagnostics, Set.of(own)) : unitErrors;
        return result(e, source, units, errors, List.of(dir));
    }

    /**
     * A {@code fail} block is meant to fail, so sharing would only compile it twice; a source that does not
     * parse would stop the others' analysis; one that declares a name of a unit clashes with it in any task.
     */
    private static boolean mayShare(Example e, JavaSource source, List<JavaSource> units) {
        return e.mode() != ExampleMode.FAIL && source.declared().parses() && units.stream().noneMatch(u -> u.declared().meets(source.declared()));
    }

    private void compileInGroups(Javac javac, List<Example> shared, Map<Example, JavaSource> sources, List<JavaSource> units,
                                 Path unitDir, boolean preview, Map<Example, CompileResult> results) {
        List<List<Example>> groups = TaskGroups.partition(shared, e -> sources.get(e).declared(), handedOut == 0 ? FIRST_BATCH : BATCH, BATCH);
        for (int i = 0; i < groups.size(); i++) {
            // each task writes the units into a folder of its own: a later task that fails must not empty an earlier one's
            Path groupUnits = unitDir == null ? null : unitDir.resolveSibling(unitDir.getFileName() + "-" + (i + 1));
            compileShared(javac, groups.get(i), sources, units, groupUnits, preview, results);
        }
    }

    private void compileShared(Javac javac, List<Example> members, Map<Example, JavaSource> sources, List<JavaSource> units,
                               Path unitDir, boolean preview, Map<Example, CompileResult> results) {
        Set<Example> remaining = new LinkedHashSet<>(members);
        while (!remaining.isEmpty()) {
            Map<MemorySource, Path> outputs = new LinkedHashMap<>();
            Map<MemorySource, Example> owners = new LinkedHashMap<>();
            for (Example e : remaining) {
                MemorySource s = new MemorySource(sources.get(e));
                outputs.put(s, clean(classesOf(e)));
                owners.put(s, e);
            }
            Set<MemorySource> unitSources = new HashSet<>();
            if (unitDir != null) {
                clean(unitDir);
                for (JavaSource unit : units) {
                    MemorySource s = new MemorySource(unit);
                    outputs.put(s, unitDir);
                    unitSources.add(s);
                }
            }
            Javac.Together task = javac.compileTogether(outputs, unitSources, preview);
            if (!java.util.Collections.disjoint(task.crossed(), unitSources)) {
                // a unit used an example's types: what the unit does without them, each example's own compile tells
                for (Example e : remaining) settle(results, compileAlone(javac, e, sources.get(e), units));
                return;
            }
            List<CompilerMessage> unitErrors = errors(task.diagnostics(), unitSources);
            if (!unitErrors.isEmpty()) {
                // every member needs the broken units, and they are the cause: what they break in an example would only repeat it
                for (Example e : remaining) results.put(e, result(e, sources.get(e), units, unitErrors, List.of()));
                return;
            }
            // an example that failed, or that used another's types, has another result on its own: that one counts
            Set<Example> alone = new LinkedHashSet<>();
            owners.forEach((s, e) -> {
                if (task.crossed().contains(s) || !errors(task.diagnostics(), Set.of(s)).isEmpty()) alone.add(e);
            });
            if (!task.generated() && alone.isEmpty()) alone.addAll(remaining); // an error no source owns: trust no one
            for (Example e : alone) settle(results, compileAlone(javac, e, sources.get(e), units));
            remaining.removeAll(alone);
            if (task.generated()) {
                for (Example e : remaining) {
                    List<Path> classPath = unitDir == null ? List.of(classesOf(e)) : List.of(classesOf(e), unitDir);
                    settle(results, result(e, sources.get(e), units, List.of(), classPath));
                }
                return;
            }
        }
    }

    private static CompileResult result(Example e, JavaSource source, List<JavaSource> units, List<CompilerMessage> errors, List<Path> classPath) {
        List<CompilerMessage> all = new ArrayList<>(errors);
        all.sort(Comparator.comparing((CompilerMessage m) -> m.pos().file()).thenComparingInt(m -> m.pos().line()).thenComparingInt(m -> m.pos().column()));
        all = CompilerAdvice.polish(all, source.kind() == JavaSource.Kind.COMPACT || source.kind() == JavaSource.Kind.WRAPPED);
        if (all.isEmpty() && e.mode() == ExampleMode.RUN && source.mainClass() == null) {
            all.add(new CompilerMessage(e.pos(), "no class in this example has a `main` method", "",
                    source.shownName() + ": error: no class has a main method\n",
                    "a `java run` example needs a `main` method; if it only declares types, mark it `java compile`,"
                            + " or make it a unit that the page's other examples use with `java file=Name.java`"));
        }
        if (!all.isEmpty()) return new CompileResult(e, all, Optional.empty());
        Map<String, String> files = new HashMap<>();
        for (JavaSource unit : units) files.put(unit.fileName(), unit.fileName());
        files.put(source.fileName(), SourceMap.EXAMPLE);
        Map<String, String> renames = source.generatedClass() == null ? Map.of() : Map.of(source.generatedClass(), "Main");
        return new CompileResult(e, List.of(), Optional.of(new Program(classPath, source.mainClass(), new SourceMap(files, renames))));
    }

    static List<CompilerMessage> errors(List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics, Set<MemorySource> of) {
        Map<java.net.URI, MemorySource> byUri = new HashMap<>();
        for (MemorySource s : of) byUri.put(s.toUri(), s);
        List<CompilerMessage> messages = new ArrayList<>();
        for (var d : diagnostics) {
            if (d.getKind() != javax.tools.Diagnostic.Kind.ERROR || d.getSource() == null) continue;
            MemorySource s = byUri.get(d.getSource().toUri());
            if (s != null) messages.add(message(s.source(), d));
        }
        return messages;
    }

    /** JDK package names, which javac on the command line leaves out of its messages. */
    private static final java.util.regex.Pattern JDK_PACKAGE = java.util.regex.Pattern.compile("\\b(?:java|javax|jdk)\\.(?:[a-z0-9_]+\\.)*(?=[A-Z])");

    static CompilerMessage message(JavaSource source, javax.tools.Diagnostic<? extends JavaFileObject> d) {
        String text = JDK_PACKAGE.matcher(withoutGeneratedNames(d.getMessage(Locale.ROOT))).replaceAll("");
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        String rest = nl < 0 ? "" : text.substring(nl + 1);
        int line;
        int column;
        if (d.getPosition() == javax.tools.Diagnostic.NOPOS) {
            line = 1;
            column = 1;
        } else {
            SourcePos p = new LineIndex(source.fileName(), source.text()).at((int) d.getPosition());
            line = p.line();
            column = p.column();
        }
        SourcePos pos = source.positionOf(line, column);
        LineOrigin origin = source.lines().get(Math.min(line, source.lines().size()) - 1);
        String generatedLine = source.textOfLine(line);
        String authorLine = generatedLine.substring(Math.min(origin.shift(), generatedLine.length()));
        int caret = Math.max(1, column - origin.shift());
        StringBuilder reader = new StringBuilder()
                .append(source.shownName()).append(':').append(line).append(": error: ").append(first).append('\n');
        if (!authorLine.isBlank()) {
            reader.append(authorLine).append('\n')
                    .append(dev.sitegen.diag.DiagnosticPrinter.caretLine(authorLine, Math.min(caret, authorLine.length() + 1), 1)).append('\n');
        }
        if (!rest.isEmpty()) reader.append(rest).append('\n');
        return new CompilerMessage(pos, first, rest, reader.toString());
    }

    static Path clean(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }
}
