package dev.sitegen.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the command line the pom passes ({@code build --content=content ...}) and the
 * environment into a checked {@link Config}.
 */
public final class ConfigLoader {

    private static final Set<String> OPTIONS = Set.of(
            "content", "templates", "site", "report", "work", "rerun", "promote", "only", "verbose", "parallelism", "shard", "repeat",
            "baseUrl", "serve", "port", "aotCache");

    /** The preview's port when none is given. */
    public static final int DEFAULT_PORT = 8000;

    private final Map<String, String> env;
    private final Path workingDir;

    public ConfigLoader(Map<String, String> env, Path workingDir) {
        this.env = env;
        this.workingDir = workingDir;
    }

    public Config load(List<String> args) {
        // the command may stand anywhere: the pom writes the shared options once, then each execution's command
        List<String> commands = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (commands.isEmpty()) throw new ConfigException("usage: sitegen build|check [--content=DIR] [--templates=DIR] [--site=DIR] ...");
        Mode mode = switch (commands.getFirst()) {
            case "build" -> Mode.BUILD;
            case "check" -> Mode.CHECK;
            default -> throw new ConfigException("unknown command `" + commands.getFirst() + "`: expected `build` or `check`");
        };
        Map<String, String> options = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> rest = new ArrayList<>(args);
        rest.remove(commands.getFirst());
        for (String arg : rest) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                problems.add("unexpected argument `" + arg + "`: options are written --name=value");
                continue;
            }
            String name = arg.substring(2, eq);
            if (!OPTIONS.contains(name)) {
                problems.add("unknown option `--" + name + "`");
                continue;
            }
            options.put(name, arg.substring(eq + 1));
        }
        problems.addAll(MavenProperties.problems(env));
        Path content = dir(options, "content", "content");
        Path templates = dir(options, "templates", "templates");
        Path site = dir(options, "site", "site");
        Path report = dir(options, "report", "target/site-gen/report.json");
        Path work = dir(options, "work", "target/site-gen/work");
        boolean rerun = bool(options, "rerun", problems);
        boolean promote = bool(options, "promote", problems);
        boolean verbose = bool(options, "verbose", problems);
        String onlyValue = options.getOrDefault("only", "").strip();
        Optional<String> only = onlyValue.isEmpty() ? Optional.empty() : Optional.of(onlyValue);
        Optional<String> baseUrl = baseUrl(options.getOrDefault("baseUrl", "").strip(), problems);
        int parallelism = Runtime.getRuntime().availableProcessors();
        if (options.containsKey("parallelism")) {
            try {
                parallelism = Integer.parseInt(options.get("parallelism"));
                if (parallelism < 1) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add("--parallelism must be a positive whole number, not `" + options.get("parallelism") + "`");
            }
        }

        Shard shard = shard(options, mode, problems);
        int repeat = repeat(options, mode, problems);
        boolean serve = bool(options, "serve", problems);
        // off unless asked for: measured, it made no build faster (bench/RESULTS.md)
        boolean aotCache = bool(options, "aotCache", problems);
        int port = port(options.getOrDefault("port", "").strip(), problems);
        if (serve && mode != Mode.BUILD) problems.add("-Dsitegen.serve previews what `mvn site-gen` builds; it does not apply to a check");

        if (!Files.isDirectory(content)) {
            problems.add("the content directory `" + content + "` does not exist: set -Dsitegen.content=DIR to the folder of markdown pages");
        }
        if (!Files.isRegularFile(templates.resolve("page.html"))) {
            problems.add("the templates directory `" + templates + "` has no page.html: set -Dsitegen.templates=DIR to a folder holding page.html");
        }
        Path siteAbs = site.toAbsolutePath().normalize();
        Path contentAbs = content.toAbsolutePath().normalize();
        if (contentAbs.startsWith(siteAbs) || siteAbs.startsWith(contentAbs)) {
            problems.add("the site directory `" + site + "` overlaps the content directory `" + content
                    + "`: writing the site there would overwrite pages; choose another -Dsitegen.site");
        } else if (Files.isDirectory(siteAbs.resolve(".git")) || siteAbs.equals(workingDir.toAbsolutePath().normalize())
                || siteAbs.getParent() == null || Files.isRegularFile(siteAbs.resolve("pom.xml"))) {
            problems.add("the site directory `" + site + "` is a project root: the build deletes files there that no page produces; choose a dedicated folder such as `site`");
        } else if (templates.toAbsolutePath().normalize().startsWith(siteAbs)) {
            problems.add("the site directory `" + site + "` holds the templates; choose another -Dsitegen.site");
        }
        if (!problems.isEmpty()) throw new ConfigException(String.join("\n", problems));

        return new Config(mode, workingDir, content, templates, site, report, work, rerun, promote, only, verbose,
                Path.of(System.getProperty("java.home")), parallelism,
                "true".equals(env.get("GITHUB_ACTIONS")), wantsColor(), env.getOrDefault("PATH", ""), shard, repeat, baseUrl, serve, port,
                aotCache ? Optional.of(work.toAbsolutePath().normalize().resolveSibling("aot")) : Optional.empty());
    }

    /** {@code -Dsitegen.baseUrl}: where this build's site will be published, for a deployment whose address only its host knows. */
    private static Optional<String> baseUrl(String value, List<String> problems) {
        if (value.isEmpty()) return Optional.empty();
        if (!value.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            problems.add("-Dsitegen.baseUrl must be the absolute address the site is published at, such as https://example.org/docs/, not `" + value + "`");
            return Optional.empty();
        }
        return Optional.of(value.endsWith("/") ? value : value + "/");
    }

    /** {@code -Dsitegen.shard=K/N}: only a check is split, since a build must write the whole site. */
    private static Shard shard(Map<String, String> options, Mode mode, List<String> problems) {
        String value = options.getOrDefault("shard", "").strip();
        if (value.isEmpty()) return Shard.WHOLE;
        Optional<Shard> shard = Shard.parse(value);
        if (shard.isEmpty()) {
            problems.add("-Dsitegen.shard must be K/N, shard K of N with 1 <= K <= N (for example -Dsitegen.shard=2/4), not `" + value + "`");
            return Shard.WHOLE;
        }
        if (mode != Mode.CHECK) {
            problems.add("-Dsitegen.shard=" + value + " splits the examples of a check (`mvn verify`), but `mvn site-gen` builds the whole site:"
                    + " remove -Dsitegen.shard");
        }
        return shard.get();
    }

    /** {@code -Dsitegen.repeat=K}: a flake hunt, so only a check repeats; a build records one run. */
    private static int repeat(Map<String, String> options, Mode mode, List<String> problems) {
        String value = options.getOrDefault("repeat", "").strip();
        if (value.isEmpty()) return 1;
        int repeat;
        try {
            repeat = Integer.parseInt(value);
            if (repeat < 1) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            problems.add("-Dsitegen.repeat must be a whole number of runs, 1 or more (for example -Dsitegen.repeat=20), not `" + value + "`");
            return 1;
        }
        if (repeat > 1 && mode != Mode.CHECK) {
            problems.add("-Dsitegen.repeat=" + value + " runs the examples of a check (`mvn verify`) again and again, but `mvn site-gen`"
                    + " records one run of each: remove -Dsitegen.repeat");
        }
        return repeat;
    }

    private Path dir(Map<String, String> options, String name, String fallback) {
        String value = options.getOrDefault(name, "").strip();
        return workingDir.resolve(value.isEmpty() ? fallback : value).normalize();
    }

    /** {@code -Dsitegen.rerun} alone is Maven's {@code true}; an empty value is no value. */
    private static boolean bool(Map<String, String> options, String name, List<String> problems) {
        String value = options.getOrDefault(name, "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false", "" -> false;
            default -> {
                problems.add("-Dsitegen." + name + " must be true or false, not `" + value + "`");
                yield false;
            }
        };
    }

    /** The preview's port: 8000 unless given; 0 asks for any free one. */
    private static int port(String value, List<String> problems) {
        if (value.isEmpty()) return DEFAULT_PORT;
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("-Dsitegen.port must be a port number from 0 to 65535 (0 picks any free port), not `" + value + "`");
        return DEFAULT_PORT;
    }

    private boolean wantsColor() {
        if (env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty()) return false;
        if ("dumb".equals(env.get("TERM"))) return false;
        var console = System.console();
        return console != null && console.isTerminal();
    }
}
