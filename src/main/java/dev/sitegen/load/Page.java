package dev.sitegen.load;

import java.util.Objects;

/**
 * One markdown page.
 *
 * @param path     its path under the content directory, with {@code /}: {@code threads/start.md}
 * @param file     its path as messages name it: {@code content/threads/start.md}
 * @param markdown its text with the front matter blanked out, so that lines and columns
 *                 are those of the file the author wrote
 * @param front    its front matter
 */
public record Page(String path, String file, String markdown, FrontMatter front) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(front, "front");
        if (!path.endsWith(".md") || path.startsWith("/")) throw new IllegalArgumentException("not a page path: " + path);
    }

    /** Where the page is published: {@code threads/start.html}. */
    public String outputPath() {
        return path.substring(0, path.length() - ".md".length()) + ".html";
    }
}
