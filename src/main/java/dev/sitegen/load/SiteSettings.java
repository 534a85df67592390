package dev.sitegen.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code _site.yml}: the site's title, its public address, the prefix of "edit this page"
 * links, and the parts of the navigation.
 *
 * @param parts top-level folders and the titles of the navigation sections their pages form,
 *              in the order written
 */
public record SiteSettings(String title, Optional<String> baseUrl, Optional<String> editUrl, Map<String, String> parts) {

    public static final SiteSettings DEFAULT = new SiteSettings("Documentation", Optional.empty(), Optional.empty(), Map.of());

    public SiteSettings(String title, Optional<String> baseUrl, Optional<String> editUrl) {
        this(title, baseUrl, editUrl, Map.of());
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(editUrl, "editUrl");
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The title of the part a page belongs to, by its top-level folder; empty for pages outside every part. */
    public Optional<String> partOf(String pagePath) {
        int slash = pagePath.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.ofNullable(parts.get(pagePath.substring(0, slash)));
    }
}
