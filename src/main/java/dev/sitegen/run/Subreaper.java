package dev.sitegen.run;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Makes this process a child subreaper (Linux {@code prctl(PR_SET_CHILD_SUBREAPER)}): a
 * process an example started that leaves its process group and session with
 * {@code setsid}, and outlives its parent, is adopted by the build instead of by init,
 * so the build can still find it and end it. Elsewhere, or where the call fails, nothing
 * changes and only the processes still in an example's group are ended.
 */
final class Subreaper {

    private static final int PR_SET_CHILD_SUBREAPER = 36;

    private Subreaper() {
    }

    /** @return whether this process is now a subreaper */
    static boolean become() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) return false;
        try {
            Linker linker = Linker.nativeLinker();
            Optional<java.lang.foreign.MemorySegment> prctl = linker.defaultLookup().find("prctl");
            if (prctl.isEmpty()) return false;
            MethodHandle call = linker.downcallHandle(prctl.get(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(1));
            return (int) call.invokeExact(PR_SET_CHILD_SUBREAPER, 1L) == 0;
        } catch (Throwable e) {
            return false; // no native access: the process groups still cover what stays in them
        }
    }
}
