package dev.sitegen.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the site folder as it is: the last build that passed wrote it, so a failed build
 * leaves the pages readers would get. Into HTML it adds, in the response only (never in
 * {@code site/}), the preview's stylesheet and script; both are same-origin files, so the
 * pages' Content-Security-Policy ({@code script-src 'self'}, {@code style-src 'self'}, and
 * {@code default-src 'self'} for the event stream) allows them unchanged. Nothing is cached:
 * after a rebuild, a reload must fetch the new stylesheet too.
 */
final class SiteHandler implements HttpHandler {

    /** Where the preview's own files are served from; no site file can be there, as none starts with {@code _sitegen}. */
    static final String OWN = "/_sitegen/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"), Map.entry("java", "text/plain; charset=utf-8"));

    private final Path site;
    private final Supplier<String> siteId;

    /** @param siteId the id of the site served now, which the injected script compares with the live one */
    SiteHandler(Path site, Supplier<String> siteId) {
        this.site = site.toAbsolutePath().normalize();
        this.siteId = siteId;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<Path> file = resolve(path);
            if (file.isPresent() && Files.isDirectory(file.get()) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            Optional<Path> found = file.map(f -> Files.isDirectory(f) ? f.resolve("index.html") : f).filter(Files::isRegularFile);
            if (found.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8", inject(notFound(path)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = type(found.get());
            byte[] bytes = Files.readAllBytes(found.get());
            if (type.startsWith("text/html")) bytes = inject(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            send(exchange, 200, type, bytes);
        }
    }

    /** The file a URL path names inside the site; empty for a path that leaves it or names the build's own files. */
    Optional<Path> resolve(String urlPath) {
        if (!urlPath.startsWith("/")) return Optional.empty();
        Path file = site.resolve(urlPath.substring(1)).normalize();
        if (!file.startsWith(site)) return Optional.empty();
        for (Path part : site.relativize(file)) {
            if (part.toString().startsWith(".")) return Optional.empty(); // the manifest, the staging folder, the journal
        }
        try {
            if (Files.exists(file) && !file.toRealPath().startsWith(site.toRealPath())) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** The page with the preview's stylesheet and script added at the end of its head. */
    String inject(String html) {
        String tags = "<link rel=\"stylesheet\" href=\"" + OWN + "live.css\">"
                + "<script src=\"" + OWN + "live.js?site=" + siteId.get() + "\" defer></script>";
        int head = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        return head < 0 ? tags + html : html.substring(0, head) + tags + html.substring(head);
    }

    private static String notFound(String path) {
        String shown = path.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><h1>Not found</h1><p>No page at " + shown + " in the last site that built."
                + " This page reloads when a build writes it.</p></body></html>";
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }
}
