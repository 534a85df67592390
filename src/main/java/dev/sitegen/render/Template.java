package dev.sitegen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The templates directory: {@code page.html}, a plain HTML page a designer can open in a
 * browser, whose elements marked {@code data-slot} the build fills; and the files beside it
 * (styles, scripts), published as they are.
 */
final class Template {

    static final String PAGE = "page.html";

    private final Document page;
    private final List<SiteFile.Copied> assets;

    private Template(Document page, List<SiteFile.Copied> assets) {
        this.page = page;
        this.assets = assets;
    }

    static Template load(Path dir) {
        try {
            Document page = Jsoup.parse(Files.readString(dir.resolve(PAGE), StandardCharsets.UTF_8));
            List<SiteFile.Copied> assets;
            try (Stream<Path> walk = Files.walk(dir)) {
                assets = walk.filter(Files::isRegularFile).sorted()
                        .map(p -> new SiteFile.Copied(dir.relativize(p).toString().replace('\\', '/'), p))
                        .filter(f -> !f.path().equals(PAGE) && !isHidden(f.path()))
                        .toList();
            }
            return new Template(page, assets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + dir, e);
        }
    }

    private static boolean isHidden(String path) {
        for (String part : path.split("/")) if (part.startsWith(".") || part.startsWith("_")) return true;
        return false;
    }

    /** A fresh copy of the page template to fill. */
    Document newPage() {
        return page.clone();
    }

    List<SiteFile.Copied> assets() {
        return assets;
    }
}
