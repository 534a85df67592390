package dev.sitegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.sitegen.cli.Main;
import dev.sitegen.preview.PreviewServer;

/**
 * {@code mvn site-gen -Dsitegen.serve} on a {@link TestSite}, in this JVM on a free port:
 * the same {@code Main.run} the pom calls, on a thread of its own, until {@link #close()}.
 */
final class RunningPreview implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<PreviewServer> started = new CompletableFuture<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final PreviewServer server;

    RunningPreview(TestSite site) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        String[] args = site.arguments("build", "--serve=true", "--port=0");
        Thread.ofPlatform().name("preview-under-test").start(() -> {
            try {
                exit.complete(Main.run(args, site.root, Map.of(), print, System.nanoTime(), started::complete));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        });
        try {
            server = CompletableFuture.anyOf(started, exit).thenApply(first -> {
                if (first instanceof PreviewServer s) return s;
                throw new IllegalStateException("the preview did not start: exit " + first + "\n" + output());
            }).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the preview did not start\n" + output(), e);
        }
    }

    URI uri(String path) {
        return server.address().resolve(path);
    }

    /** Everything the preview printed so far. */
    String output() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The preview's event stream, as a page opens it. */
    EventStream events() {
        return new EventStream(http, uri("/_sitegen/events"));
    }

    /** Closes the preview, as Ctrl-C does, and returns {@code Main.run}'s exit code. */
    int stop() {
        server.close();
        try {
            return exit.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the preview did not end\n" + output(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
