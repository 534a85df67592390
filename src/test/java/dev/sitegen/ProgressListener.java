package dev.sitegen;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints each integration test as it ends: they build whole sites with real JVMs and take
 * seconds each, and Maven would otherwise print nothing until a class is done.
 * Registered through {@code META-INF/services}; unit tests stay quiet.
 */
public final class ProgressListener implements TestExecutionListener {

    private final Map<String, Long> started = new ConcurrentHashMap<>();

    @Override
    public void executionStarted(TestIdentifier test) {
        if (isIntegrationTest(test)) started.put(test.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Long start = started.remove(test.getUniqueId());
        if (start == null) return;
        MethodSource method = (MethodSource) test.getSource().orElseThrow();
        String className = method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
        String mark = switch (result.getStatus()) {
            case SUCCESSFUL -> "ok    ";
            case ABORTED -> "skip  ";
            case FAILED -> "FAILED";
        };
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.println(String.format(Locale.ROOT, "  %s %s.%s (%.1f s)", mark, className, method.getMethodName(), ms / 1000.0));
    }

    private static boolean isIntegrationTest(TestIdentifier test) {
        return test.isTest() && test.getSource().orElse(null) instanceof MethodSource m && m.getClassName().endsWith("IT");
    }
}
