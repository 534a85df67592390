package dev.sitegen.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.sitegen.run.launcher.Blocks;
import dev.sitegen.run.launcher.FramedOutput;
import dev.sitegen.run.launcher.Launcher;
import dev.sitegen.run.launcher.Training;

/** Copies the {@link Launcher}'s classes out of the generator into a directory for the examples' class path. */
public final class LauncherClasses {

    private static final List<Class<?>> CLASSES = List.of(Launcher.class, FramedOutput.class, Blocks.class, Training.class);

    private LauncherClasses() {
    }

    /** The launcher's classes as a jar, the same bytes for the same classes (entries dated 1980), for an AOT cache's class path. */
    static byte[] jar() {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes)) {
                for (Class<?> c : CLASSES) {
                    String name = c.getName().replace('.', '/') + ".class";
                    java.util.jar.JarEntry entry = new java.util.jar.JarEntry(name);
                    entry.setTime(315532800000L + 86_400_000L); // 1980-01-02: no clock in the bytes
                    jar.putNextEntry(entry);
                    jar.write(classBytes(name));
                    jar.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example launcher's classes", e);
        }
    }

    private static byte[] classBytes(String name) throws IOException {
        try (InputStream in = LauncherClasses.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing class " + name);
            return in.readAllBytes();
        }
    }

    /** Writes the classes under {@code dir} unless identical ones are there; returns {@code dir}. */
    public static Path ensure(Path dir) {
        try {
            for (Class<?> c : CLASSES) {
                String name = c.getName().replace('.', '/') + ".class";
                byte[] bytes = classBytes(name);
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) continue;
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), "launcher", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the example launcher into " + dir, e);
        }
    }
}
