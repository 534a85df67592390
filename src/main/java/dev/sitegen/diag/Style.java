package dev.sitegen.diag;

/**
 * Terminal styling: ANSI colours when writing to a terminal that wants them, plain text
 * otherwise (pipes, files, CI logs, {@code NO_COLOR}).
 */
public record Style(boolean color) {

    public static final Style PLAIN = new Style(false);

    public String bold(String s) {
        return wrap("1", s);
    }

    public String red(String s) {
        return wrap("1;31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("1;33", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
