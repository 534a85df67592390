package dev.sitegen.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import dev.sitegen.BuildResult;
import dev.sitegen.diag.Diagnostic;

/**
 * The open pages, each listening on a server-sent event stream, and what the last build
 * tells them. The state is one event, sent on connecting and after every build: the id of
 * the site being served (a new one for each build that passed, and for each start of the
 * preview) and the last build's problems. A page whose id differs reloads; a page that is
 * current shows the problems over itself, or hides them. Being a state rather than a
 * command, it is right for a page that connects late, reconnects, or missed a build.
 */
final class LiveReload implements AutoCloseable {

    /** The event stream's path. */
    static final String EVENTS = "/_sitegen/events";

    /** A line every so often, so a closed tab's connection fails and is dropped. */
    private static final long HEARTBEAT_SECONDS = 15;
    private static final String CLOSE = "";

    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final Gson gson = new Gson();
    private int generation;
    private List<Diagnostic> problems = List.of();
    private boolean closed;

    /** The id of the site served now; pages carry the one they were served with. */
    synchronized String siteId() {
        return session + "-" + generation;
    }

    /** A build ended: a passed one means new pages, a failed one keeps the old and has problems to show. */
    void published(BuildResult result) {
        String event;
        synchronized (this) {
            if (result.passed()) {
                generation++;
                problems = List.of();
            } else {
                problems = result.problems().stream().filter(Diagnostic::isError).findAny().isPresent() ? result.problems()
                        : List.of(Diagnostic.error(null, "the build failed (exit code " + result.exitCode() + "); the terminal says why"));
            }
            event = event();
        }
        clients.forEach(c -> c.add(event));
    }

    /** {@code event: build} with {@code {"site": ID, "problems": [{where, severity, message, hint, detail}]}}. */
    private String event() {
        List<Map<String, String>> list = new ArrayList<>();
        for (Diagnostic d : problems) {
            Map<String, String> p = new LinkedHashMap<>();
            if (d.pos() != null) p.put("where", d.pos().toString());
            p.put("severity", d.severity().label());
            p.put("message", d.message());
            if (d.hint() != null) p.put("hint", d.hint());
            if (d.detail() != null) p.put("detail", d.detail());
            list.add(p);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("site", siteId());
        state.put("problems", list);
        return "event: build\ndata: " + gson.toJson(state) + "\n\n"; // JSON escapes line breaks: one data line
    }

    /** Serves one page's event stream until the page goes or the preview closes. */
    void stream(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            BlockingQueue<String> queue = new LinkedBlockingQueue<>();
            synchronized (this) {
                if (closed) return;
                queue.add("retry: 500\n\n" + event()); // a restarted preview is found again within half a second
                clients.add(queue);
            }
            OutputStream body = exchange.getResponseBody();
            try {
                while (true) {
                    String message = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                    if (CLOSE.equals(message)) return;
                    body.write((message == null ? ": still here\n\n" : message).getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                clients.remove(queue);
            }
        } catch (IOException e) {
            // the page went away
        }
    }

    /** Ends every stream, so that the server can stop without waiting for them. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        clients.forEach(c -> c.add(CLOSE));
    }
}
