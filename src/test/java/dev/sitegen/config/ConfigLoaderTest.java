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
    void aBaseUrlIsAnAbsoluteHttpAddressEndingInASlash() {
        assertThat(load("build").baseUrl()).isEmpty();
        assertThat(load("build", "--baseUrl=").baseUrl()).isEmpty();
        assertThat(load("build", "--baseUrl=https://example.org/docs").baseUrl()).contains("https://example.org/docs/");
        assertThat(load("build", "--baseUrl=http://localhost:8000/").baseUrl()).contains("http://localhost:8000/");
        assertThatThrownBy(() -> load("build", "--baseUrl=/docs/"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("-Dsitegen.baseUrl must be the absolute address the site is published at, such as https://example.org/docs/, not `/docs/`");
    }

    @Test
    void theExamplesAotCacheIsOffUnlessAskedForAndThenKeptBesideTheWorkFolders() {
        assertThat(load("build", "--work=target/site-gen/work", "--aotCache=true").aotCache())
                .contains(dir.resolve("target/site-gen/aot").toAbsolutePath().normalize());
        assertThat(load("build").aotCache()).isEmpty();
        assertThat(load("build", "--aotCache=").aotCache()).isEmpty();
        assertThat(load("check", "--aotCache=false").aotCache()).isEmpty();
        assertThatThrownBy(() -> load("build", "--aotCache=no"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("-Dsitegen.aotCache must be true or false, not `no`");
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
                .hasMessageContaining("unknown property -Dsitegen.colour: the properties the generator knows are sitegen.aotCache, sitegen.baseUrl, sitegen.content,")
                .hasMessageNotContaining("sitegen.only:");
    }

    @Test
    void everyDocumentedPropertyIsKnown() {
        Map<String, String> known = Map.of("MAVEN_CMD_LINE_ARGS", "verify -Dsitegen.only=x.md -Dsitegen.verbose -Dsitegen.shard=1/2 -Dsitegen.repeat=3 -Dsitegen.aotCache=false -DskipTests");
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

    @Test
    void aShardIsReadAsKOfN() {
        assertThat(load("check", "--shard=2/4").shard()).isEqualTo(new Shard(2, 4));
        assertThat(load("check", "--shard= 3 / 3 ").shard()).isEqualTo(new Shard(3, 3));
        assertThat(load("check", "--shard=").shard()).isEqualTo(Shard.WHOLE);
        assertThat(load("check").shard().split()).isFalse();
        assertThat(new Shard(1, 4).first()).isTrue();
        assertThat(new Shard(2, 4).first()).isFalse();
        assertThat(new Shard(2, 4)).hasToString("2/4");
    }

    @Test
    void aShardOutsideOneToNIsAnErrorNamingThePropertyAndTheForm() {
        for (String bad : List.of("0/4", "5/4", "x", "4", "1/0", "-1/4", "1/4/2", "true", "1.5/4")) {
            assertThatThrownBy(() -> load("check", "--shard=" + bad)).as(bad)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("-Dsitegen.shard must be K/N, shard K of N with 1 <= K <= N (for example -Dsitegen.shard=2/4), not `" + bad + "`");
        }
        assertThat(Shard.parse("5/4")).isEmpty();
        assertThat(Shard.parse("4/4")).contains(new Shard(4, 4));
    }

    @Test
    void onlyACheckIsSharded() {
        assertThatThrownBy(() -> load("build", "--shard=1/4"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("-Dsitegen.shard=1/4 splits the examples of a check (`mvn verify`), but `mvn site-gen` builds the whole site");
    }

    @Test
    void repeatIsAWholeNumberFromOneAndOnlyForACheck() {
        assertThat(load("check").repeat()).isEqualTo(1);
        assertThat(load("check", "--repeat=20").repeat()).isEqualTo(20);
        assertThat(load("build", "--repeat=1").repeat()).isEqualTo(1);
        for (String bad : List.of("0", "-3", "x", "true", "2.5")) {
            assertThatThrownBy(() -> load("check", "--repeat=" + bad)).as(bad)
                    .hasMessageContaining("-Dsitegen.repeat must be a whole number of runs, 1 or more (for example -Dsitegen.repeat=20), not `" + bad + "`");
        }
        assertThatThrownBy(() -> load("build", "--repeat=5")).hasMessageContaining("`mvn site-gen` records one run of each: remove -Dsitegen.repeat");
    }

    @Test
    void shardAndRepeatAreKnownMavenProperties() {
        Map<String, String> env = Map.of("MAVEN_CMD_LINE_ARGS", "verify -Dsitegen.shard=1/2 -Dsitegen.repeat=3 -Dsitegen.shards=2");
        assertThatThrownBy(() -> new ConfigLoader(env, dir).load(List.of("check", "--shard=1/2", "--repeat=3")))
                .hasMessageContaining("unknown property -Dsitegen.shards: did you mean -Dsitegen.shard?")
                .hasMessageNotContaining("sitegen.repeat:");
    }
}
