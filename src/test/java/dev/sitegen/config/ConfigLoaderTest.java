package dev.sitegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line the pom passes, checked before any work starts. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void aProject() throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/page.html"), "<html></html>");
    }

    private Config load(String... args) {
        return new ConfigLoader(Map.of(), dir).load(List.of(args));
    }

    @Test
    void defaultsAreRelativeToTheWorkingDirectory() {
        Config c = load("build");
        assertThat(c.mode()).isEqualTo(Mode.BUILD);
        assertThat(c.content()).isEqualTo(dir.resolve("content"));
        assertThat(c.site()).isEqualTo(dir.resolve("site"));
        assertThat(c.rerun()).isFalse();
        assertThat(c.only()).isEmpty();
        assertThat(c.display(dir.resolve("content/a.md"))).isEqualTo("content/a.md");
    }

    @Test
    void mavenPropertiesWithoutAValueAreTrueAndEmptyOnesAreUnset() {
        Config c = load("check", "--rerun=true", "--only=", "--verbose=");
        assertThat(c.mode()).isEqualTo(Mode.CHECK);
        assertThat(c.rerun()).isTrue();
        assertThat(c.verbose()).isFalse();
        assertThat(c.only()).isEmpty();
        assertThat(load("build", "--only=threads/join.md").only()).contains("threads/join.md");
    }

    @Test
    void everyProblemOfTheCommandLineIsReportedAtOnce() {
        assertThatThrownBy(() -> load("build", "--rerun=maybe", "--colour=on", "--content=nowhere"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("-Dsitegen.rerun must be true or false, not `maybe`")
                .hasMessageContaining("unknown option `--colour`")
                .hasMessageContaining("the content directory `" + dir.resolve("nowhere") + "` does not exist");
    }

    @Test
    void aMisspeltMavenPropertyIsAnErrorWithTheNameMeant() {
        Map<String, String> env = Map.of("MAVEN_CMD_LINE_ARGS", " -B site-gen -Dsitegen.rerum -D sitegen.only=threads/join.md -Dsitegen.colour=no");
        assertThatThrownBy(() -> new ConfigLoader(env, dir).load(List.of("build")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown property -Dsitegen.rerum: did you mean -Dsitegen.rerun?")
                .hasMessageContaining("unknown property -Dsitegen.colour: the properties the generator knows are sitegen.content,")
                .hasMessageNotContaining("sitegen.only:");
    }

    @Test
    void aDocumentedPropertyNotYetImplementedSaysSoInsteadOfDoingNothing() {
        Map<String, String> env = Map.of("MAVEN_CMD_LINE_ARGS", "site-gen -Dsitegen.shard=1/2 -Dsitegen.repeat=3");
        assertThatThrownBy(() -> new ConfigLoader(env, dir).load(List.of("build")))
                .hasMessageContaining("-Dsitegen.shard is not available in this version of the generator")
                .hasMessageContaining("-Dsitegen.repeat is not available");
        Map<String, String> known = Map.of("MAVEN_CMD_LINE_ARGS", "verify -Dsitegen.only=x.md -Dsitegen.verbose -DskipTests");
        assertThat(new ConfigLoader(known, dir).load(List.of("check")).mode()).isEqualTo(Mode.CHECK);
    }

    @Test
    void thePreviewIsOffByDefaultAndServesOnPort8000UnlessAnotherIsGiven() {
        assertThat(load("build").serve()).isFalse();
        assertThat(load("build", "--serve=true").port()).isEqualTo(8000);
        Config c = load("build", "--serve=true", "--port=0");
        assertThat(c.serve()).isTrue();
        assertThat(c.port()).isZero();
        Map<String, String> env = Map.of("MAVEN_CMD_LINE_ARGS", "site-gen -Dsitegen.serve -Dsitegen.port=9000");
        assertThat(new ConfigLoader(env, dir).load(List.of("build", "--serve=true", "--port=9000")).port()).isEqualTo(9000);
    }

    @Test
    void aPortThatIsNotANumberOrOutOfRangeIsRefused() {
        assertThatThrownBy(() -> load("build", "--serve=true", "--port=eighty"))
                .hasMessageContaining("-Dsitegen.port must be a port number from 0 to 65535 (0 picks any free port), not `eighty`");
        assertThatThrownBy(() -> load("build", "--port=70000")).hasMessageContaining("not `70000`");
        assertThatThrownBy(() -> load("check", "--serve=true")).hasMessageContaining("it does not apply to a check");
    }

    @Test
    void rebuildsOfThePreviewNeitherRerunNorPromote() {
        Config first = load("build", "--serve=true", "--rerun=true", "--promote=true");
        assertThat(first.rerun()).isTrue();
        assertThat(first.forRebuilds().rerun()).isFalse();
        assertThat(first.forRebuilds().promote()).isFalse();
        assertThat(first.forRebuilds().serve()).isTrue();
    }

    @Test
    void aSiteDirectoryThatWouldOverwriteTheContentIsRefused() {
        assertThatThrownBy(() -> load("build", "--site=content")).hasMessageContaining("overlaps the content directory");
        assertThatThrownBy(() -> load("build", "--site=content/out")).hasMessageContaining("overlaps the content directory");
    }

    @Test
    void aProjectRootIsRefusedAsTheSiteDirectory(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(elsewhere.resolve("content"));
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/pom.xml"), "<project/>");
        assertThatThrownBy(() -> load("build", "--content=" + elsewhere.resolve("content"), "--site=other"))
                .hasMessageContaining("is a project root");
    }

    @Test
    void templatesWithoutAPageAreRefused() throws IOException {
        Files.delete(dir.resolve("templates/page.html"));
        assertThatThrownBy(() -> load("build")).hasMessageContaining("has no page.html");
    }

    @Test
    void colourOnlyWhenAskedForByTheTerminalAndNeverWithNoColor() {
        Config c = new ConfigLoader(Map.of("NO_COLOR", "1", "GITHUB_ACTIONS", "true"), dir).load(List.of("build"));
        assertThat(c.color()).isFalse();
        assertThat(c.githubActions()).isTrue();
    }
}
