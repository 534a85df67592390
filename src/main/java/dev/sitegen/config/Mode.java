package dev.sitegen.config;

/** What a build is for. */
public enum Mode {
    /** {@code mvn site-gen}: run what changed, record it, write the site. */
    BUILD,
    /** {@code mvn verify}: re-run every example, check it, check the site is current; write nothing. */
    CHECK
}
