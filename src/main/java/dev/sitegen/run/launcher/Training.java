package dev.sitegen.run.launcher;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the examples' shared AOT cache is made from: a short program that loads the classes
 * threading examples commonly use (threads, pools, virtual threads, futures, atomics, locks,
 * concurrent maps, formatted output), started through the {@link Launcher} as an example is.
 * The cache keeps which classes it loaded and linked, never how often code ran.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger count = new AtomicInteger();
        Thread platform = Thread.ofPlatform().name("worker").start(count::incrementAndGet);
        platform.join();
        Thread.ofVirtual().start(count::incrementAndGet).join();
        try (var pool = Executors.newFixedThreadPool(2)) {
            pool.submit(() -> count.incrementAndGet()).get();
        }
        try (var perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            perTask.submit(() -> count.incrementAndGet()).get();
        }
        CountDownLatch latch = new CountDownLatch(1);
        new Thread(latch::countDown).start();
        latch.await();
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        try {
            count.incrementAndGet();
        } finally {
            lock.unlock();
        }
        var map = new ConcurrentHashMap<String, Integer>();
        map.merge("k", 1, Integer::sum);
        int square = CompletableFuture.supplyAsync(() -> 7).thenApply(x -> x * x).get();
        System.out.println(String.format("%,d %s %s %d", count.get(), List.of(square), map, System.nanoTime() > 0 ? 1 : 0));
        System.err.println("trained");
    }
}
