package dev.sitegen.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads process groups from {@code /proc}: a signal is delivered at once, but a process takes a moment to die. */
final class ProcessGroups {

    private static final Path PROC = Path.of("/proc");

    private ProcessGroups() {
    }

    /** Waits, up to {@code limit}, until no live process (zombies aside) is in the group. */
    static void awaitGone(long group, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (hasMembers(group) && System.nanoTime() < deadline) Thread.sleep(5);
    }

    /**
     * Whether any process, zombies included, may still be in the group; true when {@code /proc}
     * cannot tell. (A process whose main thread exited shows as a zombie while its other threads
     * run.) Only a member can start a member, so a group found empty stays empty.
     */
    static boolean mayHaveMembers(long group) {
        return anyMember(group, true, true);
    }

    /** Whether a live process (zombies aside) is in the group; false when {@code /proc} cannot tell. */
    static boolean hasMembers(long group) {
        return anyMember(group, false, false);
    }

    private static boolean anyMember(long group, boolean zombiesCount, boolean whenUnknown) {
        if (!Files.isDirectory(PROC)) return whenUnknown;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, p -> Character.isDigit(p.getFileName().toString().charAt(0)))) {
            for (Path p : processes) {
                if (isMember(p, group, zombiesCount)) return true;
            }
        } catch (IOException | RuntimeException e) {
            return whenUnknown;
        }
        return false;
    }

    /** {@code /proc/PID/stat}: "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses. */
    private static boolean isMember(Path process, long group, boolean zombiesCount) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 4);
            return (zombiesCount || !fields[0].equals("Z")) && Long.parseLong(fields[2]) == group;
        } catch (IOException | RuntimeException e) {
            return false; // it ended while we looked
        }
    }
}
