package dev.sitegen.preview;

import dev.sitegen.BuildResult;

/** Builds the site once, as {@code mvn site-gen} does; the preview calls it for every rebuild. */
@FunctionalInterface
public interface SiteBuilder {

    /** @throws InterruptedException when the preview is closing and the build in progress was stopped */
    BuildResult build() throws InterruptedException;
}
