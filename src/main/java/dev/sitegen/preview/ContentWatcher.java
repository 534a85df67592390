package dev.sitegen.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Tells of every change under the folders an author edits. A {@link WatchService} watches
 * one folder, not a tree, so every folder is registered: a new one, and whatever it already
 * holds, as soon as it appears; a deleted one is dropped when its key goes invalid. A save
 * by rename (write a temporary file, rename it over the page) arrives as a create: any
 * event is a change. Paths the build writes itself (the recorded runs) are left out by
 * {@code ignored}, or every build would cause the next.
 */
final class ContentWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Predicate<Path> ignored;
    private final Consumer<Path> changed;
    private final Thread thread;

    /**
     * @param roots   the folders to watch, with everything below them
     * @param ignored paths whose changes are no one's edit (a folder's whole subtree)
     * @param changed told of each changed path, on the watcher's thread
     */
    ContentWatcher(List<Path> roots, Predicate<Path> ignored, Consumer<Path> changed) throws IOException {
        this.service = roots.getFirst().getFileSystem().newWatchService();
        this.ignored = ignored;
        this.changed = changed;
        try {
            for (Path root : roots) register(root);
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = Thread.ofPlatform().name("sitegen-preview-watch").daemon().start(this::watch);
    }

    /** The folders watched now. */
    Set<Path> folders() {
        return Set.copyOf(folders.values());
    }

    /** Registers {@code root} and every folder below it, without following links. */
    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) || ignored.test(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (ignored.test(dir)) return FileVisitResult.SKIP_SUBTREE;
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone while we walked: its delete is an event of its own
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (folder == null) continue;
                    if (event.kind() == OVERFLOW) {
                        // events were lost: a change for sure, and maybe folders we do not know yet
                        registerQuietly(folder);
                        changed.accept(folder);
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    if (ignored.test(path)) continue;
                    if (event.kind() == ENTRY_CREATE) registerQuietly(path);
                    changed.accept(path);
                }
                if (!key.reset()) folders.remove(key); // its folder was deleted or moved away
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void registerQuietly(Path path) {
        try {
            register(path);
        } catch (IOException e) {
            // deleted again already: nothing to watch
        }
    }

    @Override
    public void close() {
        try {
            service.close();
            thread.join(Duration.ofSeconds(5));
        } catch (IOException e) {
            // the service goes with the process anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
