import java.util.concurrent.atomic.AtomicInteger;

/** A counter that refuses to go past its limit, safely from any number of threads. */
public class BoundedCounter {

    // region increment
    private final AtomicInteger count = new AtomicInteger();
    private final int limit;

    BoundedCounter(int limit) {
        this.limit = limit;
    }

    /** Adds one unless the limit is reached; returns whether it did. */
    boolean increment() {
        while (true) {
            int current = count.get();
            if (current >= limit) return false;
            if (count.compareAndSet(current, current + 1)) return true;
        }
    }
    // endregion

    public static void main(String[] args) throws InterruptedException {
        BoundedCounter counter = new BoundedCounter(1_000);
        Runnable tryHard = () -> {
            for (int i = 0; i < 800; i++) counter.increment();
        };
        Thread a = Thread.ofPlatform().start(tryHard);
        Thread b = Thread.ofPlatform().start(tryHard);
        a.join();
        b.join();
        IO.println("count: " + counter.count.get());
    }
}
