package dev.sitegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.maven.lifecycle.Lifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/site-gen-lifecycle.jar} is committed (a fresh clone has no Maven repository
 * holding it), so this test proves it is built from {@code .mvn/lifecycle/src}: it
 * compiles that source for Java 8 against maven-core 3.8.7 and compares every entry.
 * When the source changes, it leaves the rebuilt jar in {@code target/} to be committed.
 */
class LifecycleJarTest {

    private static final Path SOURCE = Path.of(".mvn/lifecycle/src");
    private static final Path JAR = Path.of(".mvn/site-gen-lifecycle.jar");
    private static final Path REBUILT = Path.of("target/site-gen-lifecycle.jar");

    @Test
    void committedJarIsBuiltFromItsSource(@TempDir Path classes) throws Exception {
        Map<String, byte[]> built = build(classes);
        writeJar(built, REBUILT);
        Map<String, byte[]> committed = read(JAR);
        String fix = "rebuild it: cp " + REBUILT + " " + JAR;
        assertEquals(built.keySet(), committed.keySet(), "entries of " + JAR + " differ from its source; " + fix);
        for (var e : built.entrySet()) {
            assertArrayEquals(e.getValue(), committed.get(e.getKey()), e.getKey() + " in " + JAR + " is not built from " + SOURCE + "; " + fix);
        }
    }

    @Test
    void jarRegistersTheSiteGenLifecycleAndMavenConfigPointsAtIt() throws Exception {
        String components = new String(read(JAR).get("META-INF/plexus/components.xml"), StandardCharsets.UTF_8);
        assertTrue(components.contains("<role>org.apache.maven.lifecycle.Lifecycle</role>"), components);
        assertTrue(components.contains("<role-hint>site-gen</role-hint>"), components);
        assertTrue(components.contains("<implementation>dev.sitegen.lifecycle.SiteGenLifecycle</implementation>"), components);
        assertTrue(Files.readString(Path.of(".mvn/maven.config")).contains("-Dmaven.ext.class.path=.mvn/site-gen-lifecycle.jar"));
    }

    private static Map<String, byte[]> build(Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path mavenCore = Path.of(Lifecycle.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> sources;
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        StringWriter errors = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("--release", "8", "-nowarn", "-Xlint:-options", "-cp", mavenCore.toString(), "-d", classes.toString()));
        args.addAll(sources);
        int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), args.toArray(String[]::new));
        assertEquals(0, status, "the lifecycle source does not compile:\n" + errors);
        Map<String, byte[]> entries = new TreeMap<>();
        for (Path root : List.of(classes, SOURCE)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String name = root.relativize(p).toString().replace('\\', '/');
                    if (name.endsWith(".java")) continue;
                    entries.put(name, Files.readAllBytes(p));
                }
            }
        }
        return entries;
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A jar with fixed timestamps, so that the same classes give the same file. */
    private static void writeJar(Map<String, byte[]> entries, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(946684800000L));
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Files.write(jar, bytes.toByteArray());
    }

}
