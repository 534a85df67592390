package dev.sitegen.load;

import java.nio.file.Path;

/** A file that is published as it is (an image, a download), at {@code path} under the site. */
public record Asset(String path, Path source) {
}
