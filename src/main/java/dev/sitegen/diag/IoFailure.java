package dev.sitegen.diag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The environment failing the build (a file in the way, a read-only folder, a full disk):
 * a problem of the machine the author can fix, said with the path and the operating
 * system's reason, never an internal error of the generator.
 */
public final class IoFailure {

    private IoFailure() {
    }

    /**
     * @param failure what the build was doing ("cannot write the site into /repo/site") and why
     * @param shorten turns absolute paths in a text into the paths the author wrote
     */
    public static Diagnostic diagnostic(UncheckedIOException failure, UnaryOperator<String> shorten) {
        IOException cause = failure.getCause();
        String doing = failure.getMessage() == null || failure.getMessage().equals(String.valueOf(cause))
                ? "an input or output operation failed" : failure.getMessage();
        return Diagnostic.error(null, shorten.apply(doing) + ": " + shorten.apply(reason(cause)))
                .withHint("fix the path named here (move what is in the way, give write permission, free disk space), then run the build again");
    }

    /** The operating system's reason, in words, with the path it concerns. */
    static String reason(IOException cause) {
        if (cause instanceof FileSystemException f) {
            String file = f.getFile() == null ? "a path" : "`" + f.getFile() + "`";
            String other = f.getOtherFile() == null ? "" : " (and `" + f.getOtherFile() + "`)";
            return switch (f) {
                case FileAlreadyExistsException x when f.getFile() != null && Files.isRegularFile(Path.of(f.getFile())) ->
                        file + " is a file where a folder is needed";
                case FileAlreadyExistsException x -> file + other + " already exists and is in the way";
                case NoSuchFileException x -> file + other + " does not exist, or a folder on its path is a file";
                case AccessDeniedException x -> "permission denied on " + file + other;
                case NotDirectoryException x -> file + " is a file, not a folder";
                case DirectoryNotEmptyException x -> file + " is a folder that is not empty";
                default -> file + other + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason().toLowerCase(Locale.ROOT));
            };
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
