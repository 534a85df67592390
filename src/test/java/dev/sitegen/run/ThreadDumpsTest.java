package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.sitegen.run.ThreadDump.LiveThread;

/** Dumps written in the shape JDK 25's {@code jcmd PID Thread.print} prints. */
class ThreadDumpsTest {

    /** Two threads deadlocked on two monitors; main waits in join(); one sleeping worker. */
    private static final String DEADLOCK = """
            40211:
            2025-11-20 09:14:03
            Full thread dump OpenJDK 64-Bit Server VM (25.0.1+8-LTS mixed mode, sharing):

            Threads class SMR info:
            _java_thread_list=0x00007f10b4002a10, length=13, elements={
            0x00007f10e002b0f0, 0x00007f10e00bd2a0, 0x00007f10e00beab0, 0x00007f10e00c0510,
            0x00007f10e00ec3c0
            }

            "main" #3 [40213] prio=5 os_prio=0 cpu=41.20ms elapsed=3.02s tid=0x00007f10e002b0f0 nid=40213 in Object.wait()  [0x00007f10e7ffe000]
               java.lang.Thread.State: WAITING (on object monitor)
            	at java.lang.Object.wait0(java.base@25.0.1/Native Method)
            	- waiting on <0x000000062a4c11d8> (a java.lang.Thread)
            	at java.lang.Object.wait(java.base@25.0.1/Object.java:389)
            	at java.lang.Thread.join(java.base@25.0.1/Thread.java:1887)
            	- locked <0x000000062a4c11d8> (a java.lang.Thread)
            	at Bank.main(Bank.java:21)
            	at jdk.internal.reflect.DirectMethodHandleAccessor.invoke(java.base@25.0.1/DirectMethodHandleAccessor.java:104)
            	at java.lang.reflect.Method.invoke(java.base@25.0.1/Method.java:565)
            	at dev.sitegen.run.launcher.Launcher.main(Launcher.java:51)

            "Reference Handler" #12 [40222] daemon prio=10 os_prio=0 cpu=0.31ms elapsed=3.00s tid=0x00007f10e00bd2a0 nid=40222 waiting on condition  [0x00007f10c4ffe000]
               java.lang.Thread.State: RUNNABLE
            	at java.lang.ref.Reference.waitForReferencePendingList(java.base@25.0.1/Native Method)
            	at java.lang.ref.Reference.processPendingReferences(java.base@25.0.1/Reference.java:246)

            "Finalizer" #13 [40223] daemon prio=8 os_prio=0 cpu=0.10ms elapsed=3.00s tid=0x00007f10e00beab0 nid=40223 in Object.wait()  [0x00007f10c4efe000]
               java.lang.Thread.State: WAITING (on object monitor)
            	at java.lang.Object.wait0(java.base@25.0.1/Native Method)

            "Signal Dispatcher" #14 [40224] daemon prio=9 os_prio=0 cpu=0.22ms elapsed=3.00s tid=0x00007f10e00c0510 nid=40224 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            "C2 CompilerThread0" #17 [40227] daemon prio=9 os_prio=0 cpu=5.02ms elapsed=3.00s tid=0x00007f10e00c5a90 nid=40227 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE
               No compile task

            "C1 CompilerThread0" #18 [40228] daemon prio=9 os_prio=0 cpu=7.11ms elapsed=3.00s tid=0x00007f10e00c7470 nid=40228 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE
               No compile task

            "Common-Cleaner" #20 [40230] daemon prio=8 os_prio=0 cpu=0.18ms elapsed=2.99s tid=0x00007f10e00de8e0 nid=40230 in Object.wait()  [0x00007f10c45cd000]
               java.lang.Thread.State: TIMED_WAITING (on object monitor)
            	at java.lang.Object.wait0(java.base@25.0.1/Native Method)
            	at jdk.internal.misc.InnocuousThread.run(java.base@25.0.1/InnocuousThread.java:148)

            "alice" #21 [40231] prio=5 os_prio=0 cpu=0.50ms elapsed=2.98s tid=0x00007f10e00ea3d0 nid=40231 waiting for monitor entry  [0x00007f10a3dfe000]
               java.lang.Thread.State: BLOCKED (on object monitor)
            	at Bank.transfer(Bank.java:9)
            	- waiting to lock <0x000000062a4d30f0> (a Bank$Account)
            	- locked <0x000000062a4d30e0> (a Bank$Account)
            	at Bank$$Lambda/0x000000003f043200.run(Unknown Source)
            	at java.lang.Thread.run(java.base@25.0.1/Thread.java:1474)

            "bob" #22 [40232] prio=5 os_prio=0 cpu=0.21ms elapsed=2.98s tid=0x00007f10e00eb690 nid=40232 waiting for monitor entry  [0x00007f10a3cfe000]
               java.lang.Thread.State: BLOCKED (on object monitor)
            	at Bank.transfer(Bank.java:9)
            	- waiting to lock <0x000000062a4d30e0> (a Bank$Account)
            	- locked <0x000000062a4d30f0> (a Bank$Account)
            	at Bank$$Lambda/0x000000003f043428.run(Unknown Source)
            	at java.lang.Thread.run(java.base@25.0.1/Thread.java:1474)

            "ticker" #23 [40233] daemon prio=5 os_prio=0 cpu=0.30ms elapsed=2.98s tid=0x00007f10e00ec3c0 nid=40233 waiting on condition  [0x00007f10a3bfe000]
               java.lang.Thread.State: TIMED_WAITING (sleeping)
            	at java.lang.Thread.sleepNanos0(java.base@25.0.1/Native Method)
            	at Bank.lambda$main$2(Bank.java:17)

            "Attach Listener" #24 [40260] daemon prio=9 os_prio=0 cpu=0.70ms elapsed=0.10s tid=0x00007f1088000f30 nid=40260 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            "VM Thread" os_prio=0 cpu=0.71ms elapsed=3.00s tid=0x00007f10e00b1250 nid=40221 runnable

            "G1 Service" os_prio=0 cpu=0.20ms elapsed=3.01s tid=0x00007f10e008a8d0 nid=40218 runnable

            "GC Thread#0" os_prio=0 cpu=0.13ms elapsed=3.01s tid=0x00007f10e00589a0 nid=40214 runnable

            JNI global refs: 4, weak refs: 0


            Found one Java-level deadlock:
            =============================
            "alice":
              waiting to lock monitor 0x00007f10ac061030 (object 0x000000062a4d30f0, a Bank$Account),
              which is held by "bob"

            "bob":
              waiting to lock monitor 0x00007f10a8001450 (object 0x000000062a4d30e0, a Bank$Account),
              which is held by "alice"

            Java stack information for the threads listed above:
            ===================================================
            "alice":
            	at Bank.transfer(Bank.java:9)
            	- waiting to lock <0x000000062a4d30f0> (a Bank$Account)
            	- locked <0x000000062a4d30e0> (a Bank$Account)
            	at Bank$$Lambda/0x000000003f043200.run(Unknown Source)
            "bob":
            	at Bank.transfer(Bank.java:9)
            	- waiting to lock <0x000000062a4d30e0> (a Bank$Account)
            	- locked <0x000000062a4d30f0> (a Bank$Account)
            	at Bank$$Lambda/0x000000003f043428.run(Unknown Source)

            Found 1 deadlock.

            """;

    /** main has returned (DestroyJavaVM waits for it) and a non-daemon thread keeps the JVM alive. */
    private static final String MAIN_RETURNED = """
            40500:
            2025-11-20 09:20:11
            Full thread dump OpenJDK 64-Bit Server VM (25.0.1+8-LTS mixed mode, sharing):

            "Reference Handler" #12 [40512] daemon prio=10 os_prio=0 cpu=0.30ms elapsed=2.00s tid=0x00007f20e00bd2a0 nid=40512 waiting on condition  [0x00007f20c4ffe000]
               java.lang.Thread.State: RUNNABLE
            	at java.lang.ref.Reference.waitForReferencePendingList(java.base@25.0.1/Native Method)

            "worker" #21 [40521] prio=5 os_prio=0 cpu=0.40ms elapsed=1.98s tid=0x00007f20e00ea3d0 nid=40521 waiting on condition  [0x00007f20a3dfe000]
               java.lang.Thread.State: TIMED_WAITING (sleeping)
            	at java.lang.Thread.sleepNanos0(java.base@25.0.1/Native Method)
            	at java.lang.Thread.sleep(java.base@25.0.1/Thread.java:540)
            	at Main.lambda$main$0(Main.java:4)
            	at java.lang.Thread.run(java.base@25.0.1/Thread.java:1474)

            "DestroyJavaVM" #22 [40503] prio=5 os_prio=0 cpu=40.10ms elapsed=1.98s tid=0x00007f20e002b0f0 nid=40503 waiting on condition  [0x0000000000000000]
               java.lang.Thread.State: RUNNABLE

            JNI global refs: 4, weak refs: 0

            """;

    private static ThreadDump reduce(String raw) {
        return ThreadDumps.reduce(raw, UnaryOperator.identity());
    }

    /** The shape of {@code jcmd PID Thread.dump_to_file -format=json} on JDK 25, trimmed. */
    private static final String JSON = """
            {"threadDump": {"processId": "42", "runtimeVersion": "25.0.3+9-LTS", "threadContainers": [
              {"container": "<root>", "parent": null, "owner": null, "threads": [
                {"tid": "3", "name": "main", "state": "WAITING", "stack": ["java.base/java.lang.Object.wait0(Native Method)"]},
                {"tid": "23", "virtual": true, "name": "left", "state": "WAITING",
                 "stack": ["java.base/jdk.internal.misc.Unsafe.park(Native Method)",
                           "java.base/java.util.concurrent.locks.ReentrantLock.lock(ReentrantLock.java:322)",
                           "Main.lambda$main$0(Main.java:6)",
                           "java.base/java.lang.VirtualThread.run(VirtualThread.java:466)",
                           "java.base/java.lang.VirtualThread$VThreadContinuation$1.run(VirtualThread.java:286)",
                           "java.base/jdk.internal.vm.Continuation.enter0(Continuation.java:322)"]}]},
              {"container": "java.util.concurrent.ThreadPerTaskExecutor@1", "parent": "<root>", "owner": null, "threads": [
                {"tid": "25", "virtual": true, "name": "", "state": "TIMED_WAITING", "stack": []}]}]}}
            """;

    @Test
    void virtualThreadsThatThreadPrintDoesNotListComeFromTheJsonDump() {
        ThreadDump dump = ThreadDumps.reduce(DEADLOCK, java.util.Optional.of(JSON), UnaryOperator.identity());

        assertEquals(List.of("main", "alice", "bob", "ticker", "left", ""), dump.threads().stream().map(LiveThread::name).toList());
        assertEquals(new LiveThread("left", true, "WAITING"), dump.threads().get(4));
        assertTrue(dump.threadsText().contains("""
                "left" virtual
                   java.lang.Thread.State: WAITING
                \tat jdk.internal.misc.Unsafe.park(Native Method)
                \tat java.util.concurrent.locks.ReentrantLock.lock(ReentrantLock.java:322)
                \tat Main.lambda$main$0(Main.java:6)
                \tat java.lang.VirtualThread.run(VirtualThread.java:466)

                \"\" virtual
                """), dump.threadsText());
        assertFalse(dump.threadsText().contains("Continuation"));
    }

    @Test
    void aJsonDumpThatCannotBeReadLeavesThreadPrintsPart() {
        assertEquals(reduce(DEADLOCK), ThreadDumps.reduce(DEADLOCK, java.util.Optional.of("{not json"), UnaryOperator.identity()));
    }

    @Test
    void aProgramOfThousandsOfThreadsShowsTheFirstFewAndCountsTheRest() {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            raw.append("\"worker-").append(i).append("\" #").append(30 + i).append(" prio=5 os_prio=0 tid=0x1 nid=1 waiting on condition\n")
                    .append("   java.lang.Thread.State: TIMED_WAITING (sleeping)\n")
                    .append("\tat java.lang.Thread.sleep0(java.base@25/Native Method)\n\n");
        }
        ThreadDump dump = reduce(raw.toString());

        assertEquals(3000, dump.threads().size());
        assertTrue(dump.threadsText().contains("\"worker-" + (ThreadDumps.SHOWN_THREADS - 1) + "\""));
        assertFalse(dump.threadsText().contains("\"worker-" + ThreadDumps.SHOWN_THREADS + "\""));
        assertTrue(dump.threadsText().endsWith("… and 2,950 more threads, not shown\n"), dump.threadsText());
    }

    @Test
    void deadlockReportIsKeptWithoutTheRepeatedStacksAndAddresses() {
        assertEquals("""
                Found one Java-level deadlock:
                "alice":
                  waiting to lock monitor (a Bank$Account),
                  which is held by "bob"

                "bob":
                  waiting to lock monitor (a Bank$Account),
                  which is held by "alice"

                Found 1 deadlock.
                """, reduce(DEADLOCK).deadlockReport());
        assertTrue(reduce(DEADLOCK).deadlock());
    }

    @Test
    void jvmThreadsAreLeftOut() {
        ThreadDump dump = reduce(DEADLOCK);

        assertEquals(List.of("main", "alice", "bob", "ticker"), dump.threads().stream().map(LiveThread::name).toList());
        for (String jvm : List.of("Reference Handler", "Finalizer", "Signal Dispatcher", "C2 CompilerThread0", "C1 CompilerThread0",
                "Common-Cleaner", "Attach Listener", "VM Thread", "G1 Service", "GC Thread#0")) {
            assertFalse(dump.threadsText().contains("\"" + jvm + "\""), jvm);
        }
        assertFalse(dump.threadsText().contains("No compile task"));
    }

    @Test
    void threadsKeepTheirDaemonFlagAndState() {
        List<LiveThread> threads = reduce(DEADLOCK).threads();

        assertEquals(new LiveThread("main", false, "WAITING (on object monitor)"), threads.get(0));
        assertEquals(new LiveThread("alice", false, "BLOCKED (on object monitor)"), threads.get(1));
        assertEquals(new LiveThread("ticker", true, "TIMED_WAITING (sleeping)"), threads.get(3));
        assertFalse(reduce(DEADLOCK).mainReturned());
    }

    @Test
    void threadStacksAreKeptWithoutAddresses() {
        String text = reduce(DEADLOCK).threadsText();

        assertTrue(text.contains("""
                "alice"
                   java.lang.Thread.State: BLOCKED (on object monitor)
                \tat Bank.transfer(Bank.java:9)
                \t- waiting to lock (a Bank$Account)
                \t- locked (a Bank$Account)
                \tat Bank$$Lambda.run(Unknown Source)
                \tat java.lang.Thread.run(java.base@25.0.1/Thread.java:1474)

                """), text);
        assertTrue(text.contains("\"ticker\" daemon\n   java.lang.Thread.State: TIMED_WAITING (sleeping)\n"), text);
        assertFalse(text.contains("0x"), text);
        assertFalse(text.contains("tid="), text);
    }

    @Test
    void launcherAndReflectionFramesAreDropped() {
        String text = reduce(DEADLOCK).threadsText();

        assertTrue(text.contains("\tat Bank.main(Bank.java:21)\n\n"), text);
        assertFalse(text.contains("dev.sitegen.run.launcher"), text);
        assertFalse(text.contains("Method.invoke"), text);
        assertFalse(text.contains("jdk.internal.reflect"), text);
    }

    @Test
    void frameLinesAreMappedToTheMarkdown() {
        ThreadDump dump = ThreadDumps.reduce(DEADLOCK, line -> line.replace("(Bank.java:9)", "(content/bank.md:31)"));

        assertTrue(dump.threadsText().contains("\tat Bank.transfer(content/bank.md:31)\n"), dump.threadsText());
        assertFalse(dump.threadsText().contains("Bank.java:9"));
    }

    @Test
    void dumpAfterMainReturnedListsOnlyTheThreadsKeepingTheJvmAlive() {
        ThreadDump dump = reduce(MAIN_RETURNED);

        assertEquals(List.of(new LiveThread("worker", false, "TIMED_WAITING (sleeping)")), dump.threads());
        assertTrue(dump.mainReturned());
        assertFalse(dump.deadlock());
        assertEquals("", dump.deadlockReport());
        assertEquals("""
                "worker"
                   java.lang.Thread.State: TIMED_WAITING (sleeping)
                \tat java.lang.Thread.sleepNanos0(java.base@25.0.1/Native Method)
                \tat java.lang.Thread.sleep(java.base@25.0.1/Thread.java:540)
                \tat Main.lambda$main$0(Main.java:4)
                \tat java.lang.Thread.run(java.base@25.0.1/Thread.java:1474)
                """, dump.threadsText());
    }

    @Test
    void jvmThreadNamesAreRecognised() {
        assertTrue(ThreadDumps.isJvmThread("C2 CompilerThread3"));
        assertTrue(ThreadDumps.isJvmThread("GC Thread#2"));
        assertTrue(ThreadDumps.isJvmThread("G1 Conc#0"));
        assertTrue(ThreadDumps.isJvmThread("DestroyJavaVM"));
        assertFalse(ThreadDumps.isJvmThread("main"));
        assertFalse(ThreadDumps.isJvmThread("worker-1"));
        assertFalse(ThreadDumps.isJvmThread("ForkJoinPool-1-worker-1"));
    }

    @Test
    void emptyTextGivesAnEmptyDump() {
        ThreadDump dump = reduce("");
        assertEquals("", dump.deadlockReport());
        assertEquals("", dump.threadsText());
        assertTrue(dump.threads().isEmpty());
    }

    /**
     * On JDK 25 the launcher's reflective call to main goes through method handles, and
     * jcmd prints those frames too (observed with the real launcher).
     */
    @Test
    void methodHandleFramesOfTheLauncherCallAreDropped() {
        String raw = """
                "main" #3 [13162] prio=5 os_prio=0 cpu=36.77ms elapsed=2.23s tid=0x00007fb44802a860 nid=13162 in Object.wait()  [0x00007fb44effe000]
                   java.lang.Thread.State: WAITING (on object monitor)
                \tat java.lang.Object.wait0(java.base@25.0.3/Native Method)
                \tat Main.main(Main.java:9)
                \tat java.lang.invoke.LambdaForm$DMH/0x0000000014040800.invokeStatic(java.base@25.0.3/LambdaForm$DMH)
                \tat java.lang.invoke.LambdaForm$MH/0x0000000014041c00.invoke(java.base@25.0.3/LambdaForm$MH)
                \tat java.lang.invoke.Invokers$Holder.invokeExact_MT(java.base@25.0.3/Invokers$Holder)
                \tat jdk.internal.reflect.DirectMethodHandleAccessor.invokeImpl(java.base@25.0.3/DirectMethodHandleAccessor.java:155)
                \tat jdk.internal.reflect.DirectMethodHandleAccessor.invoke(java.base@25.0.3/DirectMethodHandleAccessor.java:104)
                \tat java.lang.reflect.Method.invoke(java.base@25.0.3/Method.java:565)
                \tat dev.sitegen.run.launcher.Launcher.main(Launcher.java:51)

                """;

        assertEquals("""
                "main"
                   java.lang.Thread.State: WAITING (on object monitor)
                \tat java.lang.Object.wait0(java.base@25.0.3/Native Method)
                \tat Main.main(Main.java:9)
                """, reduce(raw).threadsText());
    }
}
