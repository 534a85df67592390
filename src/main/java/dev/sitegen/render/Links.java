package dev.sitegen.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/** Link arithmetic: which links are external, how {@code .md} links are published, where a relative link points. */
final class Links {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Links() {
    }

    private static final Pattern SCRIPT = Pattern.compile("^[\\s\\x00-\\x1f]*(?:javascript|vbscript)[\\s\\x00-\\x1f]*:", Pattern.CASE_INSENSITIVE);

    /** A URL a browser would run as code (browsers ignore case and stray control characters in the scheme). */
    static boolean isScript(String url) {
        return SCRIPT.matcher(url).find();
    }

    static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    /** {@code join.md#why} → {@code join.html#why}; other links unchanged. */
    static String publish(String url) {
        if (isExternal(url) || url.startsWith("#")) return url;
        int cut = firstOf(url, '#', '?');
        String path = url.substring(0, cut);
        if (path.endsWith(".md")) path = path.substring(0, path.length() - 3) + ".html";
        return path.replace(" ", "%20") + url.substring(cut); // [x](<my page.md>): a URL has no spaces
    }

    /** The path part of a link, before any {@code #} or {@code ?}, URL-decoded. */
    static String path(String url) {
        return URLDecoder.decode(url.substring(0, firstOf(url, '#', '?')).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The fragment of a link, or empty. */
    static Optional<String> fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? Optional.empty() : Optional.of(URLDecoder.decode(url.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /** Resolves a relative path against the page's folder; empty when it climbs out of the site. */
    static Optional<String> resolve(String fromPage, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            int slash = fromPage.lastIndexOf('/');
            if (slash >= 0) for (String p : fromPage.substring(0, slash).split("/")) parts.addLast(p);
        }
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The relative path from one published file to another: {@code threads/a.html} → {@code index.html} is {@code ../index.html}. */
    static String relative(String fromFile, String toFile) {
        return "../".repeat(depth(fromFile)) + toFile;
    }

    static int depth(String file) {
        return (int) file.chars().filter(c -> c == '/').count();
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j < 0 ? s.length() : j;
        return j < 0 ? i : Math.min(i, j);
    }
}
