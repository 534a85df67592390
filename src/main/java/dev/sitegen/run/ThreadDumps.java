package dev.sitegen.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reduces the text of {@code jcmd PID Thread.print} to what a reader needs. */
final class ThreadDumps {

    /** Java threads the JVM runs for itself. */
    private static final Set<String> JVM_THREADS = Set.of("Reference Handler", "Finalizer", "Signal Dispatcher",
            "Service Thread", "Monitor Deflation Thread", "Notification Thread", "Common-Cleaner", "Attach Listener",
            "DestroyJavaVM", "process reaper", "Sweeper thread", "JFR Recorder Thread", "JFR Periodic Tasks",
            "Read-Poller", "Write-Poller", "VirtualThread-unblocker");
    private static final Pattern JVM_THREAD_PREFIX = Pattern.compile("(C1|C2) CompilerThread\\d+|JVMCI.*|GC Thread.*|G1.*|VM .*");
    private static final Pattern HEADER = Pattern.compile("^\"(.*)\" (?:#\\d+ )?(?:\\[\\d+\\] )?(daemon )?.*$");
    private static final Pattern ADDRESS = Pattern.compile("\\s*(?:<)?0x[0-9a-f]+(?:>)?\\s*");

    private ThreadDumps() {
    }

    /**
     * @param raw   the output of {@code Thread.print}
     * @param frame maps a frame line's source reference to the markdown
     */
    static ThreadDump reduce(String raw, UnaryOperator<String> frame) {
        return reduce(raw, Optional.empty(), frame);
    }

    /** At most this many threads are shown with their stacks; a program of thousands would bury the page. */
    static final int SHOWN_THREADS = 50;

    /**
     * @param raw  the output of {@code Thread.print}: the deadlock report and the platform threads
     * @param json the output of {@code Thread.dump_to_file -format=json}, whose virtual threads
     *             {@code Thread.print} does not list
     */
    static ThreadDump reduce(String raw, Optional<String> json, UnaryOperator<String> frame) {
        List<String> lines = raw.lines().toList();
        StringBuilder threadsText = new StringBuilder();
        List<ThreadDump.LiveThread> threads = new ArrayList<>();
        StringBuilder deadlock = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("Found one Java-level deadlock") || line.startsWith("Found Java-level deadlock")) {
                boolean stacks = false; // the threads' stacks follow below: not repeated here
                while (i < lines.size()) {
                    String l = lines.get(i++);
                    if (l.startsWith("Java stack information for the threads listed above")) stacks = true;
                    boolean end = l.matches("Found \\d+ deadlocks?\\.");
                    if ((!stacks || end) && !l.startsWith("====")) deadlock.append(frame.apply(clean(l))).append('\n');
                    if (end) break;
                }
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches() && i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("java.lang.Thread.State:")) {
                String name = header.group(1);
                boolean daemon = header.group(2) != null;
                String state = lines.get(i + 1).strip().substring("java.lang.Thread.State:".length()).strip();
                List<String> block = new ArrayList<>();
                i += 2;
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("\"")) {
                    block.add(lines.get(i++));
                }
                if (isJvmThread(name)) continue;
                threads.add(new ThreadDump.LiveThread(name, daemon, state));
                if (threads.size() > SHOWN_THREADS) continue;
                threadsText.append('"').append(name).append('"').append(daemon ? " daemon" : "").append('\n')
                        .append("   java.lang.Thread.State: ").append(state).append('\n');
                for (String b : withoutLauncherCall(block)) threadsText.append(frame.apply(clean(b))).append('\n');
                threadsText.append('\n');
                continue;
            }
            i++;
        }
        json.ifPresent(j -> virtualThreads(j, threads, threadsText, frame));
        if (threads.size() > SHOWN_THREADS) {
            threadsText.append("… and ").append(String.format(java.util.Locale.ROOT, "%,d", threads.size() - SHOWN_THREADS))
                    .append(" more threads, not shown\n");
        }
        String report = deadlock.toString().strip();
        String stacks = threadsText.toString().strip();
        return new ThreadDump(report.isEmpty() ? "" : report + "\n", stacks.isEmpty() ? "" : stacks + "\n", threads);
    }

    /** Adds the virtual threads of a JSON thread dump, in the layout of {@code Thread.print}. */
    private static void virtualThreads(String json, List<ThreadDump.LiveThread> threads, StringBuilder text, UnaryOperator<String> frame) {
        JsonObject dump;
        try {
            dump = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("threadDump");
        } catch (RuntimeException e) {
            return; // a dump we cannot read adds nothing; Thread.print's part stands
        }
        if (dump == null || !dump.has("threadContainers")) return;
        for (JsonElement container : dump.getAsJsonArray("threadContainers")) {
            JsonArray list = container.getAsJsonObject().getAsJsonArray("threads");
            if (list == null) continue;
            for (JsonElement element : list) {
                JsonObject t = element.getAsJsonObject();
                if (!t.has("virtual") || !t.get("virtual").getAsBoolean()) continue;
                String name = t.has("name") ? t.get("name").getAsString() : "";
                String state = t.has("state") ? t.get("state").getAsString() : "UNKNOWN";
                threads.add(new ThreadDump.LiveThread(name, true, state));
                if (threads.size() > SHOWN_THREADS) continue;
                text.append('"').append(name).append("\" virtual\n").append("   java.lang.Thread.State: ").append(state).append('\n');
                if (t.has("stack")) {
                    for (JsonElement f : t.getAsJsonArray("stack")) {
                        String at = withoutModule(f.getAsString());
                        if (at.startsWith("jdk.internal.vm.Continuation") || at.startsWith("java.lang.VirtualThread$VThreadContinuation")) continue;
                        text.append(frame.apply("\tat " + at)).append('\n');
                    }
                }
                text.append('\n');
            }
        }
    }

    /** {@code java.base/java.lang.Thread.sleep(Thread.java:540)} → {@code java.lang.Thread.sleep(Thread.java:540)}. */
    private static String withoutModule(String frame) {
        int slash = frame.indexOf('/');
        int paren = frame.indexOf('(');
        return slash >= 0 && (paren < 0 || slash < paren) ? frame.substring(slash + 1) : frame;
    }

    /**
     * The main thread's stack without the launcher's reflective call into {@code main} at its
     * bottom: the launcher frame, and the reflection and method-handle frames above it.
     */
    private static List<String> withoutLauncherCall(List<String> block) {
        int end = block.size();
        while (end > 0 && !block.get(end - 1).strip().startsWith("at ")) end--; // trailing lock notes
        if (end == 0 || !block.get(end - 1).strip().startsWith("at dev.sitegen.run.launcher.")) return block;
        int cut = end - 1;
        while (cut > 0 && isCallFrame(block.get(cut - 1).strip())) cut--;
        List<String> kept = new ArrayList<>(block.subList(0, cut));
        kept.addAll(block.subList(end, block.size()));
        return kept;
    }

    private static boolean isCallFrame(String line) {
        return line.startsWith("at java.lang.reflect.Method.invoke(") || line.startsWith("at jdk.internal.reflect.")
                || line.startsWith("at java.lang.invoke.");
    }

    static boolean isJvmThread(String name) {
        return JVM_THREADS.contains(name) || JVM_THREAD_PREFIX.matcher(name).matches();
    }

    /** Drops addresses, which change from run to run and mean nothing to a reader. */
    private static String clean(String line) {
        String l = line.replaceAll("monitor 0x[0-9a-f]+ ?\\(object 0x[0-9a-f]+, (a [^)]+)\\)", "monitor ($1)")
                .replaceAll("<0x[0-9a-f]+> ", "")
                .replaceAll("\\(object 0x[0-9a-f]+, (a [^)]+)\\)", "($1)")
                .replaceAll("(Lambda)/0x[0-9a-f]+", "$1");
        return ADDRESS.matcher(l).find() && l.contains("0x") ? l.replaceAll("0x[0-9a-f]+", "…") : l;
    }
}
