package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void whitespaceSeparatesWords() {
        assertEquals(Optional.of(List.of("a", "b", "c")), ShellWords.split("  a \tb   c "));
    }

    @Test
    void emptyTextHasNoWords() {
        assertEquals(Optional.of(List.of()), ShellWords.split(""));
        assertEquals(Optional.of(List.of()), ShellWords.split("   "));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertEquals(Optional.of(List.of("two words", "a\\\"b")), ShellWords.split("'two words' 'a\\\"b'"));
    }

    @Test
    void doubleQuotesUnescapeOnlyQuoteBackslashDollarAndBacktick() {
        assertEquals(Optional.of(List.of("say \"hi\"", "\\n", "$HOME")), ShellWords.split("\"say \\\"hi\\\"\" \"\\n\" \"\\$HOME\""));
    }

    @Test
    void backslashOutsideQuotesEscapesTheNextCharacter() {
        assertEquals(Optional.of(List.of("a b", "c")), ShellWords.split("a\\ b c"));
    }

    @Test
    void adjacentQuotedPartsFormOneWord() {
        assertEquals(Optional.of(List.of("abc-def")), ShellWords.split("a\"b\"'c'-def"));
    }

    @Test
    void emptyQuotesAreAnEmptyWord() {
        assertEquals(Optional.of(List.of("", "x")), ShellWords.split("\"\" x"));
    }

    @Test
    void unclosedQuoteGivesNothing() {
        assertEquals(Optional.empty(), ShellWords.split("a 'b c"));
        assertEquals(Optional.empty(), ShellWords.split("a \"b c"));
    }
}
