package dev.sitegen.load;

import java.util.Objects;
import java.util.Optional;

/** {@code _site.yml}: the site's title, its public address and the prefix of "edit this page" links. */
public record SiteSettings(String title, Optional<String> baseUrl, Optional<String> editUrl) {

    public static final SiteSettings DEFAULT = new SiteSettings("Documentation", Optional.empty(), Optional.empty());

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(editUrl, "editUrl");
    }
}
