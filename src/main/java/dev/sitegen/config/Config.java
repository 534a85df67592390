package dev.sitegen.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs to know, fixed before it starts.
 *
 * @param mode        build the site, or check every example
 * @param workingDir  the directory paths in messages are relative to
 * @param content     the markdown pages, {@code _site.yml}, included sources and recorded runs
 * @param templates   the HTML template and its assets
 * @param site        where the site is written
 * @param report      where {@code report.json} is written
 * @param work        scratch space: compiled classes, the examples' launcher, their run folders
 * @param rerun       re-execute and re-record every example
 * @param promote     write each example's real output into its {@code output} block where they differ
 * @param only        build or check only this page ({@code threads/join.md}) or example id
 * @param verbose     stack traces of internal errors, why each example ran or was reused
 * @param javaHome    the JDK whose {@code java} runs the examples
 * @param parallelism how many examples run at once
 * @param githubActions also print problems as GitHub Actions annotations
 * @param color       colour the terminal output
 * @param searchPath  the build's PATH, where {@code python run} blocks find {@code python3}
 * @param shard       which part of the examples a check runs; {@link Shard#WHOLE} for all of them
 * @param repeat      how many times a check runs each example (a flake hunt); 1 by default
 * @param baseUrl     where the site is published, ending in {@code /}; overrides {@code _site.yml}'s
 * @param serve       after the build, preview the site and rebuild it as the content and templates change
 * @param port        the preview's port on the loopback interface; 0 for any free one
 * @param aotCache    where the examples' shared AOT cache is kept across builds, with {@code -Dsitegen.aotCache}; empty to start them without one
 */
public record Config(Mode mode, Path workingDir, Path content, Path templates, Path site, Path report, Path work,
                     boolean rerun, boolean promote, Optional<String> only, boolean verbose, Path javaHome, int parallelism,
                     boolean githubActions, boolean color, String searchPath, Shard shard, int repeat,
                     Optional<String> baseUrl, boolean serve, int port, Optional<Path> aotCache) {

    public Config {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(only, "only");
        Objects.requireNonNull(javaHome, "javaHome");
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be >= 1");
        Objects.requireNonNull(searchPath, "searchPath");
        Objects.requireNonNull(shard, "shard");
        if (repeat < 1) throw new IllegalArgumentException("repeat must be >= 1");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        Objects.requireNonNull(aotCache, "aotCache");
    }

    /** A path as the author should read it in messages: relative to the working directory when below it. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path wd = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(wd) ? wd.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** The same configuration with another scratch folder. */
    public Config withWork(Path newWork) {
        return new Config(mode, workingDir, content, templates, site, report, newWork, rerun, promote, only, verbose, javaHome, parallelism,
                githubActions, color, searchPath, shard, repeat, baseUrl, serve, port, aotCache);
    }

    /**
     * The configuration of the preview's rebuilds: {@code rerun} and {@code promote} apply to
     * the first build only, or every save would run every example again, or rewrite the page
     * open in the author's editor.
     */
    public Config forRebuilds() {
        return new Config(mode, workingDir, content, templates, site, report, work, false, false, only, verbose, javaHome, parallelism,
                githubActions, color, searchPath, shard, repeat, baseUrl, serve, port, aotCache);
    }
}
