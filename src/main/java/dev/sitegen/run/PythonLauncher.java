package dev.sitegen.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Copies the launcher of {@code python run} blocks out of the generator: a script that
 * writes the example's standard output and standard error as the frames the Java
 * launcher writes, then runs the example as {@code __main__}.
 */
public final class PythonLauncher {

    /** The launcher's name, as a resource beside this class and as a file. */
    static final String NAME = "sitegen_launcher.py";

    private PythonLauncher() {
    }

    /** Writes the launcher into {@code dir} unless an identical one is there; returns its path. */
    public static Path ensure(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            byte[] bytes;
            try (InputStream in = PythonLauncher.class.getResourceAsStream(NAME)) {
                if (in == null) throw new IOException("missing resource " + NAME);
                bytes = in.readAllBytes();
            }
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) return file;
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "launcher", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Python examples' launcher into " + dir, e);
        }
    }
}
