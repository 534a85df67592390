package dev.sitegen.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.Modifier;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;

import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;

/**
 * Decides how each example becomes a compilation unit. Rule: if the block parses as a
 * compilation unit it is used as written (a compact source file, or ordinary top-level
 * types); otherwise it is wrapped in {@code void main() throws Exception { ... }} with its
 * leading imports kept. All parsing happens in one javac task.
 */
final class SourcePreparer {

    static final String WRAP_HEADER = "void main() throws Exception { ";

    private final Javac javac;

    SourcePreparer(Javac javac) {
        this.javac = javac;
    }

    /** @param names the generated class name of each example */
    Map<Example, JavaSource> prepare(List<Example> examples, Map<Example, String> names) {
        Map<Example, JavaSource> asWritten = new HashMap<>();
        for (Example e : examples) asWritten.put(e, asWritten(e, names.get(e)));
        Map<JavaSource, Parse> parsed = parse(asWritten.values());

        Map<Example, JavaSource> result = new HashMap<>();
        Map<Example, JavaSource> wrapped = new HashMap<>();
        for (Example e : examples) {
            JavaSource source = asWritten.get(e);
            Parse parse = parsed.get(source);
            if (parse.errorOffset().isEmpty() && !parse.onlyFields()) {
                result.put(e, classify(source, parse));
            } else {
                wrapped.put(e, wrap(e, names.get(e)));
            }
        }
        Map<JavaSource, Parse> wrappedParsed = parse(wrapped.values());
        for (var entry : wrapped.entrySet()) {
            Example e = entry.getKey();
            JavaSource w = entry.getValue();
            JavaSource written = asWritten.get(e);
            Parse asWrittenParse = parsed.get(written);
            Parse wrappedParse = wrappedParsed.get(w);
            boolean useWritten = wrappedParse.errorOffset().isPresent() && asWrittenParse.errorOffset().isPresent()
                    && asWrittenParse.errorOffset().get() >= wrappedParse.errorOffset().get() - WRAP_HEADER.length();
            result.put(e, useWritten ? classify(written, asWrittenParse) : w.withDeclared(declared(wrappedParse)));
        }
        return result;
    }

    /** The page's {@code file=} units as javac sees them, with the names each declares. */
    Map<Example, JavaSource> units(List<Example> units) {
        Map<Example, JavaSource> sources = new HashMap<>();
        for (Example unit : units) sources.put(unit, ExampleCompiler.unitSource(unit));
        Map<JavaSource, Parse> parsed = parse(sources.values());
        sources.replaceAll((unit, source) -> source.withDeclared(declared(parsed.get(source))));
        return sources;
    }

    private static Declared declared(Parse parse) {
        List<String> names = parse.typeDecls().stream().filter(t -> t instanceof ClassTree).map(t -> ((ClassTree) t).getSimpleName().toString()).toList();
        String packageName = parse.packagePrefix().isEmpty() ? "" : parse.packagePrefix().substring(0, parse.packagePrefix().length() - 1);
        return Declared.of(packageName, names, parse.errorOffset().isEmpty());
    }

    /** What one parse found. */
    private record Parse(Optional<Long> errorOffset, List<? extends Tree> typeDecls, String generatedName, boolean onlyFields,
                         String packagePrefix) {
    }

    private Map<JavaSource, Parse> parse(java.util.Collection<JavaSource> all) {
        Map<JavaSource, Parse> result = new HashMap<>();
        List<JavaSource> list = List.copyOf(all);
        for (int from = 0; from < list.size(); from += ExampleCompiler.BATCH) {
            result.putAll(parseBatch(list.subList(from, Math.min(list.size(), from + ExampleCompiler.BATCH))));
        }
        return result;
    }

    private Map<JavaSource, Parse> parseBatch(List<JavaSource> sources) {
        Map<JavaSource, Parse> result = new HashMap<>();
        Map<java.net.URI, JavaSource> bySource = new HashMap<>();
        List<JavaFileObject> files = new ArrayList<>();
        for (JavaSource s : sources) {
            MemorySource file = new MemorySource(s);
            files.add(file);
            bySource.put(file.toUri(), s);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = javac.parseTask(files, diagnostics);
        Iterable<? extends CompilationUnitTree> units;
        try {
            units = task.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<java.net.URI, Long> firstError = new HashMap<>();
        for (var d : diagnostics.getDiagnostics()) {
            if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR && d.getSource() != null) {
                firstError.merge(d.getSource().toUri(), Math.max(0, d.getPosition()), Math::min);
            }
        }
        for (CompilationUnitTree unit : units) {
            JavaSource s = bySource.get(unit.getSourceFile().toUri());
            String generated = s.fileName().substring(0, s.fileName().length() - ".java".length());
            boolean onlyFields = unit.getTypeDecls().isEmpty(); // comments, imports or nothing: statements to wrap
            if (unit.getTypeDecls().size() == 1 && unit.getTypeDecls().getFirst() instanceof ClassTree c
                    && c.getSimpleName().contentEquals(generated)) {
                onlyFields = c.getMembers().stream().noneMatch(m -> m instanceof MethodTree || m instanceof ClassTree);
            }
            result.put(s, new Parse(Optional.ofNullable(firstError.get(unit.getSourceFile().toUri())), unit.getTypeDecls(), generated, onlyFields,
                    unit.getPackageName() == null ? "" : unit.getPackageName() + "."));
        }
        return result;
    }

    private static JavaSource classify(JavaSource source, Parse parse) {
        List<ClassTree> types = parse.typeDecls().stream().filter(t -> t instanceof ClassTree).map(t -> (ClassTree) t).toList();
        if (types.size() == 1 && types.getFirst().getSimpleName().contentEquals(parse.generatedName())) {
            return new JavaSource(source.fileName(), source.text(), source.lines(), JavaSource.Kind.COMPACT, parse.generatedName(), "Main.java",
                    declared(parse));
        }
        String main = null;
        String publicType = null;
        for (ClassTree type : types) {
            Set<Modifier> flags = type.getModifiers().getFlags();
            if (publicType == null && flags.contains(Modifier.PUBLIC)) publicType = type.getSimpleName().toString();
            boolean hasMain = type.getMembers().stream().anyMatch(m -> m instanceof MethodTree method && method.getName().contentEquals("main"));
            if (hasMain && (main == null || flags.contains(Modifier.PUBLIC))) main = type.getSimpleName().toString();
        }
        String fileName = (publicType != null ? publicType : main != null ? main : parse.generatedName()) + ".java";
        // the JVM loads a class by its binary name: a `package` line is part of it
        String binaryMain = main == null ? null : parse.packagePrefix() + main;
        return new JavaSource(fileName, source.text(), source.lines(), JavaSource.Kind.ORDINARY, binaryMain, fileName, declared(parse));
    }

    static JavaSource asWritten(Example e, String name) {
        List<LineOrigin> lines = new ArrayList<>();
        for (CodeLine line : e.code()) lines.add(new LineOrigin(line.origin(), 0));
        return new JavaSource(name + ".java", e.source(), lines, JavaSource.Kind.COMPACT, name, "Main.java");
    }

    /** Imports stay on top; the first other line gets the header, a last line closes the method. */
    static JavaSource wrap(Example e, String name) {
        List<CodeLine> code = e.code();
        int bodyStart = 0;
        for (int i = 0; i < code.size(); i++) {
            String t = code.get(i).text().strip();
            if (t.startsWith("import ")) bodyStart = i + 1;
            else if (!(t.isEmpty() || t.startsWith("//"))) break;
        }
        StringBuilder text = new StringBuilder();
        List<LineOrigin> lines = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            CodeLine line = code.get(i);
            if (i == bodyStart) {
                text.append(WRAP_HEADER);
                lines.add(new LineOrigin(line.origin(), WRAP_HEADER.length()));
            } else {
                lines.add(new LineOrigin(line.origin(), 0));
            }
            text.append(line.text()).append('\n');
        }
        if (bodyStart >= code.size()) {
            text.append(WRAP_HEADER).append('\n');
            lines.add(new LineOrigin(code.getLast().origin(), WRAP_HEADER.length()));
        }
        CodeLine last = code.getLast();
        text.append("}\n");
        lines.add(new LineOrigin(last.origin().plusColumns(last.text().length()), 0));
        return new JavaSource(name + ".java", text.toString(), lines, JavaSource.Kind.WRAPPED, name, "Main.java");
    }
}
