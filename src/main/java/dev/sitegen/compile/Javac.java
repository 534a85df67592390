package dev.sitegen.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;

/**
 * The in-process compiler. Sources are in memory; the classes of each source go to the
 * directory chosen for it, so that sources sharing a task stay apart on disk. Nothing
 * but the JDK is on the class path.
 */
final class Javac implements AutoCloseable {

    private final JavaCompiler compiler;
    private final StandardJavaFileManager standard;
    private final int release = Runtime.version().feature();

    Javac() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) throw new IllegalStateException("this Java runtime has no compiler: run the build with a JDK, not a JRE");
        standard = compiler.getStandardFileManager(null, Locale.ROOT, java.nio.charset.StandardCharsets.UTF_8);
        try {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
            standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            standard.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> options(boolean preview) {
        // every error counts: a source with none reported is taken to be right (see SourcePreparer)
        List<String> options = new ArrayList<>(List.of("--release", Integer.toString(release), "-proc:none", "-implicit:none", "-Xmaxerrs", Integer.toString(Integer.MAX_VALUE), "-Xlint:none"));
        if (preview) options.add("--enable-preview");
        return options;
    }

    JavacTask parseTask(List<JavaFileObject> sources, DiagnosticCollector<JavaFileObject> diagnostics) {
        return (JavacTask) compiler.getTask(null, standard, diagnostics, options(true), null, sources);
    }

    /**
     * Compiles the sources together; each source's classes go to {@code outputs.get(source)}.
     *
     * @return the errors and warnings
     */
    List<javax.tools.Diagnostic<? extends JavaFileObject>> compile(Map<MemorySource, Path> outputs, boolean preview) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>(outputs.keySet());
        compiler.getTask(null, routing(outputs), diagnostics, options(preview), null, sources).call();
        return diagnostics.getDiagnostics();
    }

    /**
     * What a task shared by sources that must not see one another gave.
     *
     * @param diagnostics the errors and warnings
     * @param crossed     the sources that used what another (not common) source of the task declares
     * @param generated   whether class files were written: only when the task had no error
     */
    record Together(List<javax.tools.Diagnostic<? extends JavaFileObject>> diagnostics, Set<MemorySource> crossed, boolean generated) {
    }

    /**
     * Compiles sources that must stay isolated in one task, and finds out which of them did
     * not: after analysis, every compilation unit's resolved names are checked against the
     * sources that declare them. After an error, javac still attributes and checks the flow
     * of the other sources (it would otherwise skip the flow checks, such as "unreported
     * exception", of every source after the first error), so one task tells which sources
     * fail; no class is written then.
     *
     * @param common the sources every other may use (the page's units)
     */
    Together compileTogether(Map<MemorySource, Path> outputs, Set<MemorySource> common, boolean preview) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>(outputs.keySet());
        List<String> options = options(preview);
        options.add("-XDshould-stop.ifError=FLOW");
        JavacTask task = (JavacTask) compiler.getTask(null, routing(outputs), diagnostics, options, null, sources);
        try {
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            task.analyze();
            CrossReferences references = new CrossReferences(Trees.instance(task), units, common);
            Map<java.net.URI, MemorySource> byUri = new java.util.HashMap<>();
            outputs.keySet().forEach(source -> byUri.put(source.toUri(), source));
            Set<MemorySource> crossed = new HashSet<>();
            for (CompilationUnitTree unit : units) {
                if (references.crosses(unit)) crossed.add(byUri.get(unit.getSourceFile().toUri()));
            }
            boolean clean = diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR);
            if (clean) task.generate();
            return new Together(diagnostics.getDiagnostics(), crossed, clean);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file manager that writes the classes of each source into the folder chosen for it. */
    private JavaFileManager routing(Map<MemorySource, Path> outputs) {
        Map<java.net.URI, Path> byUri = new java.util.HashMap<>();
        outputs.forEach((source, dir) -> byUri.put(source.toUri(), dir));
        return new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                    throws IOException {
                Path dir = sibling == null ? null : byUri.get(sibling.toUri());
                if (location == StandardLocation.CLASS_OUTPUT && kind == JavaFileObject.Kind.CLASS && dir != null) {
                    return new ClassFile(dir.resolve(className.replace('.', '/') + ".class"));
                }
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
        };
    }

    @Override
    public void close() throws IOException {
        standard.close();
    }

    /** A class file javac writes. */
    private static final class ClassFile extends SimpleJavaFileObject {

        private final Path path;

        ClassFile(Path path) {
            super(path.toUri(), Kind.CLASS);
            this.path = path;
        }

        @Override
        public OutputStream openOutputStream() throws IOException {
            Files.createDirectories(path.getParent());
            return Files.newOutputStream(path);
        }
    }
}
