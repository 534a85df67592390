package dev.sitegen.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> MODES = List.of("run", "compile", "fail");
    private static final List<String> KEYS = List.of("id", "timeout", "exit", "expect", "runs");

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertEquals(Optional.of("run"), Suggestions.closest("rnu", MODES));
        assertEquals(1, Suggestions.distance("rnu", "run"));
    }

    @Test
    void missingLetterIsSuggested() {
        assertEquals(Optional.of("timeout"), Suggestions.closest("timout", KEYS));
    }

    @Test
    void comparisonIgnoresCaseButSuggestsTheCandidateAsWritten() {
        assertEquals(Optional.of("compile"), Suggestions.closest("COMPILE", MODES));
    }

    @Test
    void nothingIsSuggestedWhenEveryCandidateIsFar() {
        assertEquals(Optional.empty(), Suggestions.closest("banana", MODES));
    }

    @Test
    void shortWordsAllowOnlyOneEdit() {
        // "xyn" is two edits from "run": too far for a three-letter word
        assertEquals(Optional.empty(), Suggestions.closest("xyn", MODES));
    }

    @Test
    void didYouMeanQuotesTheClosestWord() {
        assertEquals("did you mean `timeout`?", Suggestions.didYouMean("timeot", KEYS));
    }

    @Test
    void didYouMeanListsEveryCandidateWhenNothingIsClose() {
        String hint = Suggestions.didYouMean("zzzzzz", MODES);
        assertTrue(hint.startsWith("expected one of:"), hint);
        assertTrue(hint.contains("`run`, `compile`, `fail`"), hint);
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.distance("same", "same"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(1, Suggestions.distance("exit", "exi"));
        assertEquals(1, Suggestions.distance("runs", "rune"));
    }
}
