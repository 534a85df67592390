package dev.sitegen.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything under the content directory: settings, pages (sorted by path) and assets.
 *
 * @param root        the content directory
 * @param displayRoot the content directory as messages name it
 */
public record Site(Path root, String displayRoot, SiteSettings settings, List<Page> pages, List<Asset> assets) {

    public Site {
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }

    /** The same site, published at {@code baseUrl} when one is given (the build's {@code -Dsitegen.baseUrl}). */
    public Site publishedAt(java.util.Optional<String> baseUrl) {
        if (baseUrl.isEmpty()) return this;
        SiteSettings s = settings;
        return new Site(root, displayRoot, new SiteSettings(s.title(), baseUrl, s.editUrl(), s.parts()), pages, assets);
    }
}
