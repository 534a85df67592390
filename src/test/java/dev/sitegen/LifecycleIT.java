package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven loads {@code .mvn/site-gen-lifecycle.jar} through {@code .mvn/maven.config}
 * and so knows the {@code site-gen} phase; without it, it does not. A project with no
 * plugins keeps this to Maven's own start-up.
 */
class LifecycleIT {

    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>test</groupId>
              <artifactId>lifecycle</artifactId>
              <version>1</version>
              <packaging>pom</packaging>
            </project>
            """;

    @Test
    void mavenKnowsTheSiteGenPhaseOnlyThroughTheCommittedExtension(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with");
        Files.createDirectories(with.resolve(".mvn"));
        Files.writeString(with.resolve("pom.xml"), POM);
        Files.copy(Path.of(".mvn/maven.config"), with.resolve(".mvn/maven.config"));
        Files.copy(Path.of(".mvn/site-gen-lifecycle.jar"), with.resolve(".mvn/site-gen-lifecycle.jar"));
        Path without = dir.resolve("without");
        Files.createDirectories(without);
        Files.writeString(without.resolve("pom.xml"), POM);

        Run known = maven(with);
        Run unknown = maven(without);

        assertThat(known.exitCode()).as(known.output()).isZero();
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.output()).contains("Unknown lifecycle phase \"site-gen\"");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run maven(Path project) throws IOException, InterruptedException {
        Path log = project.resolve("maven.log");
        Process p = new ProcessBuilder(mvn(), "-B", "-o", "site-gen").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("Maven did not finish");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The Maven running this build (surefire passes its home), else the one on the PATH. */
    private static String mvn() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) return Path.of(home, "bin", "mvn").toString();
        for (String dir : List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))) {
            if (Files.isExecutable(Path.of(dir, "mvn"))) return Path.of(dir, "mvn").toString();
        }
        throw new AssertionError("no mvn found: this test needs Maven, which runs it");
    }
}
