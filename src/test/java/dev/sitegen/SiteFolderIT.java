package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build deletes and replaces only files a build wrote, as listed in the site folder's
 * manifest; whatever else is there stays, and a folder it cannot be sure of is refused.
 */
class SiteFolderIT {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).page("index.md", "# Home\n\nSee [the other page](other.md).\n").page("other.md", "# Other\n");
    }

    @Test
    void filesTheUserPutInTheSiteFolderSurviveEveryBuild() {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        site.write("site/.nojekyll", "").write("site/CNAME", "threads.example.org\n").write("site/notes/mine.txt", "keep me\n");
        site.page("index.md", "# Home\n").write("content/other.md", "# Other, renamed\n");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(site.read("site/.nojekyll")).isEmpty();
        assertThat(site.read("site/CNAME")).isEqualTo("threads.example.org\n");
        assertThat(site.read("site/notes/mine.txt")).isEqualTo("keep me\n");
    }

    @Test
    void aPageThatIsGoneTakesOnlyItsOwnFileWithIt() throws Exception {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        site.write("site/mine.txt", "keep me\n").page("index.md", "# Home\n");
        java.nio.file.Files.delete(dir.resolve("content/other.md"));

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(site.exists("site/other.html")).isFalse();
        assertThat(site.read("site/mine.txt")).isEqualTo("keep me\n");
        assertThat(site.read("site/.sitegen-manifest")).contains("index.html").doesNotContain("other.html").doesNotContain("mine.txt");
    }

    @Test
    void aFolderWithFilesButNoManifestIsRefusedAndNothingInItChanges() {
        TestSite site = site().write("src/Main.java", "class Main {}\n").write("src/notes.md", "# my notes\n");
        Map<String, String> before = site.snapshot("src");

        TestSite.Build build = site.build("--site=src");

        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("error: cannot write the site into src/: the site folder holds files that no build wrote")
                .contains("Main.java").contains("set -Dsitegen.site to a new or empty folder");
        assertThat(site.snapshot("src")).isEqualTo(before);
    }

    @Test
    void aFileTheBuildWouldReplaceButDidNotWriteIsRefused() {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        site.page("about.md", "# About\n").write("site/about.html", "<p>my own about page</p>\n");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("files the build would write are already in the site folder, and no build wrote them")
                .contains("about.html");
        assertThat(site.read("site/about.html")).isEqualTo("<p>my own about page</p>\n");
    }

    @Test
    void aLinkToAFileOutsideTheContentIsAnErrorAndNotPublished() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("secret.txt"), "password\n");
        TestSite site = site();
        java.nio.file.Files.createDirectories(dir.resolve("content/examples"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/leak.txt"), dir.resolve("secret.txt"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/examples/Leak.java"), dir.resolve("secret.txt"));
        site.page("other.md", "# Other\n\n```java run include=examples/Leak.java\n```\n");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("content/leak.txt:1:1: error: this is a link to a file outside the content folder")
                .contains("content/other.md:3:21: error: `include=examples/Leak.java` is a link to a file outside the content directory");
        assertThat(site.exists("site/leak.txt")).isFalse();
    }

    @Test
    void aBuildKilledAfterItsCommitIsFinishedByTheNextOne() {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        String manifest = site.read("site/.sitegen-manifest");
        // what a build killed halfway through applying its journal leaves: one file moved, one still staged
        site.write("site/.sitegen-staging/other.html", "<p>the new other page</p>\n")
                .write("site/.sitegen-journal", "put index.html\nput other.html\nmanifest\n" + manifest.lines()
                        .filter(l -> !l.startsWith("#")).map(l -> "  " + l + "\n").reduce("", String::concat));

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(site.exists("site/.sitegen-journal")).isFalse();
        assertThat(site.exists("site/.sitegen-staging")).isFalse();
        assertThat(site.read("site/other.html")).doesNotContain("the new other page").contains("<h1");
    }

    @Test
    void aBuildKilledWhileStagingLeavesTheOldSiteAndItsLeftoversAreDropped() {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        Map<String, String> before = site.snapshot("site");
        site.write("site/.sitegen-staging/index.html", "<p>half</p>");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(site.exists("site/.sitegen-staging")).isFalse();
        assertThat(site.snapshot("site")).isEqualTo(before);
    }

    @Test
    void aWriteThatFailsNamesThePathAndTheReasonAndLeavesTheOldSite() {
        TestSite site = site();
        assertThat(site.build().exitCode()).isZero();
        site.write("site/guide", "a file where the new page needs a folder\n");
        Map<String, String> before = site.snapshot("site");
        site.page("other.md", "# Other, changed\n").page("guide/start.md", "# Start\n");

        TestSite.Build build = site.build();

        assertThat(build.exitCode()).as(build.toString()).isEqualTo(1);
        assertThat(build.output()).contains("error: cannot write the site into site: `").contains("site/guide` is a file where a folder is needed")
                .doesNotContain("internal error");
        assertThat(site.snapshot("site")).isEqualTo(before);
    }
}
