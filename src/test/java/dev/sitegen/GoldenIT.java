package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: each folder under {@code src/test/resources/golden/} holds an
 * {@code input.md} (built as the site's {@code index.md}, with the files under its
 * {@code files/} folder beside it) and either {@code expected.html}, the page's article
 * as rendered, or {@code expected-diagnostics.txt}, the problems the build reports.
 * Durations, which change from run to run, are replaced by {@code N ms}.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change.
 */
class GoldenIT {

    private static final Path CASES = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern ARTICLE = Pattern.compile("<article data-slot=\"content\">(.*)</article>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path golden) throws IOException {
        TestSite site = new TestSite(dir.resolve(golden.getFileName().toString()));
        site.page("index.md", Files.readString(golden.resolve("input.md")));
        Path files = golden.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> walk = Files.walk(files)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    site.write("content/" + files.relativize(f), Files.readString(f));
                }
            }
        }
        TestSite.Build build = site.build();
        Path html = golden.resolve("expected.html");
        Path diagnostics = golden.resolve("expected-diagnostics.txt");
        if (Files.exists(diagnostics) || (!Files.exists(html) && build.exitCode() != 0)) {
            assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
            compare(diagnostics, problems(build.output()));
        } else {
            assertThat(build.exitCode()).as(build.toString()).isZero();
            Matcher article = ARTICLE.matcher(build.html("index.html"));
            assertThat(article.find()).isTrue();
            compare(html, article.group(1).strip() + "\n");
        }
    }

    /** The problems section of the terminal output: from the first diagnostic to the end. */
    private static String problems(String output) {
        int start = output.indexOf("\ncontent/");
        return (start < 0 ? output : output.substring(start + 1)).replaceAll("\\d+ ms|\\d+\\.\\d s", "N ms");
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        String normalized = actual.replaceAll("(<span class=\"duration\"[^>]*>)[^<]*(</span>)", "$1N ms$2")
                .replaceAll("(<p class=\"provenance\">)recorded \\d{4}-\\d{2}-\\d{2} · (JDK|Python) [^ ]+ · [^<]+ · \\d+ cores?(</p>)",
                        "$1recorded DAY · $2 VERSION · OS ARCH · N cores$3");
        if (UPDATE || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, normalized, StandardCharsets.UTF_8);
            if (!UPDATE) throw new AssertionError("wrote the missing " + expectedFile + ": review it and run again");
            return;
        }
        assertThat(normalized).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
