package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SluggerTest {

    @Test
    void lowerCasesAndTurnsSpacesIntoHyphens() {
        assertEquals("starting-a-thread", Slugger.base("Starting a Thread"));
    }

    @Test
    void dropsPunctuation() {
        assertEquals("why-join-waits", Slugger.base("Why join() waits!"));
        assertEquals("c--java", Slugger.base("C++ & Java"));
        assertEquals("whats-new-in-java-25", Slugger.base("What's new in Java 25?"));
    }

    @Test
    void keepsHyphensUnderscoresAndLetters() {
        assertEquals("non-daemon_threads", Slugger.base("Non-daemon_threads"));
        assertEquals("über-threads", Slugger.base("Über Threads"));
        assertEquals("a---b", Slugger.base("a - b"));
    }

    @Test
    void trimsSurroundingSpaces() {
        assertEquals("title", Slugger.base("  Title  "));
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixes() {
        Slugger slugger = new Slugger();
        assertEquals(List.of("example", "example-1", "example-2"),
                List.of(slugger.slug("Example"), slugger.slug("Example"), slugger.slug("Example!")));
    }

    @Test
    void suffixSkipsIdsAlreadyTaken() {
        Slugger slugger = new Slugger();
        assertEquals("a", slugger.slug("A"));
        assertEquals("a-1", slugger.slug("A 1"));
        assertEquals("a-2", slugger.slug("A"));
    }

    @Test
    void reservedExampleIdsAreNotReused() {
        Slugger slugger = new Slugger();
        slugger.reserve("demo");
        assertEquals("demo-1", slugger.slug("Demo"));
    }

    @Test
    void eachSluggerCountsOnlyItsOwnPage() {
        assertEquals("intro", new Slugger().slug("Intro"));
        assertEquals("intro", new Slugger().slug("Intro"));
    }
}
