package dev.sitegen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;

/** A server-sent event stream read with {@code java.net.http}, as a page's {@code EventSource} reads it. */
final class EventStream implements AutoCloseable {

    /** One {@code build} event: the id of the site served, and the last build's problems. */
    record State(String site, List<Map<String, String>> problems) {
    }

    private final BlockingQueue<State> states = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile String contentType = "";

    EventStream(HttpClient http, URI uri) {
        reader = Thread.ofPlatform().daemon().name("event-stream").start(() -> {
            try {
                HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
                contentType = response.headers().firstValue("Content-Type").orElse("");
                String event = "";
                for (String line : (Iterable<String>) response.body()::iterator) {
                    if (line.startsWith("event: ")) event = line.substring(7);
                    else if (line.startsWith("data: ") && event.equals("build")) states.add(new Gson().fromJson(line.substring(6), State.class));
                }
            } catch (Exception e) {
                // closed
            }
        });
    }

    String contentType() {
        return contentType;
    }

    /** The next event; fails after a minute without one. */
    State next() throws InterruptedException {
        State s = states.poll(60, TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("no event within a minute");
        return s;
    }

    /** The next event whose site is not {@code site}: the one that tells pages to reload. */
    State nextSiteAfter(String site) throws InterruptedException {
        while (true) {
            State s = next();
            if (!s.site().equals(site)) return s;
        }
    }

    /** The next event that has problems. */
    State nextWithProblems() throws InterruptedException {
        while (true) {
            State s = next();
            if (!s.problems().isEmpty()) return s;
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
