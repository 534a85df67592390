package dev.sitegen.run.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code java -cp LAUNCHER:CLASSES dev.sitegen.run.launcher.Launcher MAIN ARGS...}: installs
 * the framed {@code System.out} and {@code System.err}, then launches {@code MAIN} as the
 * {@code java} launcher does (JEP 512: {@code main(String[])} before {@code main()},
 * static or instance). An exception escaping {@code main} is rethrown with the launcher's
 * own frames removed, so the JVM reports it exactly as it would without the launcher.
 */
public final class Launcher {

    /** The exit code when the launcher itself fails before the example's {@code main} starts. */
    public static final int LAUNCH_FAILED = 86;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        FileOutputStream fd1 = new FileOutputStream(FileDescriptor.out);
        Object lock = new Object();
        System.setOut(new PrintStream(new FramedOutput(fd1, FramedOutput.OUT, lock), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FramedOutput(fd1, FramedOutput.ERR, lock), true, StandardCharsets.UTF_8));

        Class<?> mainClass;
        try {
            mainClass = Class.forName(args[0], false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the generator named a class it did not compile: its bug, never the example's
            System.err.println("sitegen: the launcher cannot load the example's main class " + args[0] + ": " + e);
            System.exit(LAUNCH_FAILED);
            return;
        }
        String[] mainArgs = Arrays.copyOfRange(args, 1, args.length);
        Method main = find(mainClass, true);
        if (main == null) main = find(mainClass, false);
        if (main == null) {
            System.err.println("Error: Main method not found in class " + args[0]
                    + ", please define the main method as:\n   public static void main(String[] args)");
            System.exit(1);
        }
        // Reflection through method handles spins classes on its first call, about 15 ms of
        // every example's start; the native accessor does not. Read once, before that call.
        System.setProperty("jdk.reflect.useNativeAccessorOnly", "true");
        main.setAccessible(true);
        Blocks.install(fd1, lock);
        FramedOutput.writeStart(fd1, lock); // from here on, what happens is the example's doing
        Object instance = null;
        if (!Modifier.isStatic(main.getModifiers())) {
            Constructor<?> constructor = mainClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            instance = constructor.newInstance();
        }
        try {
            if (main.getParameterCount() == 1) main.invoke(instance, (Object) mainArgs);
            else main.invoke(instance);
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            strip(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
            throw thrown;
        }
    }

    /** The non-private {@code main} method with or without {@code String[]}, declared or inherited. */
    private static Method find(Class<?> type, boolean withArgs) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (!m.getName().equals("main") || Modifier.isPrivate(m.getModifiers()) || m.getReturnType() != void.class) continue;
                Class<?>[] p = m.getParameterTypes();
                if (withArgs ? p.length == 1 && p[0] == String[].class : p.length == 0) return m;
            }
        }
        return null;
    }

    /** Removes the reflective call and this launcher from the bottom of every stack trace in the chain. */
    static void strip(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) return;
        StackTraceElement[] trace = t.getStackTrace();
        int end = trace.length;
        while (end > 0 && isLauncherFrame(trace[end - 1])) end--;
        if (end < trace.length && end > 0) t.setStackTrace(Arrays.copyOf(trace, end));
        strip(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) strip(s, seen);
    }

    private static boolean isLauncherFrame(StackTraceElement e) {
        String c = e.getClassName();
        return c.equals(Launcher.class.getName()) || c.startsWith("jdk.internal.reflect.")
                || c.equals("java.lang.reflect.Method") || c.startsWith("java.lang.invoke.");
    }
}
