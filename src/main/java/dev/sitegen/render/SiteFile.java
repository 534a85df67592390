package dev.sitegen.render;

import java.nio.file.Path;
import java.util.Objects;

/** A file of the site: made by the build, or copied as it is. {@code path} is relative to the site's root, with {@code /}. */
public sealed interface SiteFile permits SiteFile.Generated, SiteFile.Copied {

    String path();

    /** A page, sitemap or other file the build wrote. */
    record Generated(String path, byte[] bytes) implements SiteFile {
        public Generated {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** An asset copied from the content or templates directory. */
    record Copied(String path, Path source) implements SiteFile {
        public Copied {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }
}
