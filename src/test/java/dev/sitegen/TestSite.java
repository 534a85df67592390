package dev.sitegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.sitegen.cli.Main;

/**
 * A site in a temporary directory, built with the real generator: pages written from
 * strings, a minimal template, and the build's exit code, terminal output and files.
 */
final class TestSite {

    static final String TEMPLATE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>t</title><meta name="description" content="">
            <link rel="stylesheet" href="assets/site.css"></head>
            <body><a data-slot="site-title" href="index.html">Site</a><nav data-slot="nav"></nav>
            <article data-slot="content"></article><nav data-slot="toc"></nav><nav data-slot="pager"></nav>
            <a data-slot="edit" href="#">Edit</a></body></html>
            """;

    final Path root;
    private final Map<String, String> env = new java.util.HashMap<>();

    TestSite(Path root) {
        this.root = root;
        write("templates/page.html", TEMPLATE);
        write("templates/assets/site.css", "body { margin: 0 }\n");
    }

    TestSite page(String path, String markdown) {
        return write("content/" + path, markdown);
    }

    TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite env(String name, String value) {
        env.put(name, value);
        return this;
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    Build build(String... options) {
        return run("build", options);
    }

    Build check(String... options) {
        return run("check", options);
    }

    /** The command line the pom would pass for this site. */
    String[] arguments(String command, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--content=content", "--templates=templates", "--site=site",
                "--report=target/report.json", "--work=target/work"));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    private Build run(String command, String... options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.run(arguments(command, options), root, env, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.nanoTime());
        return new Build(code, bytes.toString(StandardCharsets.UTF_8), this);
    }

    /** Every file under {@code dir} with its bytes, to compare trees. */
    Map<String, String> snapshot(String dir) {
        Map<String, String> files = new TreeMap<>();
        Path base = root.resolve(dir);
        if (!Files.isDirectory(base)) return files;
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(base.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** What one build did. */
    record Build(int exitCode, String output, TestSite site) {

        String html(String page) {
            return site.read("site/" + page);
        }

        String report() {
            return site.read("target/report.json");
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n" + output;
        }
    }
}
