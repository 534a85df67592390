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

/** Copies the {@link Launcher}'s classes out of the generator into a directory for the examples' class path. */
public final class LauncherClasses {

    private static final List<Class<?>> CLASSES = List.of(Launcher.class, FramedOutput.class, Blocks.class);

    private LauncherClasses() {
    }

    /** Writes the classes under {@code dir} unless identical ones are there; returns {@code dir}. */
    public static Path ensure(Path dir) {
        try {
            for (Class<?> c : CLASSES) {
                String name = c.getName().replace('.', '/') + ".class";
                byte[] bytes;
                try (InputStream in = LauncherClasses.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) throw new IOException("missing class " + name);
                    bytes = in.readAllBytes();
                }
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
