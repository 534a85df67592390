package dev.sitegen.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sitegen.BuildResult;
import dev.sitegen.config.Config;
import dev.sitegen.record.RecordStore;

/**
 * {@code mvn site-gen -Dsitegen.serve}: serves the site folder on the loopback interface,
 * watches the content and templates, rebuilds in this warm JVM when they change (with the
 * recorded runs, a prose edit runs nothing and an edited example runs alone), and tells the
 * open pages to reload or to show the build's problems. The preview's script and stylesheet
 * exist in its responses only, never in {@code site/}.
 *
 * <p>Closing it (Ctrl-C runs {@link #close()} from a shutdown hook) stops the watcher, stops
 * a rebuild in progress, ends the pages' event streams and the server.
 */
public final class PreviewServer implements AutoCloseable {

    /**
     * How long the files must be quiet after a change before a rebuild starts. The events of
     * one save (an editor's temporary file, its rename, a backup deleted) arrive within a few
     * milliseconds; one that comes later costs a second rebuild, never a wrong page, since
     * changes during a rebuild queue one more.
     */
    static final Duration QUIET = Duration.ofMillis(50);

    private final HttpServer server;
    private final ExecutorService requests;
    private final LiveReload live = new LiveReload();
    private final Rebuilds rebuilds;
    private final ContentWatcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Consumer<String> say;
    private final Thread hook = Thread.ofPlatform().name("sitegen-preview-stop").unstarted(this::close);

    private PreviewServer(Config config, SiteBuilder builder, Consumer<String> say) throws IOException {
        this.say = say;
        rebuilds = new Rebuilds(QUIET, builder, new Rebuilds.Listener() {
            @Override
            public void starting(List<Path> changed) {
                say.accept("sitegen: " + describe(changed, config) + " changed: rebuilding");
            }

            @Override
            public void finished(BuildResult result) {
                live.published(result);
            }
        });
        Path records = config.content().resolve(RecordStore.DIR).toAbsolutePath().normalize();
        watcher = new ContentWatcher(List.of(config.content(), config.templates()),
                path -> path.toAbsolutePath().normalize().startsWith(records) || isScratch(path), rebuilds::changed);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        requests = Executors.newVirtualThreadPerTaskExecutor(); // an event stream holds its thread while the page is open
        server.setExecutor(requests);
        server.createContext("/", new SiteHandler(config.site(), live::siteId));
        server.createContext(LiveReload.EVENTS, live::stream);
        server.createContext(SiteHandler.OWN + "live.js", exchange -> own(exchange, "live.js"));
        server.createContext(SiteHandler.OWN + "live.css", exchange -> own(exchange, "live.css"));
        server.start();
    }

    /**
     * Binds the port and starts watching, so that the port's problems show before a long
     * first build and edits made during it are rebuilt for; the pages are served from
     * {@code site/} as they are. Rebuilding starts with {@link #firstBuild(BuildResult)}.
     *
     * @param builder builds the site once, for each rebuild
     * @param say     prints a line for the author
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer open(Config config, SiteBuilder builder, Consumer<String> say) throws IOException {
        PreviewServer preview = new PreviewServer(config, builder, say);
        Runtime.getRuntime().addShutdownHook(preview.hook);
        return preview;
    }

    /** The first build ended: its result is the pages' state, and saves from now on rebuild. */
    public void firstBuild(BuildResult result) {
        live.published(result);
        rebuilds.start();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    /** Blocks until the preview is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed.getCount() == 0) return;
            closed.countDown();
        }
        watcher.close();
        rebuilds.close();
        live.close();
        server.stop(0);
        requests.shutdownNow();
        say.accept("sitegen: the preview stopped");
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook runs, and finds it closed
            }
        }
    }

    /**
     * {@code content/a.md} or {@code content/a.md and 2 more}: a file that still exists first,
     * rather than the temporary file an editor saved through.
     */
    private static String describe(List<Path> changed, Config config) {
        String first = config.display(changed.stream().filter(java.nio.file.Files::exists).findFirst().orElse(changed.getFirst()));
        return changed.size() == 1 ? first : first + " and " + (changed.size() - 1) + " more";
    }

    /** Editors' backup and swap files: not the author's content, and often gone a moment later. */
    private static boolean isScratch(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("~") || name.startsWith(".#") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    private static void own(HttpExchange exchange, String name) throws IOException {
        try (exchange; InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new UncheckedIOException(new IOException("the generator's jar lacks " + name));
            SiteHandler.send(exchange, 200, SiteHandler.type(Path.of(name)), in.readAllBytes());
        }
    }
}
