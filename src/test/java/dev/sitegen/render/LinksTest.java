package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void markdownLinksArePublishedAsHtmlKeepingTheFragment() {
        assertEquals("join.html#why", Links.publish("join.md#why"));
        assertEquals("../threads/start.html", Links.publish("../threads/start.md"));
        assertEquals("a.html?x=1#y", Links.publish("a.md?x=1#y"));
    }

    @Test
    void otherLinksAreNotChanged() {
        assertEquals("#why", Links.publish("#why"));
        assertEquals("diagram.png", Links.publish("diagram.png"));
        assertEquals("https://example.org/readme.md", Links.publish("https://example.org/readme.md"));
        assertEquals("notes.md.txt", Links.publish("notes.md.txt"));
    }

    @Test
    void linksWithASchemeOrTwoSlashesAreExternal() {
        assertTrue(Links.isExternal("https://openjdk.org"));
        assertTrue(Links.isExternal("mailto:someone@example.org"));
        assertTrue(Links.isExternal("//cdn.example.org/x.js"));
        assertFalse(Links.isExternal("join.md"));
        assertFalse(Links.isExternal("../index.md#top"));
        assertFalse(Links.isExternal("/threads/start.md"));
    }

    @Test
    void pathAndFragmentAreSplitAndDecoded() {
        assertEquals("my page.md", Links.path("my%20page.md#a%20b"));
        assertEquals(Optional.of("a b"), Links.fragment("my%20page.md#a%20b"));
        assertEquals("a+b.md", Links.path("a+b.md"));
        assertEquals(Optional.empty(), Links.fragment("page.md"));
        assertEquals("", Links.path("#only"));
    }

    @Test
    void resolveIsRelativeToThePageFolder() {
        assertEquals(Optional.of("threads/join.md"), Links.resolve("threads/start.md", "join.md"));
        assertEquals(Optional.of("threads/join.md"), Links.resolve("threads/start.md", "./join.md"));
        assertEquals(Optional.of("index.md"), Links.resolve("threads/start.md", "../index.md"));
        assertEquals(Optional.of("locks/mutex.md"), Links.resolve("threads/deep/start.md", "../../locks/mutex.md"));
        assertEquals(Optional.of("join.md"), Links.resolve("index.md", "join.md"));
    }

    @Test
    void leadingSlashIsRelativeToTheSiteRoot() {
        assertEquals(Optional.of("index.md"), Links.resolve("threads/start.md", "/index.md"));
    }

    @Test
    void climbingOutOfTheSiteResolvesToNothing() {
        assertEquals(Optional.empty(), Links.resolve("index.md", "../outside.md"));
        assertEquals(Optional.empty(), Links.resolve("threads/start.md", "../../outside.md"));
    }

    @Test
    void relativePathClimbsOutOfTheSourceFolder() {
        assertEquals("../index.html", Links.relative("threads/start.html", "index.html"));
        assertEquals("../../a/b.html", Links.relative("x/y/z.html", "a/b.html"));
        assertEquals("threads/start.html", Links.relative("index.html", "threads/start.html"));
        assertEquals(2, Links.depth("x/y/z.html"));
    }
}
