package dev.sitegen.extract;

/** The language of an example: the first word of its info string. */
public enum Language {
    /** {@code java}: compiled by javac, run in a fresh JVM. */
    JAVA("java", "Java"),
    /** {@code python}: run by the {@code python3} on the build's PATH, never compiled by the build. */
    PYTHON("python", "Python");

    private final String word;
    private final String title;

    Language(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** As the author writes it, first in the info string: {@code java}, {@code python}. */
    public String word() {
        return word;
    }

    /** As a reader sees it above the code: {@code Java}, {@code Python}. */
    public String title() {
        return title;
    }
}
